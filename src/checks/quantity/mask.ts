/**
 * What the quantity reader leaves out of a text's prose besides the
 * Markdown the reading hides (code, link destinations, HTML, markers):
 * things in plain text that hold digits but state no amount. Bare URLs and
 * e-mail addresses, `{placeholders}` (balanced, so ICU messages go whole),
 * printf and i18next placeholders, footnote and reference labels,
 * ordinals at a line's start or alone in a table cell, the numbers of an
 * inline enumeration. Masking keeps every offset.
 */
import { enumerationMarkers } from '../../catalog/text/enumeration.ts';

/** What masked text is replaced with: neither letter, digit nor space. */
export const MASK = '\ufffc';

/**
 * Maps full-width digits, Latin letters and the full-width full stop to
 * ASCII ("５０ＫＢ" → "50KB"), keeping the length. The full-width comma is
 * left alone: in Chinese it separates clauses and list items ("400，500").
 */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

type MaskFn = (from: number, to: number) => void;

/** Each mask with what the text must hold for it to match. */
const PATTERNS: readonly [string, RegExp][] = [
  ['[^', /\[\^[^\]\n]*\]/g], // footnote reference
  ['][', /\]\[[^\]\n]*\]/g], // reference link label
  ['%', /%(?:\d+\$)?(?:\([A-Za-z_]\w*\))?[sdif@]/g], // printf placeholder
  ['$t(', /\$t\([^)\n]*\)/g], // i18next nesting
  [MASK, /(?<=\ufffc)([ \t]*)\d{1,9}[.)](?=[ \t]*\ufffc)/g], // a table cell (its pipes hidden) holding only an ordinal
];
/** An ordinal at a line's start that is no list marker ("## 4. Heading"). */
const LINE_ORDINAL = /^([\ufffc \t]*)\d{1,9}[.)](?=[ \t]|$)/gm;

/**
 * `prose` (a text with its Markdown hidden) with the plain-text things above
 * masked too; `digits` says whether it holds an ASCII digit. `source` is the
 * text as written, where an enumeration's "1." that Markdown took for a list
 * marker still tells its "2." from an amount.
 */
export function maskNonAmounts(prose: string, digits: boolean, source: string = prose): string {
  const ranges: number[] = [];
  const mask: MaskFn = (from, to) => {
    if (to > from) ranges.push(from, to);
  };
  const has = (part: string): boolean => prose.includes(part);
  if (has('://') || has('www.') || has('@')) maskUrls(prose, mask);
  if (has('{')) maskBraces(prose, mask);
  const patterns = digits ? [...PATTERNS, ['', LINE_ORDINAL] as const] : PATTERNS;
  for (const [needs, re] of patterns) if (has(needs)) for (const m of prose.matchAll(re)) mask(m.index + (m[1]?.length ?? 0), m.index + m[0].length);
  if (digits) ranges.push(...enumerationMarkers(normalizeWidth(source)));
  return ranges.length ? applyMasks(prose, ranges) : prose;
}

/** `text` with every code unit in the [from, to) pairs of `ranges` replaced by MASK, except line breaks. */
function applyMasks(text: string, ranges: number[]): string {
  const order: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) order.push([Math.max(0, ranges[k]!), Math.min(text.length, ranges[k + 1]!)]);
  order.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0; // text before `at` is in `out`
  for (const [from, to] of order) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    const part = text.slice(start, to);
    out += text.slice(at, start) + (part.includes('\n') ? part.replace(/[^\n]/g, MASK) : MASK.repeat(part.length));
    at = to;
  }
  return out + text.slice(at);
}

/** Bare URLs and e-mail addresses. A URL ends at a space, a non-ASCII character or trailing punctuation. */
function maskUrls(text: string, mask: MaskFn): void {
  const url = /\b(?:[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/|www\.)[!#-;=?-~]+/g;
  for (const m of text.matchAll(url)) {
    let found = m[0];
    // Trailing punctuation belongs to the sentence; a ")" only if unbalanced.
    while (/[.,;:!?'"*_\]]$/.test(found) || (found.endsWith(')') && count(found, '(') < count(found, ')'))) found = found.slice(0, -1);
    mask(m.index, m.index + found.length);
  }
  // E-mail addresses, found from their "@" so that long words cost nothing.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && /[A-Za-z0-9._%+-]/.test(text[from - 1]!)) from--;
    let to = at + 1;
    while (to < text.length && /[A-Za-z0-9.-]/.test(text[to]!)) to++;
    while (to > at + 1 && text[to - 1] === '.') to--;
    if (from < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text.slice(at + 1, to))) mask(from, to);
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Longest span a placeholder may have; longer pairs are prose. */
const MAX_SPAN = 2048;

/** Balanced `{...}` groups: `{maxBytes}`, `{{count}}`, ICU `{n, plural, one {# second} other {# seconds}}`. Backslash-escaped braces do not count. */
function maskBraces(text: string, mask: MaskFn): void {
  const partner = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') stack.push(i);
    else if (ch === '}' && stack.length > 0) partner[stack.pop()!] = i;
  }
  let coveredUntil = 0;
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    const close = partner[open]!;
    if (open < coveredUntil || close === -1 || close - open > MAX_SPAN) continue;
    mask(open, close + 1);
    coveredUntil = close + 1;
  }
}
