/**
 * The word index: MiniSearch over the words of the texts, loaded from
 * /search/{locale}.words.json (word-file.ts). The caller passes MiniSearch in, so that the
 * browser can import it with the word index, after the first answer, and
 * not with the code that gives that answer.
 *
 * A code matches when its texts hold at least half as many of the query's
 * terms as the code that holds the most (engine.ts puts those that hold
 * more first). So a word the catalog does not use (a synonym, a word form
 * the stemmer does not know, a Chinese character pair that spans two words)
 * narrows nothing and empties nothing.
 */
import type MiniSearch from 'minisearch';
import type { Options, SearchOptions } from 'minisearch';
import type { TextDoc } from './options.ts';
import { loadWords } from './word-file.ts';
import { leanScorer, type WordQuery } from './word-scores.ts';

/** The codes whose texts hold the query's terms, in no particular order. */
export interface WordMatches {
  /** The docs (indexes into SearchData.docs). */
  ids: number[];
  /** How many of the query's terms each one's texts hold. */
  terms: number[];
  /** MiniSearch's score of each (BM25, times the number of terms held, as MiniSearch ranks). */
  scores: number[];
  /** How many of the query's terms any text holds. */
  known: number;
}

/**
 * `every`: only the codes that hold every term, which are the first of all
 * the matches and cost less to find than all of them when most codes hold
 * one of the terms.
 */
export type WordIndex = (terms: string[], every?: boolean) => WordMatches;

type Query = SearchOptions & { queries: string[] };

/**
 * MiniSearch's query step without its `match` objects (word-scores.ts), or
 * its own query step (what search() runs before it turns every match into a
 * result object and sorts them all, which a query that matches most codes
 * would pay for at every keystroke), or search() where a MiniSearch version
 * lacks them. A test holds them to the same matches.
 */
export function rawSearch(index: MiniSearch<TextDoc>, fast = true): (query: Query, visit: (id: number, score: number, terms: string[]) => void) => void {
  const inner = index as unknown as { executeQuery?: (q: Query) => Map<number, { score: number; terms: string[] }>; _documentIds?: Map<number, unknown> };
  if (fast && typeof inner.executeQuery === 'function' && inner._documentIds instanceof Map) {
    const ids = inner._documentIds;
    const run = leanScorer(index) ?? ((query: WordQuery) => inner.executeQuery!(query as unknown as Query));
    return (query, visit) => {
      for (const [short, m] of run(query as unknown as WordQuery)) visit(ids.get(short) as number, m.score * (m.terms.length || 1), m.terms);
    };
  }
  return (query, visit) => {
    for (const r of index.search(query as never)) visit(r.id as number, r.score, r.queryTerms);
  };
}

/** `options` is searchOptions(the locale's stemmer), as the index was built with; `text` is the words file. */
export function wordIndex(minisearch: typeof MiniSearch, text: string, options: Options<TextDoc>, fast = true): WordIndex {
  return wordIndexOf(loadWords(minisearch, text, options), options, fast);
}

/** The word index over a loaded MiniSearch index (loadWordsInSteps() in the browser). */
export function wordIndexOf(index: MiniSearch<TextDoc>, options: Options<TextDoc>, fast = true): WordIndex {
  const search = rawSearch(index, fast);
  const processTerm = options.processTerm as (term: string) => string | null;
  return (terms, every = false) => {
    // Only the last term is still being typed: the others are whole words, looked up without their prefixes.
    const last = terms.length ? processTerm(terms[terms.length - 1]!) : null;
    const out: WordMatches = { ids: [], terms: [], scores: [], known: 0 };
    const known = new Set<string>();
    let best = 0;
    search(
      {
        queries: terms,
        tokenize: (t: string) => [t],
        combineWith: every ? 'AND' : 'OR',
        prefix: (term: string) => term === last && term.length >= 3,
        fuzzy: (term: string) => (term.length >= 6 && !/\d/.test(term) ? 0.2 : false),
        boost: { http: 4, name: 2, title: 2, text: 1 },
      } as never,
      (id, score, matched) => {
        for (const t of matched) known.add(t);
        best = Math.max(best, matched.length);
        out.ids.push(id);
        out.terms.push(matched.length);
        out.scores.push(score);
      },
    );
    out.known = known.size;
    // Keep those that hold at least half as many terms as the best.
    if (out.terms.some((n) => 2 * n < best)) {
      const keep = out.terms.flatMap((n, i) => (2 * n >= best ? [i] : []));
      out.ids = keep.map((i) => out.ids[i]!);
      out.scores = keep.map((i) => out.scores[i]!);
      out.terms = keep.map((i) => out.terms[i]!);
    }
    return out;
  };
}
