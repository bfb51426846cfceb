/**
 * Codes and aliases looked up by their keys: every code and alias whole and
 * every suffix after an underscore (ERROR_ZERO_BALANCE, ZERO_BALANCE,
 * BALANCE). The keys are not shipped: the browser derives them from the
 * names in the codes file, and only those that start with the query's first
 * two letters, on the first query that needs them (one pass over the names,
 * a few milliseconds at 10,000 codes). A query is matched against that
 * bucket, and the best codes are picked in the order of their smallest
 * matching key, so `ZERO_BAL` costs little with ten thousand codes. A code
 * with a typo is found by edit distance over the whole names; a code-shaped
 * query that names no code, by the words its name shares with the query.
 */
import { distance } from 'fastest-levenshtein';
import { pickFirst } from './pick.ts';
import { codeKey, codeNames, compactKey, keyParts, suffixOffsets } from './tokenize.ts';

/** Keys that start with the same two letters: suffix i is keys(name[i]) from offset[i]. */
interface Bucket {
  suffix: string[];
  name: number[];
  offset: number[];
}

/** The words of every name, weighted by how rare they are among the names, for nearest(). */
interface PartIndex {
  namesWith: Map<string, number[]>;
  weight: Map<string, number>;
  /** The sum of the weights of each name's words. */
  total: Float64Array;
  /** Words of at least four letters, for matching a misspelt word. */
  long: string[];
}

/** Which docs a lookup admits (the provider filter), and which it puts first (the reader's provider). */
export interface Scope {
  allowed: (doc: number) => boolean;
  preferred: (doc: number) => boolean;
}

export class CodeIndex {
  /** Every code and alias, in doc order (a code, then its aliases). */
  readonly names: string[];
  readonly docOf: Int32Array;
  private nameKeys: string[] | undefined;
  private compactKeys: string[] | undefined;
  private byKey: Map<string, number[]> | undefined;
  private partIndex: PartIndex | undefined;
  /** Buckets of keys by their first two letters, each made on the first query that needs it. */
  private readonly buckets = new Map<string, Bucket>();
  /** The best bucket entry of each doc during prefix(); only read for the docs the current call has marked. */
  private readonly bestEntry: Int32Array;
  private readonly markedIn: Int32Array;
  private call = 0;

  constructor(docs: readonly [string, string[], ...unknown[]][]) {
    ({ names: this.names, docOf: this.docOf } = codeNames(docs));
    this.bestEntry = new Int32Array(docs.length);
    this.markedIn = new Int32Array(docs.length);
  }

  keys(): string[] {
    return (this.nameKeys ??= this.names.map(codeKey));
  }

  /**
   * What the first queries would otherwise do first, as steps the browser
   * runs when idle, one at a time: the keys, the exact index, every bucket,
   * the keys without separators (typos) and the words of the names (nearest).
   */
  preparations(): (() => void)[] {
    return [() => this.keys(), () => this.exactIndex(), () => this.allBuckets(), () => this.compacts(), () => this.parts()];
  }

  /** Every bucket not made yet, in one pass over the keys: each holds what bucket() would put in it, in the same order. */
  private allBuckets(): void {
    const made = new Map<string, Bucket>();
    this.keys().forEach((key, n) => {
      for (const offset of suffixOffsets(key)) {
        const head = key.slice(offset, offset + 2);
        if (head.length < 2 || this.buckets.has(head)) continue;
        let bucket = made.get(head);
        if (!bucket) made.set(head, (bucket = { suffix: [], name: [], offset: [] }));
        bucket.suffix.push(key.slice(offset));
        bucket.name.push(n);
        bucket.offset.push(offset);
      }
    });
    for (const [head, bucket] of made) this.buckets.set(head, bucket);
  }

  private compacts(): string[] {
    return (this.compactKeys ??= this.keys().map(compactKey));
  }

  private exactIndex(): Map<string, number[]> {
    if (this.byKey) return this.byKey;
    const map = new Map<string, number[]>();
    this.keys().forEach((key, n) => {
      const docs = map.get(key);
      const doc = this.docOf[n]!;
      if (!docs) map.set(key, [doc]);
      else if (!docs.includes(doc)) docs.push(doc);
    });
    return (this.byKey = map);
  }

