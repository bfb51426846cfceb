/**
 * Reads the quantities (numbers, with or without a unit) a Markdown text
 * states, so that translations can be checked for "quantity drift": every
 * locale must state the same amounts.
 *
 * The reader works in three steps:
 *
 * 1. `normalizeWidth` maps full-width digits and Latin letters to ASCII,
 *    and masking (`maskCode`, then `maskBeyondCode`) blanks out what is not
 *    prose (code, URLs, link destinations, HTML, placeholders, list
 *    markers). Both keep every offset, so a match in the prepared text is
 *    a match at the same offsets of the input.
 * 2. `scan` walks the prepared text. A number is read with the locale's
 *    separators (`readNumber`), Chinese numerals with `parseChineseNumeral`,
 *    and a small set of English and Russian number words only when a unit
 *    follows. A number that is part of a word or an identifier (`v2`,
 *    `base64`, `ERROR_404`, `HTTP/2`, `2.0.1`) is skipped.
 * 3. After the number come an optional multiplier (`万`, `тыс.`, `million`)
 *    and an optional unit from the `UNIT_ALIASES` table.
 *
 * Nothing here throws on any string: every index access is bounds-checked
 * and every regular expression is linear.
 */

import { CHINESE_DIGITS, CHINESE_LARGE_UNITS, CHINESE_SMALL_UNITS, NUMBER_WORDS, NUMERAL_CHARS, startsLikeNumberWord } from './numerals.ts';
import { CHINESE_NUMERAL, DIGIT, FULL_WIDTH_LETTER, NUMBER_WORD, PERCENT, textFlags } from '../text-flags.ts';

export type Dimension = 'bytes' | 'time' | 'none';

export interface Quantity {
  /** The matched text, e.g. "50 KB", "5万", "两分钟". */
  raw: string;
  /** Offsets into the input string: `input.slice(start, end) === raw`. */
  start: number;
  end: number;
  /** The number as written (50 for "50 KB", 50000 for "5万", 2 for "两分钟"). */
  value: number;
  /** Canonical unit ('B', 'KB', 'KiB', 'MB', 'MiB', 'GB', 'GiB', 'ms', 's', 'min', 'h', 'd') or null for a bare number. */
  unit: string | null;
  dimension: Dimension;
  /**
   * The value in base units (bytes or seconds). For units whose kilo is
   * 1000 or 1024 depending on the writer (KB, MB, GB, "килобайт", "千字节")
   * both readings; equal otherwise. For bare numbers both are `value`.
   */
  base: { decimal: number; binary: number };
  /** True for KB/MB/GB-style units whose base (1000 or 1024) is unknown. */
  ambiguousBase: boolean;
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

interface UnitDefinition {
  dimension: 'bytes' | 'time';
  /** Base units per unit when a kilo is 1000. */
  decimal: number;
  /** Base units per unit when a kilo is 1024. */
  binary: number;
}

/** Canonical units: their dimension and size in bytes or seconds. */
export const UNITS: Readonly<Record<string, UnitDefinition>> = {
  B: { dimension: 'bytes', decimal: 1, binary: 1 },
  KB: { dimension: 'bytes', decimal: 1e3, binary: 1024 },
  KiB: { dimension: 'bytes', decimal: 1024, binary: 1024 },
  MB: { dimension: 'bytes', decimal: 1e6, binary: 1024 ** 2 },
  MiB: { dimension: 'bytes', decimal: 1024 ** 2, binary: 1024 ** 2 },
  GB: { dimension: 'bytes', decimal: 1e9, binary: 1024 ** 3 },
  GiB: { dimension: 'bytes', decimal: 1024 ** 3, binary: 1024 ** 3 },
  ms: { dimension: 'time', decimal: 0.001, binary: 0.001 },
  s: { dimension: 'time', decimal: 1, binary: 1 },
  min: { dimension: 'time', decimal: 60, binary: 60 },
  h: { dimension: 'time', decimal: 3600, binary: 3600 },
  d: { dimension: 'time', decimal: 86400, binary: 86400 },
};

/** Han, kana and Hangul: scripts written without spaces, so a unit or number may touch them. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** A letter of a script that separates words with spaces (Latin, Cyrillic, Greek...). */
const SPACED_LETTER = `[^\\P{L}${CJK}]`;
/**
 * After a Latin or Cyrillic unit the word must end; a CJK character may
 * follow ("50KB的图片"), and so may a "_" that closes emphasis ("_30 s_"),
 * but not one that continues an identifier ("5s_TIMEOUT").
 */
export const WORD_END = `(?!${SPACED_LETTER}|[\\p{M}\\p{N}]|_[\\p{L}\\p{N}])`;
/** WORD_END on its own, tried at one position. */
const WORD_END_AT = new RegExp(WORD_END, 'uy');
/**
 * What WORD_END refuses among ASCII and Cyrillic characters (it refuses
 * more). An expression with WORD_END takes about a millisecond to compile,
 * for its Unicode classes, and there are some sixty spellings: each is
 * compiled with this end instead, and WORD_END is checked after it (see
 * `Spelling`).
 */
const LOOSE_WORD_END = '(?![A-Za-z0-9\\u0400-\\u0481\\u0483-\\u04ff]|_[A-Za-z0-9])';

/**
 * A spelling (of a unit or a multiplier) as `(?:pattern)WORD_END` matches
 * it, for a non-CJK one. Its expression ends with LOOSE_WORD_END instead,
 * which every end that WORD_END accepts passes too, so the match it finds
 * comes no later in the engine's order than WORD_END's would: when
 * WORD_END accepts that match's end, it is the same match. When it does
 * not ("5 secé"), the exact expression decides; it is compiled the first
 * time that happens.
 */
export class Spelling {
  private readonly pattern: string;
  private readonly flags: string;
  private readonly cjk: boolean;
  private readonly loose: RegExp;
  private exact: RegExp | undefined;

