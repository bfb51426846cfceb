/**
 * One search, the same in the browser, the tests and the benchmark.
 *
 * Codes are searched apart from words, by their keys: every code and alias
 * whole and every suffix after an underscore (ERROR_ZERO_BALANCE,
 * ZERO_BALANCE, BALANCE). The keys are not shipped: the browser derives
 * them from the names in the codes file, and only those that start with the
 * query's first two letters, on the first query that needs them (one pass
 * over the names, a few milliseconds at 10,000 codes). A query is matched
 * against that bucket, and the best few codes are picked in the order of
 * their smallest matching key, so `ZERO_BAL` costs little with ten thousand
 * codes. A code with a typo is found by edit distance over the full names.
 * Words go to MiniSearch (stemmed, every word must match, prefixes from
 * three letters, typos from six), once its index has arrived: the codes
 * file is small and answers the first keystroke. Exact codes come first,
 * then other codes, then codes found by their texts.
 */
import { distance } from 'fastest-levenshtein';
import type { SearchData } from './options.ts';
import { codeKey, codeNames, queryTerms, suffixOffsets } from './tokenize.ts';
import type { WordIndex } from './words.ts';

export interface Hit {
  id: number;
  code: string;
  aliases: string[];
  provider: string;
  providerName: string;
  title: string;
  http: number;
  retry: string;
  url: string;
  exact: boolean;
}

export interface SearchOptions {
  provider?: string;
  limit?: number;
}

/** Keys that start with the same two letters: suffix i is keys(name[i]) from offset[i]. */
interface Bucket {
  suffix: string[];
  name: number[];
  offset: number[];
}

/** Key order: by the key, then by doc, then by name (a code before its aliases). */
function compareKeys(a: [string, number, number], b: [string, number, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2];
}

/** Inserts `item` into `top` (sorted, at most `limit` long) when it belongs among the first `limit`. */
function keepFirst<T>(top: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  if (top.length === limit && compare(item, top[limit - 1]!) >= 0) return;
  let i = Math.min(top.length, limit - 1);
  top[i] = item;
  for (; i > 0 && compare(top[i]!, top[i - 1]!) < 0; i--) [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
}

export class CodeSearch {
  private readonly data: SearchData;
  private words: WordIndex | undefined;
  /** Every code and alias, in doc order (a code, then its aliases). */
  private readonly names: string[];
  private readonly docOf: Int32Array;
  /** codeKey of each name, made on the first query. */
  private nameKeys: string[] | undefined;
  /** Buckets of keys by their first two letters, each made on the first query that needs it. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(data: SearchData) {
    this.data = data;
    ({ names: this.names, docOf: this.docOf } = codeNames(data.docs));
  }

  private keys(): string[] {
    return (this.nameKeys ??= this.names.map(codeKey));
  }

  private bucket(head: string): Bucket {
    let bucket = this.buckets.get(head);
    if (bucket) return bucket;
    bucket = { suffix: [], name: [], offset: [] };
    this.keys().forEach((key, n) => {
      for (const offset of suffixOffsets(key)) {
        if (!key.startsWith(head, offset)) continue;
        bucket.suffix.push(key.slice(offset));
        bucket.name.push(n);
        bucket.offset.push(offset);
      }
    });
    this.buckets.set(head, bucket);
    return bucket;
  }

  static fromJSON(codes: string, words?: WordIndex): CodeSearch {
    const search = new CodeSearch(JSON.parse(codes) as SearchData);
    if (words) search.attachWords(words);
    return search;
  }

  /** Adds the word index (wordIndex() of /search/{locale}.words.json); until then, only codes are found. */
  attachWords(words: WordIndex): void {
    this.words = words;
  }

  get hasWords(): boolean {
    return this.words !== undefined;
  }

  providers(): [string, string][] {
    return this.data.providers;
  }

  search(query: string, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const q = query.trim();
    if (!q) return [];
    const pi = options.provider ? this.data.providers.findIndex(([id]) => id === options.provider) : -1;
    const allowed = (doc: number) => pi === -1 || this.data.docs[doc]![2] === pi;
    const wanted = codeKey(q);
    const seen = new Set<number>();
    const exact: number[] = [];
    const codes: number[] = [];
    const add = (list: number[], doc: number) => {
      if (!seen.has(doc) && allowed(doc)) {
        seen.add(doc);
        list.push(doc);
      }
    };

    if (wanted.length >= 2) {
      // Each allowed doc's smallest key that starts with the query; a whole name equal to it is an exact hit.
      const bucket = this.bucket(wanted.slice(0, 2));
      const best = new Map<number, [string, number, number]>();
      const exactDocs = new Set<number>();
      bucket.suffix.forEach((suffix, i) => {
        if (!suffix.startsWith(wanted)) return;
        const n = bucket.name[i]!;
        const doc = this.docOf[n]!;
        if (!allowed(doc)) return;
        if (bucket.offset[i] === 0 && suffix.length === wanted.length) exactDocs.add(doc);
        const key: [string, number, number] = [suffix, doc, n];
        const known = best.get(doc);
        if (!known || compareKeys(key, known) < 0) best.set(doc, key);
      });
      for (const doc of [...exactDocs].sort((a, b) => a - b)) add(exact, doc);
      const first: [string, number, number][] = [];
      for (const key of best.values()) if (!exactDocs.has(key[1])) keepFirst(first, key, limit, compareKeys);
      for (const [, doc] of first) add(codes, doc);
      // Typos, when the query looks like a whole code: edit distance to names of about its length.
      if (exact.length + codes.length < limit && wanted.length >= 6 && wanted.includes('_')) {
        const max = Math.max(1, Math.floor(wanted.length * 0.12));
        const close: [number, number][] = [];
        const keys = this.keys();
        for (let n = 0; n < keys.length; n++) {
          const key = keys[n]!;
          if (Math.abs(key.length - wanted.length) > max) continue;
          const d = distance(key, wanted);
          if (d <= max) close.push([d, this.docOf[n]!]);
        }
        close.sort((a, b) => a[0] - b[0]);
        for (const [, doc] of close) add(codes, doc);
      }
    }

    const text: number[] = [];
    const terms = queryTerms(q);
    if (this.words && terms.length && exact.length + codes.length < limit) {
      for (const doc of this.words(terms)) {
        add(text, doc);
        if (text.length >= limit) break;
      }
    }
    return [...exact, ...codes, ...text].slice(0, limit).map((doc) => this.hit(doc, exact.includes(doc)));
  }

  private hit(id: number, exact: boolean): Hit {
    const [code, aliases, pi, title, http, policy] = this.data.docs[id]!;
    const [provider, providerName] = this.data.providers[pi]!;
    return { id, code, aliases, provider, providerName, title, http, retry: this.data.retry[policy]!, url: `/${this.data.locale}/${provider}/${code}/`, exact };
  }
}
