/**
 * Numbers written in words, in the languages whose words the reader knows
 * (src/catalog/text/number-words.ts): a count before any noun ("three
 * attempts", "три попытки", "uma vez"), an amount ("two minutes", "одну
 * минуту"), and amounts with no number at all ("a minute", "half an hour",
 * "полчаса", "сутки", "meia hora", "eine halbe Stunde").
 */
import { AMOUNT_LEADS, AMOUNT_WORDS, NUMBER_WORDS } from '../../catalog/text/number-words.ts';
import type { Unit } from '../../catalog/units.ts';
import { charAt, charBefore, isWordChar, skipGap, SPACED_LETTER, wordEnd } from './chars.ts';
import { matchUnit } from './units.ts';

export interface RawQuantity {
  start: number;
  end: number;
  value: number;
  unit: Unit | null;
  /** A bare Arabic number, eligible for taking the unit of a range's end ("5–10 seconds"). */
  rangeStart: boolean;
  /** See Quantity.soft. */
  soft: boolean;
}

const LETTERS = new RegExp(`${SPACED_LETTER}+`, 'uy');

/** A quantity written without digits: soft when it is a count, or an amount of one (see Quantity.soft). */
function worded(start: number, end: number, value: number, unit: Unit | null): RawQuantity {
  return { start, end, value, unit, rangeStart: false, soft: unit === null || value === 1 || value === 0 };
}

/** Reads the word at `start` in language `lang`: a number word with what follows it, an amount word, or a lead ("a", "half") before a unit; else skips the word. */
export function readWord(text: string, start: number, found: RawQuantity[], lang: string): number {
  const end = Math.max(wordEnd(text, start), start + 1);
  if (isWordChar(charBefore(text, start))) return end;
  LETTERS.lastIndex = start;
  const word = LETTERS.exec(text)?.[0] ?? '';
  const after = start + word.length;
  if (isWordChar(charAt(text, after))) return end;
  const lower = word.toLowerCase();
  const number = NUMBER_WORDS[lang]?.get(lower);
  if (number !== undefined) return readCount(text, start, after, number, found) ?? end;
  const amount = AMOUNT_WORDS[lang]?.get(lower);
  if (amount) {
    found.push(worded(start, after, amount.value, amount.unit));
    return after;
  }
  const lead = AMOUNT_LEADS[lang]?.get(lower);
  if (lead !== undefined) return readLead(text, start, after, lead, found) ?? end;
  return end;
}

/** A number word and the unit after it ("two minutes", "two-minute"), or a count ("three attempts"); null for a compound that states no amount ("two-factor", "one-time"). */
function readCount(text: string, start: number, after: number, value: number, found: RawQuantity[]): number | null {
  const gap = skipGap(text, after);
  const unit = gap.attached ? null : matchUnit(text, gap.at, false, { minLength: 2 });
  if (unit) {
    found.push(worded(start, unit.end, value, unit.unit));
    return unit.end;
  }
  if (gap.hyphen) return null;
  found.push(worded(start, after, value, null));
  return after;
}

/** The units "a" and "an" make an amount of one ("a minute"). */
const ARTICLE_UNIT = /^(?:second|minute|hour|day)$/i;
/** After "a second", a word makes it an ordinal: "a second attempt". */
const WORD_AFTER = /^[ \t\u00a0]+\p{L}/u;

/** A word that makes the unit after it an amount: "a minute", "an hour", "half a minute", "half-hour", "meia hora", "demi-heure". */
function readLead(text: string, start: number, after: number, value: number, found: RawQuantity[]): number | null {
  let gap = skipGap(text, after);
  if (gap.attached) return null;
  if (value === 0.5 && !gap.hyphen) {
    // "half a minute", "half an hour"
    const article = /^an?(?![\p{L}\p{N}])/iu.exec(text.slice(gap.at, gap.at + 3));
    if (article) gap = skipGap(text, gap.at + article[0].length);
  } else if (gap.hyphen && value === 1) return null;
  const unit = matchUnit(text, gap.at, false, { minLength: 2 });
  if (!unit) return null;
  if (value === 1 && (!ARTICLE_UNIT.test(text.slice(gap.at, unit.end)) || (unit.unit === 's' && WORD_AFTER.test(text.slice(unit.end, unit.end + 4))))) return null;
  found.push(worded(start, unit.end, value, unit.unit));
  return unit.end;
}