  /** Docs with a code or alias equal to `key` (a codeKey), in doc order. */
  exact(key: string): number[] {
    return this.exactIndex().get(key) ?? [];
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

  /**
   * Docs with a key that starts with `wanted` (at least two letters), except
   * those `skip` names: `visit` sees each of them once; of those `scope`
   * admits, the first `limit` come back, each by its smallest such key: the
   * preferred provider's first, then in key order, then in name order.
   */
  prefix(wanted: string, limit: number, scope: Scope, skip: (doc: number) => boolean, visit: (doc: number) => void): number[] {
    const { suffix, name } = this.bucket(wanted.slice(0, 2));
    const { docOf, bestEntry, markedIn } = this;
    const call = ++this.call;
    const before = (i: number, j: number) => {
      const pi = scope.preferred(docOf[name[i]!]!);
      if (pi !== scope.preferred(docOf[name[j]!]!)) return pi;
      return suffix[i]! < suffix[j]! || (suffix[i] === suffix[j] && name[i]! < name[j]!);
    };
    const docs: number[] = [];
    for (let i = 0; i < suffix.length; i++) {
      if (!suffix[i]!.startsWith(wanted)) continue;
      const doc = docOf[name[i]!]!;
      if (skip(doc)) continue;
      if (markedIn[doc] !== call) {
        markedIn[doc] = call;
        visit(doc);
        if (!scope.allowed(doc)) continue;
        bestEntry[doc] = i;
        docs.push(doc);
      } else if (scope.allowed(doc) && before(i, bestEntry[doc]!)) bestEntry[doc] = i;
    }
    return pickFirst(docs, limit, (a, b) => (before(bestEntry[a]!, bestEntry[b]!) ? -1 : 1));
  }

  /**
   * Docs with a code or alias a few edits away from `wanted` (a codeKey; the
   * separators do not count), closest first, then the preferred provider's.
   */
  typos(wanted: string, scope: Scope): number[] {
    const target = compactKey(wanted);
    const max = Math.max(1, Math.floor(target.length * 0.12));
    const best = new Map<number, number>();
    const compacts = this.compacts();
    for (let n = 0; n < compacts.length; n++) {
      const compact = compacts[n]!;
      if (Math.abs(compact.length - target.length) > max) continue;
      const d = distance(compact, target);
      const doc = this.docOf[n]!;
      if (d <= max && d < (best.get(doc) ?? Infinity)) best.set(doc, d);
    }
    return rank(best, scope, (a, b) => a - b);
  }

  private parts(): PartIndex {
    if (this.partIndex) return this.partIndex;
    const namesWith = new Map<string, number[]>();
    const partsOf = this.keys().map((key, n) => {
      const parts = [...new Set(keyParts(key))];
      for (const p of parts) {
        const list = namesWith.get(p);
        if (list) list.push(n);
        else namesWith.set(p, [n]);
      }
      return parts;
    });
    const weight = new Map<string, number>();
    for (const [p, list] of namesWith) weight.set(p, Math.log(1 + this.names.length / list.length));
    const total = Float64Array.from(partsOf, (parts) => parts.reduce((sum, p) => sum + weight.get(p)!, 0));
    const long = [...namesWith.keys()].filter((p) => p.length >= 4);
    return (this.partIndex = { namesWith, weight, total, long });
  }

  /**
   * Docs whose code or alias shares the most words with `wanted` (a codeKey),
   * rare words counting more, a word with one wrong letter counting too:
   * ERROR_PROXY_TIMEOUT finds PROXY_TIMEOUT and ERROR_PROXY_READ_TIMEOUT.
   * Only names that share at least half of the weight are kept.
   */
  nearest(wanted: string, scope: Scope): number[] {
    const index = this.parts();
    const rarest = Math.log(1 + this.names.length);
    const shared = new Map<number, number>();
    let asked = 0;
    for (const part of new Set(keyParts(wanted))) {
      const own = index.weight.get(part);
      asked += own ?? rarest;
      const like = own !== undefined ? [part] : part.length >= 5 ? index.long.filter((p) => Math.abs(p.length - part.length) <= 1 && distance(p, part) <= 1) : [];
      for (const p of like) {
        const w = index.weight.get(p)!;
        for (const n of index.namesWith.get(p)!) shared.set(n, (shared.get(n) ?? 0) + w);
      }
    }
    // Weighted Dice coefficient: twice the shared weight over the weight of both.
    const similarity = new Map<number, number>();
    for (const [n, w] of shared) {
      const s = (2 * w) / (asked + index.total[n]!);
      const doc = this.docOf[n]!;
      if (s >= 0.5 && s > (similarity.get(doc) ?? 0)) similarity.set(doc, s);
    }
    return rank(similarity, scope, (a, b) => b - a);
  }
}

/** Docs by their value (compared by `by`), then the preferred provider's first, then in doc order. */
function rank(values: Map<number, number>, scope: Scope, by: (a: number, b: number) => number): number[] {
  return [...values.keys()].sort((a, b) => by(values.get(a)!, values.get(b)!) || Number(scope.preferred(b)) - Number(scope.preferred(a)) || a - b);
}
