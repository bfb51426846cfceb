/**
 * One search, the same in the browser, the tests and the benchmark.
 *
 * Codes are searched apart from words, over a sorted list of every code,
 * alias and underscore-suffix (ERROR_ZERO_BALANCE, ZERO_BALANCE, BALANCE):
 * a query is looked up by binary search, so `ZERO_BAL` costs the same with
 * ten codes as with ten thousand; a code with a typo is found by edit
 * distance over the full names. Words go to MiniSearch (stemmed, every word
 * must match, prefixes from three letters, typos from six), once its index
 * has arrived: the codes file is small and answers the first keystroke.
 * Exact codes come first, then other codes, then codes found by their texts.
 */
import MiniSearch from 'minisearch';
import { distance } from 'fastest-levenshtein';
import { searchOptions, type SearchData, type TextDoc } from './options.ts';
import { codeTerms, normalizeCode, queryTerms, type Stemmer } from './tokenize.ts';

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
  /** [key, doc] sorted by key: every name and its underscore suffixes. */
  private readonly keys: [string, number][];
  /** [full name, doc] for typo search. */
  private readonly names: [string, number][];
  /** Full name -> the docs that have it as code or alias. */
  private readonly byName = new Map<string, number[]>();

  constructor(data: SearchData) {
    this.data = data;
    this.keys = [];
    this.names = [];
    data.docs.forEach(([code, aliases], doc) => {
      for (const name of [code, ...aliases]) {
        const full = normalizeCode(name).toLowerCase();
        this.names.push([full, doc]);
        this.byName.set(full, [...(this.byName.get(full) ?? []), doc]);
        for (const key of codeTerms(name)) this.keys.push([key, doc]);
      }
    });
    this.keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
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
    const wanted = normalizeCode(q).toLowerCase();
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
      // Every key that starts with the query: a run of the sorted list.
      let lo = 0;
      let hi = this.keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.keys[mid]![0] < wanted) lo = mid + 1;
        else hi = mid;
      }
      for (const doc of this.byName.get(wanted) ?? []) add(exact, doc);
      for (let i = lo; i < this.keys.length && codes.length < limit && this.keys[i]![0].startsWith(wanted); i++) add(codes, this.keys[i]![1]);
      // Typos, when the query looks like a whole code: edit distance to names of about its length.
      if (exact.length + codes.length < limit && wanted.length >= 6 && wanted.includes('_')) {
        const max = Math.max(1, Math.floor(wanted.length * 0.12));
        const close: [number, number][] = [];
        for (const [n, doc] of this.names) {
          if (Math.abs(n.length - wanted.length) > max) continue;
          const d = distance(n, wanted);
          if (d <= max) close.push([d, doc]);
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
