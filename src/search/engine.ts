/**
 * One search, the same in the search box, on the results page, in the tests
 * and in the benchmark: it ranks, counts and explains what it found.
 *
 * A query is read as a code (whole, or a fragment: codes.ts), as code-shaped
 * tokens inside a longer text (a pasted response or log line), and as words
 * (words.ts, once the word index has arrived: the codes file is small and
 * answers the first keystroke). Results come in this order: codes named
 * exactly, codes that start with the query, codes with a typo, the nearest
 * codes to a code-shaped query that names none, codes found by their texts.
 * Within each, the provider of the page the reader is on comes first.
 */
import { CodeIndex, type Scope } from './codes.ts';
import { pickFirst } from './pick.ts';
import type { SearchData } from './options.ts';
import { codeKey, codeTokens, isCodeLike, queryTerms } from './tokenize.ts';
import type { WordIndex } from './words.ts';

/** How a hit matched: its code or alias exactly, by a fragment, with a typo, as the nearest code, by its texts. */
export type Match = 'exact' | 'code' | 'typo' | 'near' | 'words';

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
  match: Match;
}

export interface SearchOptions {
  /** Only this provider's codes (the provider filter). */
  provider?: string;
  /** The provider whose pages the reader is on: its codes come first. */
  context?: string;
  /** How many hits to return (10 by default); `total` counts them all. */
  limit?: number;
  /**
   * Count every result even when the codes fill the list (true by default).
   * The search box answers a keystroke without it, then counts when idle.
   */
  countAll?: boolean;
}

export interface Results {
  hits: Hit[];
  /** How many codes the query finds within the filter; `hits` holds the first `limit` of them. */
  total: number;
  /** How many more it finds at the providers the filter leaves out. */
  elsewhere: number;
  /** False when codes filled the list and words were not searched (countAll: false): total and elsewhere are then lower bounds. */
  counted?: false;
  /** The first hit corrects a typo: `from` is what the reader wrote, `to` the code shown. */
  corrected?: { from: string; to: string };
  /** The query looks like a code and names none: the first hits are the nearest codes to it. */
  nearest?: string;
  /** Codes named inside a longer text (a pasted response or log line), as written there. */
  found?: string[];
  /** The first hits are found by words, and no code's texts hold every word of the query that the texts use. */
  partial?: boolean;
}

const NO_RESULTS: Results = { hits: [], total: 0, elsewhere: 0 };
const ONE_LETTER = /^[^\p{N}\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]$/u;

/** The query's word terms, without one-letter words (a, в) beside longer ones: they would match nearly every text. */
function wordTerms(q: string): string[] {
  const terms = queryTerms(q);
  const longer = terms.filter((t) => !ONE_LETTER.test(t));
  return longer.length ? longer : terms;
}
/** A query made of these can be (part of) a code. */
const CODE_CHARS = /^[\p{L}\p{N}_.\-\s]+$/u;
const SINGLE_TOKEN = /^[\p{L}\p{N}_.-]+$/u;

export class CodeSearch {
  private readonly data: SearchData;
  private readonly codes: CodeIndex;
  private words: WordIndex | undefined;
  private titles: string[] | undefined;
  /** Which docs the current search has found already, and in which tier (the generation marks the search). */
  private readonly foundIn: Int32Array;
  private generation = 0;

  constructor(data: SearchData) {
    this.data = data;
    this.codes = new CodeIndex(data.docs);
    this.foundIn = new Int32Array(data.docs.length);
  }

  static fromJSON(codes: string, words?: WordIndex, titles?: string): CodeSearch {
    const search = new CodeSearch(JSON.parse(codes) as SearchData);
    if (words) search.attachWords(words);
    if (titles !== undefined) search.attachTitles(titles);
    return search;
  }

