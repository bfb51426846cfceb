import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { buildWordIndex, stemmerFor } from '../../../src/search/build.ts';
import { searchOptions, type TextDoc } from '../../../src/search/options.ts';
import { queryTerms } from '../../../src/search/tokenize.ts';
import { loadWords, loadWordsInSteps, responseLines, serializeWords } from '../../../src/search/word-file.ts';
import { wordIndexOf, type WordMatches } from '../../../src/search/words.ts';
import { textsOf } from '../../../src/site/data.ts';
import { loadQueries } from './quality.ts';

const sorted = (m: WordMatches) => [m.known, m.ids.map((id, i) => [id, m.terms[i], m.scores[i]]).sort((a, b) => Number(a[0]) - Number(b[0]))];

/** Texts of `n` made-up codes over a small vocabulary, so that each term has many postings, as a large catalog has. */
function manyDocs(n: number): TextDoc[] {
  const vocabulary = ['proxy', 'balance', 'timeout', 'server', 'captcha', 'image', 'callback', 'address', 'account', 'limit', 'key', 'task'];
  return Array.from({ length: n }, (_, id) => {
    const words = vocabulary.filter((_, w) => (id * 7 + w * 3) % (w + 2) !== 0);
    return { id, name: `ERROR_${id}`, title: words.slice(0, 3).join(' '), http: String(400 + (id % 5)), text: words.join(' ') };
  });
}

describe('the words file', () => {
  it('loads, in one go and a line at a time, to the same matches as MiniSearch’s own JSON, for every query of the quality set', async () => {
    const catalog = loadCatalog('catalog');
    for (const { id: locale, lang = locale } of catalog.site.locales) {
      const text = await buildWordIndex(catalog, lang, (c) => textsOf(c, locale));
      const options = searchOptions(await stemmerFor(lang));
      const own = loadWords(MiniSearch, text, options);
      const reference = wordIndexOf(MiniSearch.loadJSON<TextDoc>(JSON.stringify(own), options), options);
      const inOneGo = wordIndexOf(own, options);
      const inSteps = wordIndexOf(await loadWordsInSteps(MiniSearch, responseLines(new Response(text)), options, () => Promise.resolve()), options);
      for (const { q } of loadQueries().filter((x) => x.locale === locale))
        for (const every of [false, true]) {
          const terms = queryTerms(q);
          const expected = sorted(reference(terms, every));
          expect([q, every, sorted(inOneGo(terms, every))]).toEqual([q, every, expected]);
          expect([q, every, sorted(inSteps(terms, every))]).toEqual([q, every, expected]);
        }
    }
  });

  it('cuts a large index into lines that load a step each, with the same terms and postings as MiniSearch’s own JSON', async () => {
    const options = searchOptions(await stemmerFor('en'));
    const index = new MiniSearch<TextDoc>(options);
    index.addAll(manyDocs(6000));
    const text = serializeWords(index);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    // No line but the header holds more than one term over the budget's worth of postings.
    for (const line of lines.slice(1)) expect(line.length).toBeLessThan(400_000);
    let pauses = 0;
    const inSteps = await loadWordsInSteps(MiniSearch, responseLines(new Response(text)), options, () => Promise.resolve(pauses++));
    expect(pauses).toBe(lines.length);
    // As MiniSearch would load its own JSON of the index (the order of its terms is the order they were loaded in).
    const reference = JSON.stringify(MiniSearch.loadJSON<TextDoc>(JSON.stringify(index), options));
    expect(JSON.stringify(inSteps) === reference).toBe(true);
    expect(JSON.stringify(loadWords(MiniSearch, text, options)) === reference).toBe(true);
  });

  it('reads the lines of a response as its chunks arrive, a chunk ending anywhere, inside a line or a character', async () => {
    const text = '{"a":1}\n[["余额",[0,[1,2]]]]\n[["баланс",[3,[4,5]]]]\n[["x",[0,[6,7]]]]';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      });
      const lines: string[] = [];
      for await (const line of responseLines(new Response(chunks))) lines.push(line);
      expect([size, lines]).toEqual([size, text.split('\n')]);
    }
  });
});
