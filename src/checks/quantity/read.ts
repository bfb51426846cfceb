/**
 * Reads the quantities (numbers, with or without a unit) a Markdown text
 * states, so that translations can be checked for "quantity drift": every
 * locale must state the same amounts.
 *
 * The reader takes the text's prose from the one reading of the text
 * (src/catalog/text: code, link destinations, HTML and markup hidden),
 * masks what states no amount in plain text (mask.ts), maps full-width
 * characters to ASCII, then walks it (scan.ts). Every offset is kept, so
 * a quantity's `raw` is the input's slice.
 */
import { CHINESE_NUMERAL, DIGIT, FULL_WIDTH_LETTER, NUMBER_WORD, PERCENT, textFlags } from '../../catalog/text/flags.ts';
import { LOOKED_FOR_WORDS, NUMERAL_CHARS } from '../../catalog/text/number-words.ts';
import { proseOf, readText } from '../../catalog/text/read.ts';
import { UNITS, type Unit } from '../../catalog/units.ts';
import { LOOSE_GAP, SPACED_LETTER } from './chars.ts';
import { MASK, maskNonAmounts, normalizeWidth } from './mask.ts';
import { CLASSIFIERS, HARD_WORD_LIST, scan } from './scan.ts';
import { ANY_UNIT, UNIT_ALIASES } from './units.ts';
import type { RawQuantity } from './words.ts';

export type Dimension = 'bytes' | 'time' | 'none';

export interface Quantity {
  /** The matched text, e.g. "50 KB", "5万", "两分钟". */
  raw: string;
  /** Offsets into the input string: `input.slice(start, end) === raw`. */
  start: number;
  end: number;
  /** The number as written (50 for "50 KB", 50000 for "5万", 2 for "两分钟"). */
  value: number;
  /** The canonical unit (src/catalog/units.ts), or null for a bare number. */
  unit: Unit | null;
  dimension: Dimension;
  /**
   * The value in base units (bytes or seconds). For units whose kilo is
   * 1000 or 1024 depending on the writer (KB, MB, GB, "килобайт", "千字节")
   * both readings; equal otherwise. For bare numbers both are `value`.
   */
  base: { decimal: number; binary: number };
  /** True for KB/MB/GB-style units whose base (1000 or 1024) is unknown. */
  ambiguousBase: boolean;
  /**
   * Written without digits as a count ("three attempts", "两个") or as an
   * amount of one ("a minute", "сутки", "一天"). Languages use such words
   * as articles and idioms ("one of", "两个" for "both"), so a translation
   * may drop or add one: it must agree with what it pairs with, but alone
   * it is no drift.
   */
  soft: boolean;
  /** For a `{placeholder}`: the fact as the page renders it ("5 seconds"). */
  renders?: string;
}

/** What a text without quantities holds: one shared, frozen empty list. */
export const NO_QUANTITIES: readonly Quantity[] = Object.freeze([]);

/**
 * Reads every quantity a Markdown text states, in the locale's language,
 * soft ones included. `hidden` is the text's reading (readText) when the
 * caller has it. Never throws on a string.
 */
export function readQuantities(markdown: string, locale: string, hidden?: readonly number[]): readonly Quantity[] {
  return read(markdown, locale, true, hidden, true);
}

/**
 * The quantities a text states that are not soft: readQuantities without
 * the soft ones, found faster, as most texts have a soft one ("one of",
 * "一个") and few a hard one. The checks read every text so, and read again
 * the few whose soft quantities could pair with another text's hard ones.
 */
export function readHardQuantities(markdown: string, locale: string, hidden?: readonly number[]): readonly Quantity[] {
  return read(markdown, locale, true, hidden, false);
}

/** readQuantities (or readHardQuantities, when `soft` is false) without its quick looks (`mayHoldQuantity`): the tests hold those looks to what the whole reading finds. */
export function readQuantitiesWithoutLooking(markdown: string, locale: string, soft = true): readonly Quantity[] {
  return read(markdown, locale, false, undefined, soft);
}

