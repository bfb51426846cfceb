/**
 * The word index: MiniSearch over the words of the texts, loaded from
 * /search/{locale}.words.json. The caller passes MiniSearch in, so that the
 * browser can import it with the word index, after the first answer, and
 * not with the code that gives that answer.
 */
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { TextDoc } from './options.ts';

/** The codes (doc numbers) whose texts hold every term, best first. */
export type WordIndex = (terms: string[]) => number[];

/** `options` is searchOptions(the locale's stemmer), as the index was built with. */
export function wordIndex(minisearch: typeof MiniSearch, json: string, options: Options<TextDoc>): WordIndex {
  const index = minisearch.loadJSON<TextDoc>(json, options);
  return (terms) =>
    index
      .search({
        queries: terms,
        tokenize: (t: string) => [t],
        combineWith: 'AND',
        prefix: (term: string) => term.length >= 3,
        fuzzy: (term: string) => (term.length >= 6 && !/\d/.test(term) ? 0.2 : false),
        boost: { http: 4, name: 2, title: 2, text: 1 },
      } as never)
      .map((r) => r.id as number);
}
