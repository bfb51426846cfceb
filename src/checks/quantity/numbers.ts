/**
 * Numbers as each locale writes them: digits with the locale's separators
 * ("50,000", "50 000", "0,5"), and Chinese numerals ("两", "一百零五").
 */
import { CHINESE_DIGITS, CHINESE_LARGE_UNITS, CHINESE_SMALL_UNITS } from '../../catalog/text/number-words.ts';
import { isDigit } from './chars.ts';

export interface NumberStyle {
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

export function digitRunEnd(text: string, at: number): number {
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
export function readNumber(text: string, at: number, style: NumberStyle): ReadNumber {
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
export function shiftDecimal(digits: string, exponent: number): string {
  if (exponent === 0) return digits;
  const [int = '', frac = ''] = digits.split('.');
  const padded = frac.padEnd(exponent, '0');
  const rest = padded.slice(exponent);
  return int + padded.slice(0, exponent) + (rest ? '.' + rest : '');
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
