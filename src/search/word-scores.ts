/**
 * MiniSearch's query step (executeQuery) as the word index calls it, without
 * the per-document `match` objects that errcat never reads and that cost more
 * than half of a short prefix's time (ru "про" at 10,000 codes expands to 18
 * terms and 27,756 postings). The same terms, prefix and fuzzy expansions and
 * BM25 arithmetic in the same order give the same scores; it reads
 * MiniSearch's private fields, and returns undefined where a version lacks
 * them (words.ts then calls MiniSearch). A test holds it to MiniSearch's search().
 */
import type MiniSearch from 'minisearch';
import type { TextDoc } from './options.ts';

/** A term's postings: field id -> doc short id -> term frequency. */
type Postings = Map<number, Map<number, number>>;

interface Internals {
  _index: { get(term: string): Postings | undefined; atPrefix(term: string): Iterable<[string, Postings]>; fuzzyGet(term: string, distance: number): Map<string, [Postings, number]> };
  _options: {
    fields: string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: { maxFuzzy: number; weights: { fuzzy: number; prefix: number }; bm25: { k: number; b: number; d: number } };
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

/** A doc's score so far and the query terms it holds (MiniSearch's result, without `match`). */
interface Scored {
  score: number;
  terms: string[];
}

export interface WordQuery {
  queries: string[];
  combineWith: 'AND' | 'OR';
  prefix: (term: string) => boolean;
  fuzzy: (term: string) => number | false;
  boost: Record<string, number>;
}

export type Scorer = (query: WordQuery) => Map<number, Scored>;

export function leanScorer(index: MiniSearch<TextDoc>): Scorer | undefined {
  const ms = index as unknown as Partial<Internals>;
  if (typeof ms._index?.atPrefix !== 'function' || typeof ms._index.fuzzyGet !== 'function' || !(ms._fieldLength instanceof Map) || !(ms._documentIds instanceof Map) || !ms._fieldIds || !ms._avgFieldLength || !ms._options?.fields || !ms._options.searchOptions?.bm25 || !ms._options.searchOptions.weights)
    return undefined;
  const m = ms as Internals;
  // The index's search options, MiniSearch's defaults among them, as its query step reads them.
  const defaults = m._options.searchOptions;
  const { k, b, d } = defaults.bm25;
  const { fuzzy: fuzzyWeight, prefix: prefixWeight } = defaults.weights;

  /** MiniSearch's termResults: every posting of `postings`, weighted, added to `results`. */
  const add = (source: string, postings: Postings | undefined, weight: number, boosts: [number, number][], results: Map<number, Scored>) => {
    if (!postings) return;
    for (const [fieldId, boost] of boosts) {
      const freqs = postings.get(fieldId);
      if (!freqs) continue;
      const matching = freqs.size;
      const avg = m._avgFieldLength[fieldId]!;
      const idf = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
      for (const [doc, tf] of freqs) {
        if (!m._documentIds.has(doc)) continue;
        const fieldLength = m._fieldLength.get(doc)![fieldId]!;
        const score = weight * boost * (idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * fieldLength) / avg))));
        const result = results.get(doc);
        if (!result) results.set(doc, { score, terms: [source] });
        else {
          result.score += score;
          if (!result.terms.includes(source)) result.terms.push(source);
        }
      }
    }
  };

  /** MiniSearch's executeQuerySpec: the term, its longer forms (prefix) and its near forms (fuzzy). */
  const termResults = (term: string, query: WordQuery, boosts: [number, number][]) => {
    const results = new Map<number, Scored>();
    add(term, m._index.get(term), 1, boosts, results);
    const fuzzy = query.fuzzy(term);
    const distance = fuzzy === false ? 0 : fuzzy < 1 ? Math.min(defaults.maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
    const near = distance ? m._index.fuzzyGet(term, distance) : undefined;
    if (query.prefix(term))
      for (const [longer, postings] of m._index.atPrefix(term)) {
        const extra = longer.length - term.length;
        if (!extra) continue;
        near?.delete(longer);
        add(term, postings, (prefixWeight * longer.length) / (longer.length + 0.3 * extra), boosts, results);
      }
    if (near)
      for (const [other, [postings, edits]] of near) {
        if (!edits) continue;
        add(term, postings, (fuzzyWeight * other.length) / (other.length + edits), boosts, results);
      }
    return results;
  };

  return (query) => {
    const boosts = m._options.fields.map((field): [number, number] => [m._fieldIds[field]!, query.boost[field] || 1]);
    const perQuery = query.queries.map((q) => {
      const processed = m._options.processTerm(q);
      const terms = (Array.isArray(processed) ? processed : [processed]).filter((t): t is string => !!t);
      return terms.map((t) => termResults(t, query, boosts)).reduce(combine(query.combineWith), undefined) ?? new Map<number, Scored>();
    });
    return perQuery.reduce(combine(query.combineWith), undefined) ?? new Map<number, Scored>();
  };
}

/** MiniSearch's combinators: OR adds up, AND keeps the docs of both. */
function combine(how: 'AND' | 'OR') {
  return (a: Map<number, Scored> | undefined, b: Map<number, Scored>): Map<number, Scored> => {
    if (!a) return b;
    if (how === 'OR') {
      for (const [doc, r] of b) {
        const existing = a.get(doc);
        if (!existing) a.set(doc, r);
        else {
          existing.score = existing.score + r.score;
          for (const t of r.terms) if (!existing.terms.includes(t)) existing.terms.push(t);
        }
      }
      return a;
    }
    const both = new Map<number, Scored>();
    for (const [doc, r] of b) {
      const existing = a.get(doc);
      if (!existing) continue;
      for (const t of r.terms) if (!existing.terms.includes(t)) existing.terms.push(t);
      both.set(doc, { score: existing.score + r.score, terms: existing.terms });
    }
    return both;
  };
}