  constructor(pattern: string, flags: string, cjk: boolean) {
    this.pattern = pattern;
    this.flags = flags;
    this.cjk = cjk;
    this.loose = new RegExp(`(?:${pattern})${cjk ? '' : LOOSE_WORD_END}`, flags);
  }

  /** The length of the spelling at `at`, or -1. */
  lengthAt(text: string, at: number): number {
    this.loose.lastIndex = at;
    const m = this.loose.exec(text);
    if (!m) return -1;
    if (this.cjk) return m[0].length;
    WORD_END_AT.lastIndex = at + m[0].length;
    if (WORD_END_AT.test(text)) return m[0].length;
    this.exact ??= new RegExp(`(?:${this.pattern})${WORD_END}`, this.flags);
    this.exact.lastIndex = at;
    return this.exact.exec(text)?.[0].length ?? -1;
  }
}

interface UnitAlias {
  /** Regular expression source of the spelling. */
  pattern: string;
  unit: keyof typeof UNITS;
  /** Case-insensitive match. Off for one-letter symbols where case carries meaning ("B" bytes, "b" bits). */
  ci?: boolean;
  /** Only directly after the digits ("5m"), never after a space ("5 m" may be metres). */
  attachedOnly?: boolean;
  /** A CJK spelling: needs no word end. */
  cjk?: boolean;
}

const RU_WORD = '[а-яё]*';

/** Every spelling of every unit, in en, ru and zh. The longest match wins. */
export const UNIT_ALIASES: readonly UnitAlias[] = [
  // bytes, English
  { pattern: 'B', unit: 'B' },
  { pattern: 'bytes?', unit: 'B', ci: true },
  { pattern: 'kb|kbytes?|kilobytes?', unit: 'KB', ci: true },
  { pattern: 'kib|kibibytes?', unit: 'KiB', ci: true },
  { pattern: 'mb|mbytes?|megabytes?', unit: 'MB', ci: true },
  { pattern: 'mib|mebibytes?', unit: 'MiB', ci: true },
  { pattern: 'gb|gbytes?|gigabytes?', unit: 'GB', ci: true },
  { pattern: 'gib|gibibytes?', unit: 'GiB', ci: true },
  // bytes, Russian
  { pattern: 'Б', unit: 'B' },
  { pattern: 'байт(?:а|ов|ы|ам|ами|ах)?', unit: 'B', ci: true },
  { pattern: `кб|кбайт|килобайт${RU_WORD}`, unit: 'KB', ci: true },
  { pattern: `киб|кибибайт${RU_WORD}`, unit: 'KiB', ci: true },
  { pattern: `мб|мбайт|мегабайт${RU_WORD}`, unit: 'MB', ci: true },
  { pattern: `миб|мебибайт${RU_WORD}`, unit: 'MiB', ci: true },
  { pattern: `гб|гбайт|гигабайт${RU_WORD}`, unit: 'GB', ci: true },
  { pattern: `гиб|гибибайт${RU_WORD}`, unit: 'GiB', ci: true },
  // bytes, Chinese
  { pattern: '字节', unit: 'B', cjk: true },
  { pattern: '千字节', unit: 'KB', cjk: true },
  { pattern: '兆字节', unit: 'MB', cjk: true },
  { pattern: '吉字节|千兆字节', unit: 'GB', cjk: true },
  // time, English
  { pattern: 'ms', unit: 'ms' },
  { pattern: 'msecs?|milliseconds?', unit: 'ms', ci: true },
  { pattern: 's', unit: 's' },
  { pattern: 'secs?|seconds?', unit: 's', ci: true },
  { pattern: 'm', unit: 'min', attachedOnly: true },
  { pattern: 'mins?|minutes?', unit: 'min', ci: true },
  { pattern: 'h', unit: 'h' },
  { pattern: 'hrs?|hours?', unit: 'h', ci: true },
  { pattern: 'd', unit: 'd' },
  { pattern: 'days?', unit: 'd', ci: true },
  // time, Russian
  { pattern: `мс|мсек|миллисекунд${RU_WORD}`, unit: 'ms', ci: true },
  // "с" is also the preposition "with": "в 2 с лишним раза" is not two seconds.
  { pattern: 'с(?![ \\u00a0]+(?:лишним|лишком|половиной|небольшим|гаком|копейками))', unit: 's' },
  { pattern: `сек|секунд${RU_WORD}`, unit: 's', ci: true },
  { pattern: `мин|минут${RU_WORD}`, unit: 'min', ci: true },
  { pattern: 'ч', unit: 'h' },
  { pattern: `час(?:а|у|е|ам|ами|ах|ов${RU_WORD})?`, unit: 'h', ci: true },
  { pattern: `день|дня|дней|дню|дням|днях|днями|дне|дн\\.?|д\\.|сутки|суток|суткам|сутках|дневн${RU_WORD}`, unit: 'd', ci: true },
  // time, Chinese
  { pattern: '毫秒', unit: 'ms', cjk: true },
  { pattern: '秒钟|秒', unit: 's', cjk: true },
  // "分" is a minute, but not in "五分之一" (a fifth) or "一分钱" (a cent).
  { pattern: '分钟|分(?![之钱数析配享别类支布割成片页])', unit: 'min', cjk: true },
  { pattern: '个?小时|个?钟头', unit: 'h', cjk: true },
  { pattern: '天', unit: 'd', cjk: true },
  // German, French and Spanish, for catalogs that add those languages (ASCII-equal spellings are above).
  { pattern: 'millisekunden?|millisecondes?|milisegundos?', unit: 'ms', ci: true },
  { pattern: 'sekunden?|sek\\.|secondes?|segundos?|seg\\.', unit: 's', ci: true },
  { pattern: 'minuten|minutos?', unit: 'min', ci: true },
  { pattern: 'stunden?|std\\.|heures?|horas?', unit: 'h', ci: true },
  { pattern: 'tage?n?|jours?|d[ií]as?', unit: 'd', ci: true },
  { pattern: 'octets?', unit: 'B', ci: true },
  { pattern: 'Ko|ko', unit: 'KB' },
  { pattern: 'Mo', unit: 'MB' },
];

interface CompiledAlias extends UnitAlias {
  spelling: Spelling;
}

const COMPILED_ALIASES: readonly CompiledAlias[] = UNIT_ALIASES.map((alias) => ({ ...alias, spelling: new Spelling(alias.pattern, alias.ci ? 'iuy' : 'uy', !!alias.cjk) }));
/** Every spelling at once, case-insensitive and without the word end: where it fails, no spelling matches. */
const ANY_UNIT = new RegExp(UNIT_ALIASES.map((a) => `(?:${a.pattern})`).join('|'), 'iuy');

interface UnitMatch {
  unit: string;
  end: number;
}

/**
 * The unit spelled at `at`, longest spelling first. `attached` says whether
 * it touches the digits; `cjkOnly` restricts to Chinese spellings (after
 * Chinese numerals); `minLength` excludes one-letter symbols.
 */
function matchUnit(
  text: string,
  at: number,
  attached: boolean,
  options: { cjkOnly?: boolean; minLength?: number } = {},
): UnitMatch | null {
  ANY_UNIT.lastIndex = at;
  if (!ANY_UNIT.test(text)) return null;
  let best: UnitMatch | null = null;
  for (const alias of COMPILED_ALIASES) {
    if (alias.attachedOnly && !attached) continue;
    if (options.cjkOnly && !alias.cjk) continue;
    const length = alias.spelling.lengthAt(text, at);
    if (length <= 0) continue;
    if (options.minLength !== undefined && length < options.minLength) continue;
    const end = at + length;
    if (!best || end > best.end) best = { unit: alias.unit, end };
  }
  return best;
}

// ---------------------------------------------------------------------------
// Multipliers, number words, Chinese numerals
// ---------------------------------------------------------------------------

interface Multiplier {
  pattern: string;
  /** Power of ten. */
  exponent: number;
  cjk?: boolean;
}

/** Words that multiply the number before them: "5万" = 50000, "2 млн" = 2000000. */
export const MULTIPLIERS: readonly Multiplier[] = [
  { pattern: '亿', exponent: 8, cjk: true },
  { pattern: '千万', exponent: 7, cjk: true },
  { pattern: '百万', exponent: 6, cjk: true },
  { pattern: '十万', exponent: 5, cjk: true },
  { pattern: '万', exponent: 4, cjk: true },
  { pattern: '千', exponent: 3, cjk: true },
  { pattern: '百', exponent: 2, cjk: true },
  { pattern: 'thousand', exponent: 3 },
  { pattern: 'million', exponent: 6 },
  { pattern: 'billion', exponent: 9 },
  { pattern: `тыс\\.?|тысяч${RU_WORD}`, exponent: 3 },
  { pattern: `млн\\.?|миллион${RU_WORD}`, exponent: 6 },
  { pattern: `млрд\\.?|миллиард${RU_WORD}`, exponent: 9 },
];

const COMPILED_MULTIPLIERS = MULTIPLIERS.map((m) => ({ ...m, spelling: new Spelling(m.pattern, 'iuy', !!m.cjk) }));

function matchMultiplier(text: string, at: number): { exponent: number; end: number } | null {
  let best: { exponent: number; end: number } | null = null;
  for (const m of COMPILED_MULTIPLIERS) {
    const length = m.spelling.lengthAt(text, at);
    if (length <= 0) continue;
    const end = at + length;
    if (!best || end > best.end) best = { exponent: m.exponent, end };
  }
  return best;
}

/** What skipGap may skip, loosely: any run of its spaces, asterisks and line breaks, or one hyphen. */
const LOOSE_GAP = '(?:[-\\u2011]|[ \\t\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000*\\n]*)';
const NUMBER_WORD_ALTERNATIVES = `(?:${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** A Chinese numeral character, then a Chinese unit: what `readChinese` needs. */
const CHINESE_QUANTITY = new RegExp(`[${NUMERAL_CHARS}]${LOOSE_GAP}(?:${UNIT_ALIASES.filter((a) => a.cjk).map((a) => a.pattern).join('|')})`, 'u');
/**
 * A digit that may start a number: not after a letter of a spaced script,
 * a mark or a digit (there `readArabic` skips the word: "Base64", "v2",
 * "ERROR_404" after its "_" still counts, as "_" may close emphasis).
 * Masking a printf placeholder can leave a digit after nothing ("%d5"):
 * mayHoldQuantity does not ask this of a text with a "%".
 */
const NUMBER_START = new RegExp(`(?<!${SPACED_LETTER}|[\\p{M}\\p{N}])[0-9\\uff10-\\uff19]`, 'u');
/** A number word anywhere, even inside a word (which masking a printf placeholder before it may leave at a word start). Without the `u` flag it matches in any case as `readWord`'s lower-casing does. */
const NUMBER_WORD_ANYWHERE = new RegExp(NUMBER_WORD_ALTERNATIVES, 'i');
/** A number word, then a unit: what `readWord` needs. */
const NUMBER_WORD_QUANTITY = new RegExp(`${NUMBER_WORD_ALTERNATIVES}${LOOSE_GAP}(?:${ANY_UNIT.source})`, 'iu');

/**
 * Whether `scan` can find a quantity in the text, loosely: a digit that
 * may start a number, a Chinese numeral before a Chinese unit, or a number
 * word before a unit.
 * It accepts everything `scan` reads a quantity from, and more; most texts
 * have none of the three, and for them the one pass of `textFlags` is all
 * the reading there is. The expressions are built from the tables `scan`
 * uses, so the two cannot drift apart.
 */
function mayHoldQuantity(text: string): boolean {
  const flags = textFlags(text);
  if (flags & DIGIT && (flags & PERCENT || NUMBER_START.test(text))) return true;
  if (flags & CHINESE_NUMERAL && CHINESE_QUANTITY.test(text)) return true;
  if ((flags & NUMBER_WORD || (flags & PERCENT && NUMBER_WORD_ANYWHERE.test(text))) && NUMBER_WORD_QUANTITY.test(text)) return true;
  return (flags & FULL_WIDTH_LETTER) !== 0 && mayHoldQuantity(normalizeWidth(text));
}

function isChineseNumeralChar(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || CHINESE_SMALL_UNITS.has(ch) || CHINESE_LARGE_UNITS.has(ch);
}

/** A Chinese numeral starts with a digit or 十 ("十五"); "万一" (in case) or "百分之" do not start one. */
function startsChineseNumeral(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || ch === '十';
}

/**
 * The value of a Chinese numeral such as "两", "十五", "三十", "一百零五",
 * "一万五千", or null when it is not a well-formed numeral ("两三" is
 * "two or three", not a number).
 */
export function parseChineseNumeral(numeral: string): number | null {
  if (numeral.length === 0) return null;
  let total = 0; // completed 万/亿 groups
  let section = 0; // below 万
  let digit: number | null = null; // pending digit
  let sawAnything = false;
  for (const ch of numeral) {
    if (ch === '零' || ch === '〇') {
      // A place holder ("一百零五"); alone it is zero.
      digit = null;
      sawAnything = true;
      continue;
    }
    const digitValue = CHINESE_DIGITS.get(ch);
    const small = CHINESE_SMALL_UNITS.get(ch);
    if (digitValue !== undefined) {
      if (digit !== null) return null;
      digit = digitValue;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (CHINESE_LARGE_UNITS.has(ch)) {
      const group = section + (digit ?? 0);
      if (ch === '亿') total = (total + (group || (total === 0 ? 1 : 0))) * 1e8;
      else total += (group || 1) * 1e4;
      section = 0;
      digit = null;
    } else {
      return null;
    }
    sawAnything = true;
  }
  return sawAnything ? total + section + (digit ?? 0) : null;
}

// ---------------------------------------------------------------------------
// Number reader
// ---------------------------------------------------------------------------

interface NumberStyle {
  /** The locale writes decimals with a comma ("0,5"). */
  decimalComma: boolean;
  /** The locale groups thousands with a space, so a plain space may group digits ("50 000"). */
  spaceGrouping: boolean;
}

const styleCache = new Map<string, NumberStyle>();

/** How a locale writes numbers, from Intl; an unknown locale reads like English. */
export function numberStyle(locale: string): NumberStyle {
  const cached = styleCache.get(locale);
  if (cached) return cached;
  let decimal = '.';
  let group = ',';
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    group = parts.find((p) => p.type === 'group')?.value ?? ',';
  } catch {
    // Not a valid BCP 47 tag: read like English.
  }
  const style = { decimalComma: decimal === ',', spaceGrouping: /^\s$/u.test(group) };
  if (styleCache.size < 100) styleCache.set(locale, style);
  return style;
}

/** No-break, narrow no-break, thin and other fixed spaces group digits in any locale. */
const FIXED_SPACES = new Set(['\u00a0', '\u202f', '\u2009', '\u2007', '\u2008', '\u200a']);

function isDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

function digitRunEnd(text: string, at: number): number {
  let i = at;
  while (isDigit(text, i)) i++;
  return i;
}

/** True when `text` has exactly three digits at `at`, not followed by a fourth. */
function isGroupOfThree(text: string, at: number): boolean {
  return isDigit(text, at) && isDigit(text, at + 1) && isDigit(text, at + 2) && !isDigit(text, at + 3);
}

interface ReadNumber {
  /** Digits with an optional "." before the fraction, e.g. "50000" or "1234.5". */
  digits: string;
  end: number;
}

/**
 * Reads the number whose first digit is at `at`, with the separators of
 * `style`. Thousands separators: "," (en), "." followed by groups of three
 * (ru, de), fixed-width spaces in any locale, a plain space where the locale
 * groups with spaces. A single "," or "." followed by exactly three digits
 * is a thousands separator unless it is "." in a "."-decimal locale
 * (en "1.500" = 1.5) or the integer part is 0 ("0,500" = 0.5). So in
 * comma-decimal locales both "50,000" and "50.000" are 50000: translators
 * often keep the source's "50,000". Any other "," or "." before digits is a
 * decimal mark ("0,5", "1.5", in any locale).
 */
function readNumber(text: string, at: number, style: NumberStyle): ReadNumber {
  const intEnd = digitRunEnd(text, at);
  const lead = text.slice(at, intEnd);
  let digits = lead;
  let end = intEnd;
  let groupSep: string | null = null;

  const sep = text[intEnd] ?? '';
  const canGroup =
    lead.length <= 3 &&
    lead[0] !== '0' &&
    (sep === ',' || sep === '.' || FIXED_SPACES.has(sep) || (sep === ' ' && style.spaceGrouping));
  if (canGroup) {
    let k = intEnd;
    const groups: string[] = [];
    while (text[k] === sep && isGroupOfThree(text, k + 1)) {
      groups.push(text.slice(k + 1, k + 4));
      k += 4;
    }
    if (groups.length > 0) {
      let accept: boolean;
      if (sep !== ',' && sep !== '.') accept = true; // a space only ever groups
      else if (groups.length >= 2) accept = true; // "1.000.000" cannot be a decimal
      else {
        const other = sep === ',' ? '.' : ',';
        if (text[k] === other && isDigit(text, k + 1)) accept = true; // "1,000.5", "1.000,5"
        else if (sep === ',') accept = true; // "50,000": en grouping, ru kept from the source
        else accept = style.decimalComma; // "50.000": de/ru grouping, en decimal
      }
      if (accept) {
        digits = lead + groups.join('');
        end = k;
        groupSep = sep;
      }
    }
  }

  // The fraction: after "," grouping a "."; after "." grouping a ","; else either
  // (a "," not followed by a group of three cannot group, so "0,5 MB" is 0.5 MB in any locale).
  const mark = text[end] ?? '';
  const decimalAllowed = groupSep === ',' ? mark === '.' : groupSep === '.' ? mark === ',' : mark === '.' || mark === ',';
  if (decimalAllowed && isDigit(text, end + 1)) {
    const fracEnd = digitRunEnd(text, end + 1);
    digits += '.' + text.slice(end + 1, fracEnd);
    end = fracEnd;
  }
  return { digits, end };
}

/** Multiplies a decimal digit string by 10^exponent without floating-point error. */
function shiftDecimal(digits: string, exponent: number): string {
  if (exponent === 0) return digits;
  const [int = '', frac = ''] = digits.split('.');
  const padded = frac.padEnd(exponent, '0');
  const rest = padded.slice(exponent);
  return int + padded.slice(0, exponent) + (rest ? '.' + rest : '');
}

// ---------------------------------------------------------------------------
// Masker
// ---------------------------------------------------------------------------

/** What masked text is replaced with: neither letter, digit nor space. */
export const MASK = '\ufffc';

/**
 * Maps full-width digits, Latin letters and the full-width full stop to
 * ASCII ("５０ＫＢ" → "50KB"), keeping the length. The full-width comma is
 * left alone: in Chinese it separates clauses and list items ("400，500").
 */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Masks are collected as ranges and applied only when a step needs the text
 * as masked so far (`current()`): most texts need few masks or none.
 */
function masker(text: string): { mask: MaskFn; current(): string } {
  const ranges: number[] = [];
  let applied = 0; // how much of `ranges` is in `masked`
  let masked = text;
  return {
    mask(from, to) {
      if (to > from) ranges.push(from, to);
    },
    current() {
      if (applied < ranges.length) masked = applyMasks(masked, ranges.slice(applied));
      applied = ranges.length;
      return masked;
    },
  };
}

/*
 * Masking replaces everything that is not prose with `MASK` (newlines are
 * kept), keeping the text's length, in two steps: `maskCode` (fenced code
 * blocks, inline code spans), then `maskBeyondCode` (HTML comments and
 * tags, autolinks, link destinations and reference definitions, bare URLs
 * and e-mail addresses, `{placeholders}` (balanced, so ICU messages go
 * whole), printf-style `%s`/`%1$d`, HTML entities, ordered-list markers at
 * line start ("1. ") and table cells that hold only such a marker). The
 * reader looks between the two, as most digits in catalog texts are in code.
 */

/** `text` with its code masked: fenced code blocks, then inline code spans. */
function maskCode(text: string): string {
  if (!text.includes('`') && !text.includes('~~~')) return text;
  const { mask, current } = masker(text);
  if (text.includes('```') || text.includes('~~~')) maskFencedCode(text, mask);
  if (text.includes('`')) maskCodeSpans(current(), mask);
  return current();
}

