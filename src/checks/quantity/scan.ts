/**
 * The walk over a text's prose that finds its quantities: numbers in
 * digits (with the locale's separators), Chinese numerals, and numbers in
 * words (words.ts), each with an optional multiplier and unit. A number
 * that is part of a word or an identifier (`v2`, `base64`, `ERROR_404`,
 * `HTTP/2`, `2.0.1`) is skipped. Nothing here throws on any string: every
 * index access is bounds-checked and every regular expression is linear.
 */
import { AMOUNT_LEADS, AMOUNT_WORDS, CHINESE_DIGITS, CHINESE_LARGE_UNITS, CHINESE_SMALL_UNITS, languageOf, NUMBER_WORDS } from '../../catalog/text/number-words.ts';
import { charAt, charBefore, emphasisUnderscores, isDigit, isLetter, isWordChar, skipGap, SPACED_LETTER, wordEnd } from './chars.ts';
import { digitRunEnd, numberStyle, parseChineseNumeral, readNumber, shiftDecimal, type NumberStyle } from './numbers.ts';
import { matchMultiplier, matchUnit, type UnitMatch } from './units.ts';
import { readWord, type RawQuantity } from './words.ts';

/** Finds the quantities of `text` (prose, masked), read as the locale `tag` writes numbers and words; when not `soft`, it may leave out soft ones. */
export function scan(text: string, tag: string, soft: boolean): RawQuantity[] {
  const found: RawQuantity[] = [];
  const lang = languageOf(tag);
  let style: NumberStyle | undefined; // asked of Intl only for a text with digits
  const starts = startsIn(lang, soft);
  starts.lastIndex = 0;
  // From one place a number may start to the next; each reader says where to go on from.
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    let next: number;
    if (isDigit(text, i)) next = readArabic(text, i, (style ??= numberStyle(tag)), found);
    else if (ch === '.') next = !isWordChar(charBefore(text, i)) && charBefore(text, i) !== '.' ? readArabic(text, i, (style ??= numberStyle(tag)), found) : i + 1; // ".5 s": a fraction without its leading zero
    else if (startsChineseNumeral(ch)) next = readChinese(text, i, found, lang);
    else next = readWord(text, i, found, lang);
    starts.lastIndex = Math.max(next, i + 1);
  }
  propagateRangeUnits(text, found);
  return found;
}

const STARTS = new Map<string, RegExp>();
/** A word's readings that are all soft: it is one or none ("one", "a", "ein"). */
const softOnly = (value: number): boolean => value === 0 || value === 1;
const wordsOf = (table: Readonly<Record<string, ReadonlyMap<string, number | { value: number }>>>, lang: string, soft: boolean): string[] =>
  [...(table[lang] ?? new Map<string, number>())].filter(([, v]) => soft || !softOnly(typeof v === 'number' ? v : v.value)).map(([w]) => w);

/** The words of every language that may state a hard quantity: before a unit (leads), or alone (amounts). */
export const HARD_WORD_LIST = {
  leads: Object.keys({ ...NUMBER_WORDS, ...AMOUNT_LEADS }).flatMap((lang) => [...wordsOf(NUMBER_WORDS, lang, false), ...wordsOf(AMOUNT_LEADS, lang, false)]),
  amounts: Object.keys(AMOUNT_WORDS).flatMap((lang) => wordsOf(AMOUNT_WORDS, lang, false)),
};

/**
 * Where a number may start in a text of language `lang`: a digit, "." before
 * a digit, a Chinese numeral or 半, or a whole word of the language that may
 * state a number ("a" and "an" only before a unit of time); unless `soft`,
 * only the words that may state a hard one.
 */
function startsIn(lang: string, soft: boolean): RegExp {
  const key = `${lang}|${soft}`;
  let re = STARTS.get(key);
  if (!re) {
    const words = [...wordsOf(NUMBER_WORDS, lang, soft), ...wordsOf(AMOUNT_WORDS, lang, soft), ...wordsOf(AMOUNT_LEADS, lang, soft).filter((w) => w.length > 2)];
    if (soft && AMOUNT_LEADS[lang]?.has('a')) words.push('an?(?=[\\s*]+(?:second|minute|hour|day))');
    const notWord = `${SPACED_LETTER}|[\\p{M}\\p{N}_]`;
    const wordStart = words.length ? `|(?<!${notWord})(?:${words.sort((a, b) => b.length - a.length).join('|')})(?!${notWord})` : '';
    re = new RegExp(`[0-9]|\\.(?=[0-9])|[${[...CHINESE_DIGITS.keys()].join('')}十半]${wordStart}`, 'giu');
    STARTS.set(key, re);
  }
  return re;
}

