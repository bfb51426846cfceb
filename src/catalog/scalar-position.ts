/**
 * Where a character of a YAML string value is in its file: a finding
 * about a number in a text points at the number, not at the start of the
 * field. The loader knows where each scalar starts (`at()`); this walks
 * the scalar from there as YAML reads it (plain, quoted with escapes,
 * literal or folded block with indentation and folding) and checks its
 * walk against the loaded value, so a walk that went wrong is never used:
 * it answers null, and the finding keeps the field's start.
 */
/** A place in a file, 1-based, as findings give it. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

const lineStartsOf = new WeakMap<object, number[]>();

/** Offsets of each line's start in `source` (lines end at "\n", as the loader counts them). */
function lineStarts(key: object, source: string): number[] {
  let starts = lineStartsOf.get(key);
  if (!starts) {
    starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsOf.set(key, starts);
  }
  return starts;
}

/**
 * The position of `value[offset]` in the file whose text is `source`,
 * given where the scalar starts (`start`, 1-based line and column); null
 * when the walk does not reproduce the value. `key` identifies the file
 * (its line index is kept while the key lives).
 */
export function positionInScalar(key: object, source: string, start: Position, value: string, offset: number): Position | null {
  if (offset < 0 || offset >= value.length) return null;
  const starts = lineStarts(key, source);
  const from = (starts[start.line - 1] ?? -1) + start.column - 1;
  if (start.line < 1 || from < 0 || from >= source.length) return null;
  const index = scalarIndex(source, from, value, offset);
  if (index === null) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { file: start.file, line: lo + 1, column: index - starts[lo]! + 1 };
}

/** Where `value[offset]` is in `source`, for the scalar that starts at `from`; null when the walk and the value disagree. */
export function scalarIndex(source: string, from: number, value: string, offset: number): number | null {
  const walk = new Walk(source, value, offset);
  const first = source[from];
  if (first === '|' || first === '>') walk.block(from, first === '>');
  else if (first === '"' || first === "'") walk.flow(from + 1, first);
  else walk.flow(from, null);
  return walk.found;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (source: string, i: number): boolean => source[i] === '\n' || (source[i] === '\r' && source[i + 1] === '\n');
const breakLength = (source: string, i: number): number => (source[i] === '\r' ? 2 : 1);

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The walk: each value character as it is produced, with where in the source it comes from. */
class Walk {
  found: number | null = null;
  private produced = 0;
  private failed = false;
  private readonly source: string;
  private readonly value: string;
  private readonly offset: number;

  constructor(source: string, value: string, offset: number) {
    this.source = source;
    this.value = value;
    this.offset = offset;
  }

  /** Produces `chars` from the source at `at`; false when done (found, or the value disagrees). */
  private emit(chars: string, at: number): boolean {
    if (!this.going) return false;
    if (this.value.slice(this.produced, this.produced + chars.length) !== chars) {
      this.failed = true;
      this.found = null;
      return false;
    }
    if (this.offset < this.produced + chars.length) {
      this.found = at;
      return false;
    }
    this.produced += chars.length;
    return true;
  }

  private get going(): boolean {
    return !this.failed && this.found === null;
  }

  /** A plain (quote null) or quoted scalar from `i`: line breaks fold, escapes and '' unescape. */
  flow(i: number, quote: string | null): void {
    const s = this.source;
    while (this.going && i < s.length) {
      const c = s[i]!;
      if (quote !== null && c === quote) {
        if (quote === "'" && s[i + 1] === "'") {
          if (!this.emit("'", i)) return;
          i += 2;
          continue;
        }
        return;
      }
      if (quote === '"' && c === '\\') {
        if (isBreak(s, i + 1)) {
          // An escaped line break: nothing, and the next line's indentation goes.
          i += 1 + breakLength(s, i + 1);
          while (isBlank(s[i])) i++;
          continue;
        }
        const e = s[i + 1] ?? '';
        const hex = HEX_LENGTH[e];
        const chars = hex ? String.fromCodePoint(parseInt(s.slice(i + 2, i + 2 + hex), 16) || 0) : ESCAPES[e];
        if (chars === undefined || !this.emit(chars, i)) return;
        i += 2 + (hex ?? 0);
        continue;
      }
      if (isBlank(c) || isBreak(s, i)) {
        let j = i;
        while (isBlank(s[j])) j++;
        if (!isBreak(s, j)) {
          for (; i < j; i++) if (!this.emit(s[i]!, i)) return;
          continue;
        }
        // Spaces before a line break go; the break folds into a space, or into one "\n" per empty line after it.
        const breaks: number[] = [];
        while (isBreak(s, j)) {
          breaks.push(j);
          j += breakLength(s, j);
          while (isBlank(s[j])) j++;
        }
        if (breaks.length === 1) {
          if (!this.emit(' ', breaks[0]!)) return;
        } else for (const b of breaks.slice(1)) if (!this.emit('\n', b)) return;
        i = j;
        continue;
      }
      if (!this.emit(c, i)) return;
      i++;
    }
  }

  /** A block scalar whose indicator is at `i`: lines at the content's indentation, kept (literal) or folded. */
  block(i: number, folded: boolean): void {
    const s = this.source;
    let j = i + 1;
    while (j < s.length && /[-+]/.test(s[j]!)) j++;
    if (/[1-9]/.test(s[j] ?? '')) return; // an explicit indentation is relative to the parent's, which this walk does not know
    while (j < s.length && !isBreak(s, j)) j++;
    j += breakLength(s, j);
    let indent = -1;
    let previousMore = false; // the previous content line was more indented
    let pending: number[] = []; // line breaks not yet produced: the one after the last content line, then one per empty line
    let started = false;
    while (this.going && j < s.length) {
      let k = j;
      while (s[k] === ' ') k++;
      if (isBreak(s, k) || k >= s.length) {
        pending.push(k);
        j = k + breakLength(s, k);
        continue;
      }
      if (indent === -1) indent = k - j;
      if (k - j < indent) return;
      const more = k - j > indent || s[k] === '\t';
      if (started) {
        if (!folded || more || previousMore) for (const b of pending) this.emit('\n', b);
        else if (pending.length === 1) this.emit(' ', pending[0]!);
        else for (const b of pending.slice(1)) this.emit('\n', b);
      } else for (const b of pending) this.emit('\n', b);
      if (!this.going) return;
      pending = [];
      started = true;
      previousMore = more;
      let c = j + indent;
      while (c < s.length && !isBreak(s, c)) if (!this.emit(s[c]!, c++)) return;
      pending.push(c);
      j = c + breakLength(s, c);
    }
    for (const b of pending) if (!this.emit('\n', b)) return;
  }
}
