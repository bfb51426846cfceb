/**
 * Locale-aware numbers and units, by Intl.NumberFormat through the one
 * table of units (src/catalog/units.ts): a fact renders as "50,000 bytes"
 * in en, "50 000 байт" in ru and "50,000字节" in zh. Placeholders are
 * found by the one reading of a text (src/catalog/text), the same the
 * quantity-drift check reads the text with, so what it checks is what
 * readers see.
 */
import type { Fact } from '../catalog/schema.ts';
import { readMarkdown } from '../catalog/text/read.ts';
import { formatAmount } from '../catalog/units.ts';
import { own } from '../catalog/own.ts';

/** The locale's typography (site.yaml `typography`) that formatting follows. */
export interface FormatOptions {
  /** A space between Han characters and Latin letters or digits: "5 秒钟", not Intl's "5秒钟". */
  latinSpace?: boolean;
}

const HAN_BESIDE_LATIN = /(?<=\p{Script=Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\p{Script=Han})/gu;

function typeset(text: string, options: FormatOptions): string {
  return options.latinSpace ? text.replace(HAN_BESIDE_LATIN, ' ') : text;
}

/** A fact as readers of `lang` see it. */
export function formatFact(fact: Pick<Fact, 'value' | 'unit'>, lang: string, options: FormatOptions = {}): string {
  return typeset(formatAmount(fact.value, fact.unit, lang), options);
}

/** A number as readers of `lang` see it. */
export function formatNumber(value: number, lang: string): string {
  return formatAmount(value, 'count', lang);
}

/** A duration in seconds, in the largest whole unit: 300 -> "5 minutes". */
export function formatSeconds(seconds: number, lang: string, options: FormatOptions = {}): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return formatFact({ value: seconds / 3600, unit: 'hour' }, lang, options);
  if (seconds >= 60 && seconds % 60 === 0) return formatFact({ value: seconds / 60, unit: 'minute' }, lang, options);
  return formatFact({ value: seconds, unit: 'second' }, lang, options);
}

/** Replaces the `{fact}` placeholders of a text's prose (not in code, nor in a link's destination) with the formatted facts. Unknown names stay as written. */
export function fillPlaceholders(markdown: string, facts: Record<string, Pick<Fact, 'value' | 'unit'>>, lang: string, options: FormatOptions = {}): string {
  const { placeholders, placeholderAt } = readMarkdown(markdown);
  let out = markdown;
  for (let k = placeholders.length - 1; k >= 0; k--) {
    const name = placeholders[k]!;
    const fact = own(facts, name);
    if (fact) out = out.slice(0, placeholderAt[k]) + formatFact(fact, lang, options) + out.slice(placeholderAt[k]! + name.length + 2);
  }
  return out;
}

/** A day (YYYY-MM-DD) as readers of `lang` write it: "December 2, 2026", "2 декабря 2026 г.", "2026 年 12 月 2 日". */
export function formatDay(day: string, lang: string, options: FormatOptions = {}): string {
  return typeset(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), options);
}
