import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { buildWordIndex, stemmerFor } from '../../../src/search/build.ts';
import { searchOptions, type TextDoc } from '../../../src/search/options.ts';
import { queryTerms } from '../../../src/search/tokenize.ts';
import { loadWords } from '../../../src/search/word-file.ts';
import { leanScorer, type WordQuery } from '../../../src/search/word-scores.ts';
import { textsOf } from '../../../src/site/data.ts';
import { loadQueries } from './quality.ts';

/** Every prefix of a query, as the reader types it. */
const prefixes = (q: string) => [...q].map((_, i) => [...q].slice(0, i + 1).join(''));

describe('the lean scorer', () => {
  it('gives the docs, terms and scores of MiniSearch’s query step, to the bit, for every prefix of every query of the quality set', async () => {
    const catalog = loadCatalog('catalog');
    let compared = 0;
    for (const { id: locale, lang = locale } of catalog.site.locales) {
      const options = searchOptions(await stemmerFor(lang));
      const index = loadWords(MiniSearch, await buildWordIndex(catalog, lang, (c) => textsOf(c, locale)), options);
      const lean = leanScorer(index)!;
      expect(lean).toBeDefined();
      const own = (q: WordQuery) => (index as unknown as { executeQuery: (q: unknown) => Map<number, { score: number; terms: string[] }> }).executeQuery({ ...q, tokenize: (t: string) => [t] });
      const flat = (m: Map<number, { score: number; terms: string[] }>) => [...m].map(([doc, r]) => [doc, r.score, [...r.terms].sort()]).sort((a, b) => Number(a[0]) - Number(b[0]));
      for (const { q } of loadQueries().filter((x) => x.locale === locale))
        for (const typed of prefixes(q)) {
          const terms = queryTerms(typed);
          const last = terms.length ? (options.processTerm as (t: string) => string | null)(terms[terms.length - 1]!) : null;
          for (const combineWith of ['OR', 'AND'] as const) {
            const query: WordQuery = { queries: terms, combineWith, prefix: (t) => t === last && t.length >= 3, fuzzy: (t) => (t.length >= 6 ? 0.2 : false), boost: { http: 4, name: 2, title: 2, text: 1 } };
            expect([typed, combineWith, flat(lean(query))]).toEqual([typed, combineWith, flat(own(query))]);
            compared++;
          }
        }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('is not used with an index that lacks MiniSearch’s private fields', () => {
    expect(leanScorer(new MiniSearch<TextDoc>({ fields: ['text'] }))).toBeDefined();
    expect(leanScorer({} as MiniSearch<TextDoc>)).toBeUndefined();
  });
});
