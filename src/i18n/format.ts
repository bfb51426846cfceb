/**
 * Locale-aware numbers and units, by Intl.NumberFormat: a fact renders as
 * "50,000 bytes" in en, "50 000 байт" in ru and "50,000字节" in zh. The
 * quantity-drift check reads texts after the same substitution, so what it
 * checks is what readers see.
 */
import type { Fact, FactUnit } from '../catalog/schema.ts';
import { PLACEHOLDER } from '../checks/markdown.ts';

const INTL_UNIT: Record<Exclude<FactUnit, 'count'>, string> = {
  byte: 'byte',
  kilobyte: 'kilobyte',
  megabyte: 'megabyte',
  millisecond: 'millisecond',
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, unit: FactUnit): Intl.NumberFormat {
  const key = `${lang}|${unit}`;
  let f = formatters.get(key);
  if (!f) {
    f = unit === 'count' ? new Intl.NumberFormat(lang) : new Intl.NumberFormat(lang, { style: 'unit', unit: INTL_UNIT[unit], unitDisplay: 'long' });
    formatters.set(key, f);
  }
  return f;
}

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
  return typeset(formatter(lang, fact.unit).format(fact.value), options);
}

/** A number as readers of `lang` see it. */
export function formatNumber(value: number, lang: string): string {
  return formatter(lang, 'count').format(value);
}

/** A duration in seconds, in the largest whole unit: 300 -> "5 minutes". */
export function formatSeconds(seconds: number, lang: string, options: FormatOptions = {}): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return formatFact({ value: seconds / 3600, unit: 'hour' }, lang, options);
  if (seconds >= 60 && seconds % 60 === 0) return formatFact({ value: seconds / 60, unit: 'minute' }, lang, options);
  return formatFact({ value: seconds, unit: 'second' }, lang, options);
}

/** Replaces `{fact}` placeholders (outside code spans) with the formatted facts. Unknown names stay as written. */
export function fillPlaceholders(markdown: string, facts: Record<string, Pick<Fact, 'value' | 'unit'>>, lang: string, options: FormatOptions = {}): string {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PLACEHOLDER, (whole, name: string) => (facts[name] ? formatFact(facts[name]!, lang, options) : whole))))
    .join('');
}

/** A day (YYYY-MM-DD) as readers of `lang` write it: "December 2, 2026", "2 декабря 2026 г.", "2026 年 12 月 2 日". */
export function formatDay(day: string, lang: string, options: FormatOptions = {}): string {
  return typeset(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), options);
}
