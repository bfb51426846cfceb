/**
 * One search, the same in the browser, the tests and the benchmark.
 *
 * Codes are searched apart from words, over a sorted list of every code,
 * alias and underscore-suffix (ERROR_ZERO_BALANCE, ZERO_BALANCE, BALANCE),
 * which the build writes into the codes file already sorted: a query is
 * looked up by binary search, so `ZERO_BAL` costs the same with ten codes
 * as with ten thousand, and loading costs no more than parsing the file. A
 * code with a typo is found by edit distance over the full names. Words go to MiniSearch (stemmed, every word
 * must match, prefixes from three letters, typos from six), once its index
 * has arrived: the codes file is small and answers the first keystroke.
 * Exact codes come first, then other codes, then codes found by their texts.
 */
import MiniSearch from 'minisearch';
import { distance } from 'fastest-levenshtein';
import { searchOptions, type SearchData, type TextDoc } from './options.ts';
import { codeKey, codeNames, queryTerms, type Stemmer } from './tokenize.ts';

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

export class CodeSearch {
  private readonly data: SearchData;
  private words: MiniSearch<TextDoc> | undefined;
  /** Every code and alias, numbered as the sorted keys refer to them. */
  private readonly names: string[];
  private readonly docOf: Int32Array;
  /** codeKey of each name, made when first needed. */
  private readonly nameKeys: (string | undefined)[];

  constructor(data: SearchData) {
    this.data = data;
    ({ names: this.names, docOf: this.docOf } = codeNames(data.docs));
    this.nameKeys = new Array<string | undefined>(this.names.length);
  }

  private nameKey(n: number): string {
    return (this.nameKeys[n] ??= codeKey(this.names[n]!));
  }

  /** Key i of the sorted list is nameKey(keyName(i)).slice(keyOffset(i)). */
  private keyName(i: number): number {
    return this.data.keys[2 * i]!;
  }

  private keyOffset(i: number): number {
    return this.data.keys[2 * i + 1]!;
  }

  static fromJSON(codes: string, words?: string, stem?: Stemmer): CodeSearch {
    const search = new CodeSearch(JSON.parse(codes) as SearchData);
    if (words !== undefined) search.attachWords(words, stem);
    return search;
  }

  /** Adds the word index (/search/{locale}.words.json); until then, only codes are found. */
  attachWords(json: string, stem: Stemmer | undefined): void {
    this.words = MiniSearch.loadJSON<TextDoc>(json, searchOptions(stem));
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
      // Every key that starts with the query: a run of the sorted list, found by binary search.
      const count = this.data.keys.length / 2;
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.nameKey(this.keyName(mid)).slice(this.keyOffset(mid)) < wanted) lo = mid + 1;
        else hi = mid;
      }
      // Keys equal to the query come first in the run; a whole name equal to it is an exact hit.
      for (let i = lo; i < count; i++) {
        const name = this.nameKey(this.keyName(i));
        const offset = this.keyOffset(i);
        if (name.length - offset !== wanted.length || !name.startsWith(wanted, offset)) break;
        if (offset === 0) add(exact, this.docOf[this.keyName(i)]!);
      }
      for (let i = lo; i < count && codes.length < limit; i++) {
        if (!this.nameKey(this.keyName(i)).startsWith(wanted, this.keyOffset(i))) break;
        add(codes, this.docOf[this.keyName(i)]!);
      }
      // Typos, when the query looks like a whole code: edit distance to names of about its length.
      if (exact.length + codes.length < limit && wanted.length >= 6 && wanted.includes('_')) {
        const max = Math.max(1, Math.floor(wanted.length * 0.12));
        const close: [number, number][] = [];
        for (let n = 0; n < this.names.length; n++) {
          const key = this.nameKey(n);
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
      const found = this.words.search(
        {
          queries: terms,
          tokenize: (t: string) => [t],
          combineWith: 'AND',
          prefix: (term: string) => term.length >= 3,
          fuzzy: (term: string) => (term.length >= 6 && !/\d/.test(term) ? 0.2 : false),
          boost: { http: 4, name: 2, title: 2, text: 1 },
        } as never,
      );
      for (const r of found) {
        add(text, r.id as number);
        if (text.length >= limit) break;
      }
    }
    return [...exact, ...codes, ...text].slice(0, limit).map((doc) => this.hit(doc, exact.includes(doc)));
  }

  private hit(id: number, exact: boolean): Hit {
    const [code, aliases, pi, title, http, policy] = this.data.docs[id]!;
    const [provider, providerName] = this.data.providers[pi]!;
    return { id, code, aliases, provider, providerName, title, http, retry: this.data.retry[policy] ?? policy, url: `/${this.data.locale}/${provider}/${code}/`, exact };
  }
}