/** The other masks: `text` has its code masked. */
function maskBeyondCode(text: string): string {
  const { mask, current } = masker(text);
  // Each step runs only when the text holds a character its pattern needs.
  const has = (part: string): boolean => text.includes(part);

  for (const [needs, re] of EARLY_MASKS) if (has(needs)) maskAll(current(), re, mask);
  if (has('](')) maskLinkDestinations(current(), mask);
  if (has('://') || has('www.') || has('@')) maskUrls(current(), mask);
  if (has('{')) maskBraces(current(), mask);
  for (const [needs, re] of LATE_MASKS) if (has(needs)) maskAll(current(), re, mask);
  if (ASCII_DIGIT.test(text)) maskListMarkers(current(), mask);
  return current();
}

/** Masked before link destinations, URLs and placeholders, each with what the text must hold for it to match. */
const EARLY_MASKS: readonly [string, RegExp][] = [
  ['<!--', /<!--[\s\S]*?(?:-->|$)/g], // HTML comment
  ['<', /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/g], // autolink
  ['<', /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g], // HTML tag
  [']:', /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm], // link reference definition
  ['[^', /\[\^[^\]\n]*\]/g], // footnote reference
  ['][', /\]\[[^\]\n]*\]/g], // reference link label
];
/** Masked after them. */
const LATE_MASKS: readonly [string, RegExp][] = [
  ['%', /%(?:\d+\$)?(?:\([A-Za-z_]\w*\))?[sdif@]/g], // printf placeholder
  ['$t(', /\$t\([^)\n]*\)/g], // i18next nesting
  ['&', /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g], // HTML entity
];

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