  /** Does now what the first code query would otherwise do first (the browser calls it when idle). */
  prepare(): void {
    this.codes.prepare();
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

  /** The UI strings of the locale that came with the codes file. */
  get ui(): Record<string, string> {
    return this.data.ui ?? {};
  }

  search(query: string, options: SearchOptions = {}): Results {
    const q = query.trim();
    if (!q) return NO_RESULTS;
    const limit = options.limit ?? 10;
    const scope = this.scope(options);
    const generation = (this.generation += 8);
    const foundIn = this.foundIn;
    let total = 0;
    let elsewhere = 0;
    /** Records a doc found in `tier` (1-5) unless an earlier tier found it; says whether it is new. */
    const found = (doc: number, tier: number) => {
      if (foundIn[doc]! > generation) return false;
      foundIn[doc] = generation + tier;
      if (scope.allowed(doc)) total++;
      else elsewhere++;
      return true;
    };
    const earlier = (doc: number, tier: number) => foundIn[doc]! > generation && foundIn[doc]! < generation + tier;
    const tiers: [Match, number[]][] = [];
    const add = (match: Match, tier: number, docs: number[]) => tiers.push([match, docs.filter((doc) => found(doc, tier) && scope.allowed(doc))]);

    // Stage 1: codes named exactly, by the whole query or by code-shaped tokens of a longer text.
    const whole = CODE_CHARS.test(q) ? codeKey(q) : '';
    const tokens = SINGLE_TOKEN.test(q) ? [] : codeTokens(q);
    const named = tokens.filter((t) => this.codes.exact(codeKey(t)).length);
    const exact = [...(whole ? this.codes.exact(whole) : []), ...named.flatMap((t) => this.codes.exact(codeKey(t)))];
    add('exact', 1, this.preferFirst([...new Set(exact)], scope));

    // Stage 2: codes with a key that starts with the query.
    let codesFound = exact.length;
    if (whole.length >= 2) {
      const docs = this.codes.prefix(whole, limit, scope, (doc) => earlier(doc, 2), (doc) => {
        found(doc, 2);
        codesFound++;
      });
      tiers.push(['code', docs]);
    }

    // Stage 3: typos, where the query (or a token of a longer text) has the shape of a code and names none.
    const codeLike = isCodeLike(q);
    const shaped = [...(codeLike && whole.length >= 6 ? [whole] : []), ...tokens.filter((t) => t.includes('_') && !named.includes(t)).map(codeKey)];
    const source = new Map<number, string>();
    const from = (key: string) => (key === whole ? q : tokens.find((t) => codeKey(t) === key)!);
    if (codesFound < limit)
      for (const key of shaped) {
        const docs = this.codes.typos(key, scope);
        for (const doc of docs) if (!source.has(doc)) source.set(doc, from(key));
        codesFound += docs.length;
        add('typo', 3, docs);
      }

    // Stage 4: the nearest codes to a code-shaped query that names none.
    let nearest: string | undefined;
    if (!codesFound)
      for (const key of shaped) {
        const docs = this.codes.nearest(key, scope);
        if (docs.length) nearest ??= from(key);
        codesFound += docs.length;
        add('near', 4, docs);
      }

    // Stage 5: words, unless the reader named a code (a paste that names one, a code that starts with the query).
    // Without countAll, the box answers a keystroke with what fills the list and leaves the rest uncounted: codes
    // that fill it, or the codes whose texts hold every word (the first of all the word matches).
    let partial = false;
    let counted = true;
    if (this.words && !exact.length && !(codeLike && codesFound)) {
      const terms = wordTerms(q);
      const quick = options.countAll === false;
      const filled = tiers.reduce((n, [, docs]) => n + docs.length, 0) >= limit;
      let words = quick && !filled && new Set(terms).size > 1 ? this.words(terms, true) : undefined;
      if (words && words.ids.filter((doc) => !earlier(doc, 5) && scope.allowed(doc)).length < limit) words = undefined;
      if (quick && (filled || words)) counted = false;
      if (!quick || !filled) {
        words ??= this.words(terms);
        const at: number[] = [];
        words.ids.forEach((doc, i) => found(doc, 5) && scope.allowed(doc) && at.push(i));
        // Most terms first, then the reader's provider, then by score.
        const { ids, terms: held, scores } = words;
        const preferred = (i: number) => Number(scope.preferred(ids[i]!));
        const first = pickFirst(at, limit, (a, b) => held[b]! - held[a]! || preferred(b) - preferred(a) || scores[b]! - scores[a]! || ids[a]! - ids[b]!);
        partial = first.length > 0 && held[first[0]!]! < words.known;
        tiers.push(['words', first.map((i) => ids[i]!)]);
      }
    }

    const hits: Hit[] = [];
    for (const [match, docs] of tiers)
      for (const doc of docs) {
        if (hits.length === limit) break;
        hits.push(this.hit(doc, match));
      }
    const results: Results = { hits, total, elsewhere, ...(counted ? {} : { counted }) };
    const first = hits[0];
    if (first?.match === 'typo') results.corrected = { from: source.get(first.id)!, to: first.code };
    if (first?.match === 'near') results.nearest = nearest;
    if (named.length) results.found = named;
    if (first?.match === 'words' && partial) results.partial = true;
    return results;
  }

  private scope(options: SearchOptions): Scope {
    const index = (id: string | undefined) => (id ? this.data.providers.findIndex(([p]) => p === id) : -1);
    const filter = index(options.provider);
    const context = index(options.context);
    const docs = this.data.docs;
    return {
      allowed: filter === -1 ? () => true : (doc) => docs[doc]![2] === filter,
      preferred: context === -1 ? () => false : (doc) => docs[doc]![2] === context,
    };
  }

  /** The preferred provider's docs first, then in doc order. */
  private preferFirst(docs: number[], scope: Scope): number[] {
    return docs.sort((a, b) => Number(scope.preferred(b)) - Number(scope.preferred(a)) || a - b);
  }

  private hit(id: number, match: Match): Hit {
    const [code, aliases, pi, http, policy] = this.data.docs[id]!;
    const [provider, providerName] = this.data.providers[pi]!;
    return { id, code, aliases, provider, providerName, title: this.title(id), http, retry: this.data.retry[policy]!, url: `/${this.data.locale}/${provider}/${code}/`, match };
  }
}
