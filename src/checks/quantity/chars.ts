/**
 * Characters as the quantity reader sees them: which continue a word of a
 * spaced script (so a digit there is part of a name, "v2"), which are CJK
 * (so a unit may touch them, "50KB的"), and code points across surrogate
 * pairs.
 */

/** Han, kana and Hangul: scripts written without spaces, so a unit or number may touch them. */
export const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** A letter of a script that separates words with spaces (Latin, Cyrillic, Greek...). */
export const SPACED_LETTER = `[^\\P{L}${CJK}]`;

const SPACED_LETTER_RE = new RegExp(SPACED_LETTER, 'u');
const MARK_OR_NUMBER_RE = /[\p{M}\p{N}_]/u;

/** A character that continues a word of a spaced script: letters (not CJK), marks, digits, "_". */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return SPACED_LETTER_RE.test(ch) || MARK_OR_NUMBER_RE.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && SPACED_LETTER_RE.test(ch);
}

/** The code point ending just before `at`, as a string (handles surrogate pairs). */
export function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** The code point starting at `at`, as a string. */
export function charAt(text: string, at: number): string | undefined {
  if (at >= text.length) return undefined;
  const cp = text.codePointAt(at);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

export function isDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/**
 * True when the run of "_" just before `at` (direction -1) or from `at` on
 * (direction 1) is emphasis ("_30 s_", "__50__"), not part of an
 * identifier ("ERROR_404"): no word character on its far side.
 */
export function emphasisUnderscores(text: string, at: number, direction: -1 | 1): boolean {
  let k = at;
  if (direction === -1) {
    while (text[k - 1] === '_') k--;
    return !isWordChar(charBefore(text, k));
  }
  while (text[k] === '_') k++;
  return !isWordChar(charAt(text, k));
}

const WORD_CHAR = `${SPACED_LETTER}|[\\p{M}\\p{N}_]`;
/** Word characters, and "." or "-" between them. */
const WORD_REST = new RegExp(`(?:${WORD_CHAR}|[.-](?=${WORD_CHAR}))*`, 'uy');

/** ASCII letters and digits, "_", and Cyrillic letters and marks: characters that continue a word. */
function isCommonWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c >= 0x400 && c <= 0x4ff && c !== 0x482);
}

/** End of the word (letters, digits, "_", marks, "." or "-" between them) starting at `at`. */
export function wordEnd(text: string, at: number): number {
  // Most words are ASCII or Cyrillic through and through: the regular expression is needed only where they stop at something else.
  let i = at;
  while (i < text.length && isCommonWordCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (i === text.length || (c < 0x80 && c !== 46 && c !== 45)) return i;
  WORD_REST.lastIndex = i;
  return WORD_REST.exec(text) ? WORD_REST.lastIndex : i;
}

const HORIZONTAL_SPACE = /[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]/;

/**
 * Skips what may stand between a number and its unit: spaces (one line
 * break at most), emphasis asterisks ("**50** KB"), or one hyphen
 * ("30-second timeout").
 */
export function skipGap(text: string, at: number): { at: number; attached: boolean; hyphen: boolean } {
  if (text[at] === '-' || text[at] === '\u2011') return { at: at + 1, attached: false, hyphen: true };
  let i = at;
  let newlines = 0;
  while (i < text.length && i - at < 16) {
    const ch = text[i]!;
    if (HORIZONTAL_SPACE.test(ch) || ch === '*') i++;
    else if (ch === '\n' && newlines === 0) {
      newlines++;
      i++;
    } else break;
  }
  return { at: i, attached: i === at, hyphen: false };
}

/** What skipGap may skip, loosely, as a regular expression: any run of its spaces, asterisks and line breaks, or one hyphen. */
export const LOOSE_GAP = '(?:[-\\u2011]|[ \\t\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000*\\n]*)';