const ASCII_DIGIT = /[0-9]/;

type MaskFn = (from: number, to: number) => void;

function maskAll(text: string, re: RegExp, mask: MaskFn): void {
  for (const m of text.matchAll(re)) mask(m.index, m.index + m[0].length);
}

function maskFencedCode(text: string, mask: MaskFn): void {
  let fence: { char: string; length: number } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (fence) {
      mask(lineStart, lineEnd);
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      // A backtick fence's info string may not contain a backtick.
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
        mask(lineStart, lineEnd);
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
}

/**
 * CommonMark code spans: a run of n backticks up to the next run of exactly
 * n backticks. An opening run after an odd number of backslashes is literal.
 */
function maskCodeSpans(text: string, mask: MaskFn): void {
  const runs: { start: number; length: number; escaped: boolean }[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let end = i;
    while (text[end] === '`') end++;
    let backslashes = 0;
    for (let b = i - 1; b >= 0 && text[b] === '\\'; b--) backslashes++;
    runs.push({ start: i, length: end - i, escaped: backslashes % 2 === 1 });
    i = end;
  }
  // Indices of the runs of each length, to find the next run of the same length quickly.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length) ?? [];
    list.push(index);
    byLength.set(run.length, list);
  });
  const cursor = new Map<number, number>();
  let coveredUntil = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    if (run.start < coveredUntil || run.escaped) continue;
    const list = byLength.get(run.length)!;
    let k = cursor.get(run.length) ?? 0;
    while (k < list.length && list[k]! <= index) k++;
    cursor.set(run.length, k);
    if (k === list.length) continue; // no closing run: the backticks are literal
    const closing = runs[list[k]!]!;
    mask(run.start, closing.start + closing.length);
    coveredUntil = closing.start + closing.length;
  }
}

