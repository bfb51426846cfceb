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

export class CodeSearch {
  private readonly data: SearchData;
  private words: WordIndex | undefined;
  private titles: string[] | undefined;
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

  /** Does now what the first code query would otherwise do first (the browser calls it when idle). */
  prepare(): void {
    this.keys();
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

  static fromJSON(codes: string, words?: WordIndex, titles?: string): CodeSearch {
    const search = new CodeSearch(JSON.parse(codes) as SearchData);
    if (words) search.attachWords(words);
    if (titles !== undefined) search.attachTitles(titles);
    return search;
  }

  /** Adds the titles (/search/{locale}.titles.json); until then, hits have an empty title. */
  attachTitles(json: string): void {
    this.titles = JSON.parse(json) as string[];
  }

  /** The title of doc `id` in the locale, or '' before the titles have arrived. */
  title(id: number): string {
    return this.titles?.[id] ?? '';
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
      const { suffix, name, offset } = this.bucket(wanted.slice(0, 2));
      const docOf = this.docOf;
      // A whole name equal to the query is an exact hit.
      const exactDocs = new Set<number>();
      suffix.forEach((key, i) => {
        if (offset[i] === 0 && key === wanted && allowed(docOf[name[i]!]!)) exactDocs.add(docOf[name[i]!]!);
      });
      for (const doc of [...exactDocs].sort((x, y) => x - y)) add(exact, doc);
      // The other codes, each by its smallest key that starts with the query, in key order, then name order (which is
      // doc order): the first `limit` are kept in `first` (entries of the bucket), one per doc, without sorting the rest.
      const before = (i: number, j: number) => suffix[i]! < suffix[j]! || (suffix[i] === suffix[j] && name[i]! < name[j]!);
      const first: number[] = [];
      suffix.forEach((key, i) => {
        if (!key.startsWith(wanted)) return;
        const doc = docOf[name[i]!]!;
        if (exactDocs.has(doc) || !allowed(doc)) return;
        const same = first.findIndex((j) => docOf[name[j]!] === doc);
        if (same !== -1) {
          if (!before(i, first[same]!)) return;
          first.splice(same, 1);
        } else if (first.length === limit && !before(i, first[limit - 1]!)) return;
        let at = first.length;
        while (at > 0 && before(i, first[at - 1]!)) at--;
        first.splice(at, 0, i);
        if (first.length > limit) first.pop();
      });
      for (const i of first) add(codes, docOf[name[i]!]!);
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
    const [code, aliases, pi, http, policy] = this.data.docs[id]!;
    const title = this.title(id);
    const [provider, providerName] = this.data.providers[pi]!;
    return { id, code, aliases, provider, providerName, title, http, retry: this.data.retry[policy]!, url: `/${this.data.locale}/${provider}/${code}/`, exact };
  }
}
