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
/** A query made of these can be (part of) a code. */
const CODE_CHARS = /^[\p{L}\p{N}_.\-\s]+$/u;
const SINGLE_TOKEN = /^[\p{L}\p{N}_.-]+$/u;

/** The query's word terms, without one-letter words (a, в) beside longer ones: they would match nearly every text. */
function wordTerms(q: string): string[] {
  const terms = queryTerms(q);
  const longer = terms.filter((t) => !ONE_LETTER.test(t));
  return longer.length ? longer : terms;
}

/** How a query is read as code. */
interface Reading {
  q: string;
  /** codeKey of the whole query, where it can be (part of) a code. */
  whole: string;
  /** Code-shaped tokens of a longer text. */
  tokens: string[];
  /** The tokens that name a code or alias. */
  named: string[];
  /** The whole query has the shape of a code. */
  codeLike: boolean;
  /** Keys of the code-shaped text that names no code: the whole query, or tokens of a longer text. */
  shaped: string[];
}

/** What one search has found: each doc once, in the first stage (1-5) that finds it, counted within the filter or beside it. */
class Tally {
  total = 0;
  elsewhere = 0;
  /** Codes named exactly (stage 1), and codes found by codes (stages 1-4), in any provider. */
  exact = 0;
  codes = 0;
  readonly tiers: [Match, number[]][] = [];
  private readonly foundIn: Int32Array;
  private readonly generation: number;
  readonly scope: Scope;

  constructor(foundIn: Int32Array, generation: number, scope: Scope) {
    this.foundIn = foundIn;
    this.generation = generation;
    this.scope = scope;
  }

  /** Records `doc` as found by `stage`, unless found before; says whether it is new. */
  found(doc: number, stage: number): boolean {
    if (this.foundIn[doc]! > this.generation) return false;
    this.foundIn[doc] = this.generation + stage;
    if (stage === 1) this.exact++;
    if (stage < 5) this.codes++;
    if (this.scope.allowed(doc)) this.total++;
    else this.elsewhere++;
    return true;
  }

  /** Was `doc` found by a stage before `stage`? */
  earlier(doc: number, stage: number): boolean {
    return this.foundIn[doc]! > this.generation && this.foundIn[doc]! < this.generation + stage;
  }

  /** A stage's docs, best first: those new and within the filter are its hits. */
  add(match: Match, stage: number, docs: number[]): void {
    this.tiers.push([match, docs.filter((doc) => this.found(doc, stage) && this.scope.allowed(doc))]);
  }

  /** A stage's hits, already recorded and filtered. */
  addHits(match: Match, docs: number[]): void {
    this.tiers.push([match, docs]);
  }