const DOTTED = /\d+(?:\.\d+){2,}/y;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
/** After "3-" these Russian endings make an ordinal ("3-й", "2-го"): not an amount. */
const RU_ORDINAL_SUFFIX = /^-(?:й|я|е|го|му|м|ом|ой|ый|ий|ая|ое|ую|ю|ые|ых)(?![а-яё])/iu;

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
  let gap = skipGap(text, end);
  let unit: UnitMatch | null = matchUnit(text, gap.at, gap.attached);
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
    found.push({ start, end: unit.end, value: Number(digits), unit: unit.unit, rangeStart: false, soft: false });
    return unit.end;
  }

  // No unit. A letter right after the digits makes it part of a word: "2FA", "5xx", "404th".
  const after = charAt(text, end);
  if (isWordChar(after) && !(after === '_' && emphasisUnderscores(text, end, 1))) return Math.max(wordEnd(text, end), end + 1);
  // A dotted name: "2.x", "1.js".
  if ((after === '.' || after === ',') && isLetter(charAt(text, end + 1))) return Math.max(wordEnd(text, end + 1), end + 1);
  // A Russian ordinal: "3-й", "2-го".
  if (after === '-' && RU_ORDINAL_SUFFIX.test(text.slice(end, end + 4))) return Math.max(wordEnd(text, end + 1), end + 1);

  found.push({ start, end, value: Number(digits), unit: null, rangeStart: true, soft: false });
  return end;
}

/** Characters before a Chinese numeral that make it an ordinal or a vague amount: 第 (n-th), 每 (every), 几/数 (several). */
const CHINESE_NOT_AMOUNT_BEFORE = new Set(['第', '每', '几', '数']);
/** Measure words: a Chinese numeral before one of these counts something ("三次", three times; "两个", two of). */
export const CLASSIFIERS = '个次项条种位台张份组批件遍回倍名处';

function isChineseNumeralChar(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || CHINESE_SMALL_UNITS.has(ch) || CHINESE_LARGE_UNITS.has(ch);
}

/** A Chinese numeral starts with a digit or 十 ("十五"), or is 半 (half); "万一" (in case) or "百分之" do not start one. */
function startsChineseNumeral(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || ch === '十' || ch === '半';
}

/** Reads a Chinese numeral at `start`: an amount with a unit ("两分钟", "半小时"), or in zh a count with a measure word ("三次"); "统一" is neither. */
function readChinese(text: string, start: number, found: RawQuantity[], lang: string): number {
  let end = start;
  while (end < text.length && isChineseNumeralChar(text[end]!)) end++;
  const before = charBefore(text, start);
  if ((before !== undefined && CHINESE_NOT_AMOUNT_BEFORE.has(before)) || isDigit(text, start - 1)) return Math.max(end, start + 1);

  if (text[start] === '半') {
    // "半分钟", "半小时", "半个小时"
    const unit = matchUnit(text, start + 1, true, { cjkOnly: true });
    if (!unit || unit.unit === 'd' || text.slice(start + 1, unit.end) === '分') return start + 1;
    found.push({ start, end: unit.end, value: 0.5, unit: unit.unit, rangeStart: false, soft: false });
    return unit.end;
  }

  // "三千字节" reads as 3 千字节 (KB), like "3千字节".
  let numeralEnd = end;
  if (end - start >= 2 && text[end - 1] === '千' && text.startsWith('字节', end)) numeralEnd = end - 1;

  const value = parseChineseNumeral(text.slice(start, numeralEnd));
  if (value === null) return end;
  const gap = skipGap(text, numeralEnd);
  if (gap.hyphen) return end;
  const unit = matchUnit(text, gap.at, gap.attached, { cjkOnly: true });
  // A bare "分" after a Chinese numeral is rarely a minute: "十分" means "very", "三点十分" is a clock time.
  if (unit && text.slice(gap.at, unit.end) !== '分') {
    found.push({ start, end: unit.end, value, unit: unit.unit, rangeStart: false, soft: value === 1 || value === 0 });
    return unit.end;
  }
  if (lang === 'zh' && gap.attached && CLASSIFIERS.includes(text[gap.at] ?? '\0')) {
    found.push({ start, end: gap.at + 1, value, unit: null, rangeStart: false, soft: true });
    return gap.at + 1;
  }
  return end;
}

/** Connects the two ends of a range: "5–10 s", "5 to 10 s", "от 5 до 10 с", "5至10秒". */
const RANGE_CONNECTOR = /^[ \t\u00a0\u202f\u2009]*(?:-|–|—|~|～|〜|to|or|до|или|至|到|或)[ \t\u00a0\u202f\u2009]*$/iu;
/** "and" connects a range only after "between": "between 5 and 10 s", but not "100 and 100 bytes". */
const AND_CONNECTOR = /^[ \t\u00a0\u202f\u2009]*(?:and|и)[ \t\u00a0\u202f\u2009]*$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|между)[ \t\u00a0\u202f\u2009]+$/iu;

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