/**
 * For each `open` character, the index of its matching `close` (-1 when
 * unmatched), in one pass. Backslash-escaped characters do not count.
 */
function matchPairs(text: string, open: string, close: string): Int32Array {
  const partner = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === open) stack.push(i);
    else if (ch === close && stack.length > 0) partner[stack.pop()!] = i;
  }
  return partner;
}

/** Longest span a link destination or placeholder may have; longer pairs are prose. */
const MAX_SPAN = 2048;

/** `[text](destination "title")`: the destination and title go, the text stays. */
function maskLinkDestinations(text: string, mask: MaskFn): void {
  const partner = matchPairs(text, '(', ')');
  for (let open = text.indexOf('](', 0); open !== -1; open = text.indexOf('](', open + 1)) {
    const close = partner[open + 1]!;
    if (close === -1 || close - open > MAX_SPAN || text.slice(open, close).includes('\n\n')) continue;
    mask(open + 1, close + 1);
  }
}

/** Bare URLs and e-mail addresses. A URL ends at a space, a non-ASCII character or trailing punctuation. */
function maskUrls(text: string, mask: MaskFn): void {
  const url = /\b(?:[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/|www\.)[!#-;=?-~]+/g;
  for (const m of text.matchAll(url)) {
    let found = m[0];
    // Trailing punctuation belongs to the sentence; a ")" only if unbalanced.
    while (/[.,;:!?'"*_\]]$/.test(found) || (found.endsWith(')') && count(found, '(') < count(found, ')'))) {
      found = found.slice(0, -1);
    }
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

/** Balanced `{...}` groups: `{maxBytes}`, `{{count}}`, ICU `{n, plural, one {# second} other {# seconds}}`. */
function maskBraces(text: string, mask: MaskFn): void {
  const partner = matchPairs(text, '{', '}');
  let coveredUntil = 0;
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    const close = partner[open]!;
    if (open < coveredUntil || close === -1 || close - open > MAX_SPAN) continue;
    mask(open, close + 1);
    coveredUntil = close + 1;
  }
}

/**
 * Ordered-list markers ("1. ", "2) ") at line start, also after a block
 * quote, bullet or heading marker, and table cells holding only such an
 * ordinal ("| 1. |"): they number lines, they state no amount.
 */
function maskListMarkers(text: string, mask: MaskFn): void {
  const marker = /^((?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+)?(?:#{1,6}[ \t]+)?)(\d{1,9}[.)])(?=[ \t]|$)/gm;
  for (const m of text.matchAll(marker)) {
    const from = m.index + m[1]!.length;
    mask(from, from + m[2]!.length);
  }
  const cell = /(?<=\|)([ \t]*)(\d{1,9}[.)])(?=[ \t]*\|)/g;
  for (const m of text.matchAll(cell)) {
    const from = m.index + m[1]!.length;
    mask(from, from + m[2]!.length);
  }
}

// ---------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------

const SPACED_LETTER_RE = new RegExp(SPACED_LETTER, 'u');
const MARK_OR_NUMBER_RE = /[\p{M}\p{N}_]/u;

/** A character that continues a word of a spaced script: letters (not CJK), marks, digits, "_". */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return SPACED_LETTER_RE.test(ch) || MARK_OR_NUMBER_RE.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && SPACED_LETTER_RE.test(ch);
}

/** isLetter(charAt(text, at)), answered without a regular expression for ASCII and CJK ideographs. */
function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x3400 && c <= 0x9fff) return false; // CJK ideographs and hexagrams: no letter of a spaced script
  return isLetter(charAt(text, at));
}

/** The code point ending just before `at`, as a string (handles surrogate pairs). */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** The code point starting at `at`, as a string. */
function charAt(text: string, at: number): string | undefined {
  if (at >= text.length) return undefined;
  const cp = text.codePointAt(at);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * True when the run of "_" just before `at` (direction -1) or from `at` on
 * (direction 1) is emphasis ("_30 s_", "__50__"), not part of an
 * identifier ("ERROR_404"): no word character on its far side.
 */
function emphasisUnderscores(text: string, at: number, direction: -1 | 1): boolean {
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
function wordEnd(text: string, at: number): number {
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
function skipGap(text: string, at: number): { at: number; attached: boolean; hyphen: boolean } {
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

/** After "3-" these Russian endings make an ordinal ("3-й", "2-го"): not an amount. */
const RU_ORDINAL_SUFFIX = /^-(?:й|я|е|го|му|м|ом|ой|ый|ий|ая|ое|ую|ю|ые|ых)(?![а-яё])/iu;

interface RawQuantity {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  /** A bare Arabic number, eligible for taking the unit of a range's end ("5–10 seconds"). */
  rangeStart: boolean;
}

/** Connects the two ends of a range: "5–10 s", "5 to 10 s", "от 5 до 10 с", "5至10秒". */
const RANGE_CONNECTOR = /^[ \t\u00a0\u202f\u2009]*(?:-|–|—|~|～|〜|to|or|до|или|至|到|或)[ \t\u00a0\u202f\u2009]*$/iu;
/** "and" connects a range only after "between": "between 5 and 10 s", but not "100 and 100 bytes". */
const AND_CONNECTOR = /^[ \t\u00a0\u202f\u2009]*(?:and|и)[ \t\u00a0\u202f\u2009]*$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|между)[ \t\u00a0\u202f\u2009]+$/iu;

/** Characters before a Chinese numeral that make it an ordinal or a vague amount: 第 (n-th), 每 (every), 几/数 (several). */
const CHINESE_NOT_AMOUNT_BEFORE = new Set(['第', '每', '几', '数']);

/** What a text without quantities holds: one shared, frozen empty list. */
export const NO_QUANTITIES: readonly Quantity[] = Object.freeze([]);

/** Reads every quantity a Markdown text states. See the file comment. Never throws on a string. */
export function readQuantities(markdown: string, locale: string): readonly Quantity[] {
  return read(markdown, locale, true);
}

/** readQuantities without its quick looks (`mayHoldQuantity`): the tests hold those looks to what the whole reading finds. */
export function readQuantitiesWithoutLooking(markdown: string, locale: string): readonly Quantity[] {
  return read(markdown, locale, false);
}

function read(markdown: string, locale: string, look: boolean): readonly Quantity[] {
  if (typeof markdown !== 'string' || markdown.length === 0 || (look && !mayHoldQuantity(markdown))) return NO_QUANTITIES;
  const wide = normalizeWidth(markdown);
  const code = maskCode(wide);
  // Most digits in catalog texts are in code ("`errorId` set to `1`"): a text that holds nothing like a quantity outside its code needs no more masking.
  if (look && code !== wide && !mayHoldQuantity(code)) return NO_QUANTITIES;
  const text = maskBeyondCode(code);
  // Often the only digits were in a link.
  if (look && !mayHoldQuantity(text)) return NO_QUANTITIES;
  const style = numberStyle(typeof locale === 'string' ? locale : 'en');
  const found = scan(text, style);
  propagateRangeUnits(text, found);
  const quantities: Quantity[] = [];
  for (const q of found) {
    if (!Number.isFinite(q.value)) continue;
    quantities.push(toQuantity(markdown, q));
  }
  return quantities.length ? quantities : NO_QUANTITIES;
}

function scan(text: string, style: NumberStyle): RawQuantity[] {
  const found: RawQuantity[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isDigit(text, i)) {
      i = readArabic(text, i, style, found);
    } else if (ch === '.' && isDigit(text, i + 1) && !isWordChar(charBefore(text, i)) && charBefore(text, i) !== '.') {
      // ".5 s": a fraction without its leading zero.
      i = readArabic(text, i, style, found);
    } else if (startsChineseNumeral(ch)) {
      i = readChinese(text, i, found);
    } else if (isLetterAt(text, i)) {
      i = readWord(text, i, found);
    } else {
      i += ch.length;
    }
  }
  return found;
}

const DOTTED = /\d+(?:\.\d+){2,}/y;
/** Words after a number that make it a count of times, not a quantity. */
const FREQUENCY_AFTER = /^[\s\u00a0]?(?:раза?(?![\p{L}])|次|times?\b)/iu;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/** Reads the number at `start` (a digit, or "." before digits); returns where scanning resumes. */
function readArabic(text: string, start: number, style: NumberStyle, found: RawQuantity[]): number {
  const before = charBefore(text, start);
  const beforeThat = charBefore(text, start - (before?.length ?? 0));
  const skip = (): number => Math.max(wordEnd(text, start), start + 1);

  // Part of a word or identifier: "api2", "v3", "ERROR_404" (but "_30 s_" is emphasis).
  if (isWordChar(before) && !(before === '_' && emphasisUnderscores(text, start, -1))) return skip();
  // "HTTP/2", "UTF-8", "SHA-256", "x.5": a separator between word characters.
  if ((before === '/' || before === '\\' || before === '.' || before === ',') && isWordChar(beforeThat)) return skip();
  if (before === '-' && isLetter(beforeThat)) return skip(); // "5-10" is a range, "UTF-8" a name
  if (before === '第') return skip(); // "第5次": an ordinal

  // A version: three or more dot-separated parts that are not thousands groups ("2.0.1", "10.0.0.1").
  DOTTED.lastIndex = start;
  const version = DOTTED.exec(text);
  if (version && !DOT_GROUPED.test(version[0])) return skip();

  let digits: string;
  let end: number;
  if (text[start] === '.') {
    const fracEnd = digitRunEnd(text, start + 1);
    digits = '0' + text.slice(start, fracEnd);
    end = fracEnd;
  } else {
    ({ digits, end } = readNumber(text, start, style));
  }

  // A multiplier, then a unit: "50 KB", "5万", "1,5 тыс. байт", "50KB".
  let unit: UnitMatch | null = null;
  let gap = skipGap(text, end);
  unit = matchUnit(text, gap.at, gap.attached);
  if (!unit) {
    const multiplier = gap.hyphen ? null : matchMultiplier(text, gap.at);
    if (multiplier) {
      digits = shiftDecimal(digits, multiplier.exponent);
      end = multiplier.end;
      gap = skipGap(text, end);
      unit = matchUnit(text, gap.at, gap.attached);
    }
  }
  if (unit) {
    found.push({ start, end: unit.end, value: Number(digits), unit: unit.unit, rangeStart: false });
    return unit.end;
  }

  // No unit. A letter right after the digits makes it part of a word: "2FA", "5xx", "404th".
  const after = charAt(text, end);
  if (isWordChar(after) && !(after === '_' && emphasisUnderscores(text, end, 1))) return Math.max(wordEnd(text, end), end + 1);
  // A dotted name: "2.x", "1.js".
  if ((after === '.' || after === ',') && isLetter(charAt(text, end + 1))) return Math.max(wordEnd(text, end + 1), end + 1);
  // A Russian ordinal: "3-й", "2-го".
  if (after === '-' && RU_ORDINAL_SUFFIX.test(text.slice(end, end + 4))) return Math.max(wordEnd(text, end + 1), end + 1);
  // "Once" and "twice", which other languages write in words: "1 раз в 2 секунды", "1次", "2 times".
  // Larger counts ("3 раза") stay, so that "retry 3 times" against "5 раз" is caught.
  if ((digits === '1' || digits === '2') && FREQUENCY_AFTER.test(text.slice(end, end + 8))) return end;

  found.push({ start, end, value: Number(digits), unit: null, rangeStart: true });
  return end;
}

/** Reads a Chinese numeral at `start`; it is a quantity only with a unit ("两分钟"), so "一次" or "统一" are not. */
function readChinese(text: string, start: number, found: RawQuantity[]): number {
  let end = start;
  while (end < text.length && isChineseNumeralChar(text[end]!)) end++;
  const before = charBefore(text, start);
  if ((before !== undefined && CHINESE_NOT_AMOUNT_BEFORE.has(before)) || isDigit(text, start - 1)) return end;

  // "三千字节" reads as 3 千字节 (KB), like "3千字节".
  let numeralEnd = end;
  if (end - start >= 2 && text[end - 1] === '千' && text.startsWith('字节', end)) numeralEnd = end - 1;

  const value = parseChineseNumeral(text.slice(start, numeralEnd));
  if (value === null) return end;
  const gap = skipGap(text, numeralEnd);
  if (gap.hyphen) return end;
  const unit = matchUnit(text, gap.at, gap.attached, { cjkOnly: true });
  // A bare "分" after a Chinese numeral is rarely a minute: "十分" means "very", "三点十分" is a clock time.
  if (!unit || text.slice(gap.at, unit.end) === '分') return end;
  found.push({ start, end: unit.end, value, unit: unit.unit, rangeStart: false });
  return unit.end;
}

const LETTERS = new RegExp(`${SPACED_LETTER}+`, 'uy');

/** Reads a word at `start`: a number word followed by a unit ("two minutes"), else skips the word. */
function readWord(text: string, start: number, found: RawQuantity[]): number {
  const end = Math.max(wordEnd(text, start), start + 1);
  // Number words are Latin or Cyrillic: a word that does not start as one does is skipped at once.
  if (!startsLikeNumberWord(text, start)) return end;
  if (isWordChar(charBefore(text, start))) return end;
  LETTERS.lastIndex = start;
  const word = LETTERS.exec(text)?.[0] ?? '';
  const value = NUMBER_WORDS.get(word.toLowerCase());
  if (value === undefined || isWordChar(charAt(text, start + word.length))) return end;
  const gap = skipGap(text, start + word.length);
  if (gap.attached) return end;
  const unit = matchUnit(text, gap.at, false, { minLength: 2 });
  if (!unit) return end;
  found.push({ start, end: unit.end, value, unit: unit.unit, rangeStart: false });
  return unit.end;
}

/** "5–10 seconds": the bare start of a range takes the unit of its end. */
function propagateRangeUnits(text: string, found: RawQuantity[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const first = found[k]!;
    const second = found[k + 1]!;
    if (!first.rangeStart || first.unit !== null || second.unit === null) continue;
    const between = text.slice(first.end, second.start);
    const isRange =
      RANGE_CONNECTOR.test(between) ||
      (AND_CONNECTOR.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)));
    if (isRange) first.unit = second.unit;
  }
}

function toQuantity(input: string, q: RawQuantity): Quantity {
  const definition = q.unit === null ? undefined : UNITS[q.unit];
  const base = definition
    ? { decimal: q.value * definition.decimal, binary: q.value * definition.binary }
    : { decimal: q.value, binary: q.value };
  return {
    raw: input.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: q.value,
    unit: q.unit,
    dimension: definition ? definition.dimension : 'none',
    base,
    ambiguousBase: definition ? definition.decimal !== definition.binary : false,
  };
}