  get hits(): number {
    return this.tiers.reduce((n, [, docs]) => n + docs.length, 0);
  }
}

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

  /** What the first code queries would otherwise do first, as steps for the browser to run when idle (CodeIndex.preparations). */
  preparations(): (() => void)[] {
    return this.codes.preparations();
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
    const tally = new Tally(this.foundIn, (this.generation += 8), this.scope(options));
    const reading = this.read(q);
    this.exactCodes(reading, tally);
    this.codesStartingWith(reading, limit, tally);
    const typos = this.typos(reading, limit, tally);
    const nearest = this.nearest(reading, tally);
    const words = this.byWords(reading, options, limit, tally);
    return this.results(tally, limit, { typos, nearest, found: reading.named, ...words });
  }

  private read(q: string): Reading {
    const whole = CODE_CHARS.test(q) ? codeKey(q) : '';
    const tokens = SINGLE_TOKEN.test(q) ? [] : codeTokens(q);
    const named = tokens.filter((t) => this.codes.exact(codeKey(t)).length);
    const codeLike = isCodeLike(q);
    const shaped = [...(codeLike && whole.length >= 6 ? [whole] : []), ...tokens.filter((t) => t.includes('_') && !named.includes(t)).map(codeKey)];
    return { q, whole, tokens, named, codeLike, shaped };
  }

  /** What the reader wrote that `key` (of Reading.shaped) comes from. */
  private written(r: Reading, key: string): string {
    return key === r.whole ? r.q : r.tokens.find((t) => codeKey(t) === key)!;
  }

  /** Stage 1: codes named exactly, by the whole query or by code-shaped tokens of a longer text. */
  private exactCodes(r: Reading, tally: Tally): void {
    const docs = new Set([...(r.whole ? this.codes.exact(r.whole) : []), ...r.named.flatMap((t) => this.codes.exact(codeKey(t)))]);
    const preferred = (doc: number) => Number(tally.scope.preferred(doc));
    tally.add('exact', 1, [...docs].sort((a, b) => preferred(b) - preferred(a) || a - b));
  }

  /** Stage 2: codes with a key that starts with the query. */
  private codesStartingWith(r: Reading, limit: number, tally: Tally): void {
    if (r.whole.length < 2) return;
    tally.addHits('code', this.codes.prefix(r.whole, limit, tally.scope, (doc) => tally.earlier(doc, 2), (doc) => tally.found(doc, 2)));
  }

  /** Stage 3: typos, where the code-shaped text names no code and codes do not fill the list; each doc with what it corrects. */
  private typos(r: Reading, limit: number, tally: Tally): Map<number, string> {
    const corrects = new Map<number, string>();
    if (tally.codes >= limit) return corrects;
    for (const key of r.shaped) {
      const docs = this.codes.typos(key, tally.scope);
      for (const doc of docs) if (!corrects.has(doc)) corrects.set(doc, this.written(r, key));
      tally.add('typo', 3, docs);
    }
    return corrects;
  }

  /** Stage 4: the nearest codes to code-shaped text that names no code, where no code is found otherwise; what they are nearest to. */
  private nearest(r: Reading, tally: Tally): string | undefined {
    if (tally.codes) return undefined;
    let nearest: string | undefined;
    for (const key of r.shaped) {
      const docs = this.codes.nearest(key, tally.scope);
      if (docs.length) nearest ??= this.written(r, key);
      tally.add('near', 4, docs);
    }
    return nearest;
  }

  /**
   * Stage 5: codes found by their texts, unless the reader named a code (a
   * paste that names one, a code-shaped query that finds codes). Without
   * countAll, the box answers a keystroke with what fills the list and
   * leaves the rest uncounted: codes that fill it, or the codes whose texts
   * hold every word (which come first among all the word matches).
   */
  private byWords(r: Reading, options: SearchOptions, limit: number, tally: Tally): { partial: boolean; counted: boolean } {
    const none = { partial: false, counted: true };
    if (!this.words || tally.exact || (r.codeLike && tally.codes)) return none;
    const { scope } = tally;
    const terms = wordTerms(r.q);
    const quick = options.countAll === false;
    const filled = tally.hits >= limit;
    let words = quick && !filled && new Set(terms).size > 1 ? this.words(terms, true) : undefined;
    if (words && words.ids.filter((doc) => !tally.earlier(doc, 5) && scope.allowed(doc)).length < limit) words = undefined;
    const counted = !(quick && (filled || words));
    if (quick && filled) return { partial: false, counted };
    words ??= this.words(terms);
    const at: number[] = [];
    words.ids.forEach((doc, i) => tally.found(doc, 5) && scope.allowed(doc) && at.push(i));
    // Most terms first, then the reader's provider, then by score.
    const { ids, terms: held, scores } = words;
    const preferred = (i: number) => Number(scope.preferred(ids[i]!));
    const first = pickFirst(at, limit, (a, b) => held[b]! - held[a]! || preferred(b) - preferred(a) || scores[b]! - scores[a]! || ids[a]! - ids[b]!);
    tally.addHits('words', first.map((i) => ids[i]!));
    return { partial: first.length > 0 && held[first[0]!]! < words.known, counted };
  }

  private results(tally: Tally, limit: number, read: { typos: Map<number, string>; nearest?: string; found: string[]; partial: boolean; counted: boolean }): Results {
    const hits: Hit[] = [];
    for (const [match, docs] of tally.tiers)
      for (const doc of docs) {
        if (hits.length === limit) break;
        hits.push(this.hit(doc, match));
      }
    const results: Results = { hits, total: tally.total, elsewhere: tally.elsewhere, ...(read.counted ? {} : { counted: false as const }) };
    const first = hits[0];
    if (first?.match === 'typo') results.corrected = { from: read.typos.get(first.id)!, to: first.code };
    if (first?.match === 'near') results.nearest = read.nearest;
    if (read.found.length) results.found = read.found;
    if (first?.match === 'words' && read.partial) results.partial = true;
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

  private hit(id: number, match: Match): Hit {
    const [code, aliases, pi, http, policy] = this.data.docs[id]!;
    const [provider, providerName] = this.data.providers[pi]!;
    return { id, code, aliases, provider, providerName, title: this.title(id), http, retry: this.data.retry[policy]!, url: `/${this.data.locale}/${provider}/${code}/`, match };
  }
}