function read(markdown: string, locale: string, look: boolean, hidden: readonly number[] | undefined, soft: boolean): readonly Quantity[] {
  if (typeof markdown !== 'string' || markdown.length === 0 || (look && !mayHoldQuantity(markdown, soft))) return NO_QUANTITIES;
  const prose = normalizeWidth(proseOf(markdown, hidden ?? readText(markdown).hidden, MASK));
  // Most digits in catalog texts are in code ("`errorId` set to `1`") or links: a text that holds nothing like a quantity in its prose needs no more.
  if (look && !mayHoldQuantity(prose, soft)) return NO_QUANTITIES;
  const text = maskNonAmounts(prose, (textFlags(prose) & DIGIT) !== 0, markdown);
  if (look && text !== prose && !mayHoldQuantity(text, soft)) return NO_QUANTITIES;
  const found = scan(text, typeof locale === 'string' ? locale : 'en', soft);
  const quantities: Quantity[] = [];
  for (const q of found) if (Number.isFinite(q.value) && (soft || !q.soft)) quantities.push(toQuantity(markdown, q));
  return quantities.length ? quantities : NO_QUANTITIES;
}

const CJK_UNITS = UNIT_ALIASES.filter((a) => a.cjk).map((a) => a.pattern).join('|');
/** A Chinese numeral (or 半), then a Chinese unit or measure word: what `readChinese` needs; without the measure words, what it needs for a hard quantity. */
const CHINESE_QUANTITY = new RegExp(`[${NUMERAL_CHARS}]${LOOSE_GAP}(?:${CJK_UNITS}|[${CLASSIFIERS}])`, 'u');
const CHINESE_AMOUNT = new RegExp(`[${NUMERAL_CHARS}]${LOOSE_GAP}(?:${CJK_UNITS})`, 'u');
/**
 * A digit that may start a number: not after a letter of a spaced script,
 * a mark or a digit (there `readArabic` skips the word: "Base64", "v2",
 * "ERROR_404" after its "_" still counts, as "_" may close emphasis).
 * Masking a printf placeholder can leave a digit after nothing ("%d5"):
 * mayHoldQuantity does not ask this of a text with a "%".
 */
const NUMBER_START = new RegExp(`(?<!${SPACED_LETTER}|[\\p{M}\\p{N}])[0-9\\uff10-\\uff19]`, 'u');
/** A word looked for anywhere, even inside a word (which masking a printf placeholder before it may leave at a word start). Without the `u` flag it matches in any case as `readWord`'s lower-casing does. */
const WORD_ANYWHERE = new RegExp(`(?:${[...LOOKED_FOR_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'i');

/** A word that may state a hard quantity, then a unit ("two minutes", "half an hour"), or a word that is one ("полчаса"), anywhere. */
const HARD_WORDS = new RegExp(`(?:${HARD_WORD_LIST.leads.join('|')})${LOOSE_GAP}(?:an?${LOOSE_GAP})?(?:${ANY_UNIT.source})|${HARD_WORD_LIST.amounts.join('|')}`, 'iu');

/**
 * Whether `scan` can find a quantity in the text (a hard one unless `soft`),
 * loosely: a digit that may start a number, a Chinese numeral before a
 * Chinese unit or measure word, or a word that may state a number. It
 * accepts everything `scan` reads a quantity from, and more; most texts
 * have none of the three, and for them the one pass of `textFlags` is all
 * the reading there is. The expressions are built from the tables `scan`
 * uses, so the two cannot drift apart.
 */
function mayHoldQuantity(text: string, soft: boolean): boolean {
  const flags = textFlags(text);
  if (flags & DIGIT && (flags & PERCENT || NUMBER_START.test(text))) return true;
  if (flags & CHINESE_NUMERAL && (soft ? CHINESE_QUANTITY : CHINESE_AMOUNT).test(text)) return true;
  if ((flags & NUMBER_WORD || (flags & PERCENT && WORD_ANYWHERE.test(text))) && (soft || HARD_WORDS.test(text))) return true;
  return (flags & FULL_WIDTH_LETTER) !== 0 && mayHoldQuantity(normalizeWidth(text), soft);
}

function toQuantity(input: string, q: RawQuantity): Quantity {
  const definition = q.unit === null ? undefined : UNITS[q.unit];
  const base = definition ? { decimal: q.value * definition.decimal, binary: q.value * definition.binary } : { decimal: q.value, binary: q.value };
  return {
    raw: input.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: q.value,
    unit: q.unit,
    dimension: definition ? definition.dimension : 'none',
    base,
    ambiguousBase: definition ? definition.decimal !== definition.binary : false,
    soft: q.soft,
  };
}
