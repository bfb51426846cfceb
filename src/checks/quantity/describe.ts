/**
 * Drift messages in the translator's own words: what each text says,
 * quoted with its language's quotation marks ("ru says «10 минут»; en
 * says “5 minutes”"), rather than restated in English.
 */
import { languageOf } from '../../catalog/text/number-words.ts';
import type { Quantity } from './read.ts';

const QUOTES: Readonly<Record<string, [string, string]>> = {
  ru: ['«', '»'], uk: ['«', '»'], be: ['«', '»'], es: ['«', '»'], fr: ['«', '»'], it: ['«', '»'],
  de: ['„', '“'], pl: ['„', '”'], cs: ['„', '“'],
  ja: ['「', '」'],
};

/** `text` in the quotation marks of `locale`'s language (“…” where none is known: en, zh, pt...). */
export function quoteIn(text: string, locale: string): string {
  const [open, close] = QUOTES[languageOf(locale)] ?? ['“', '”'];
  return `${open}${text}${close}`;
}

/** What a locale's text says: its words, quoted; a placeholder with the fact it renders. */
export function said(q: Quantity, locale: string): string {
  return quoteIn(q.raw, locale) + (q.renders ? ` (${q.renders})` : '');
}

export type Base = 1000 | 1024;

/** The sentences of each kind of drift; `l` is the drifting locale, `r` the reference. */
export const MESSAGES = {
  value: (l: string, a: Quantity, r: string, e: Quantity) => `${l} says ${said(a, l)}; ${r} says ${said(e, r)}.`,
  otherBase: (l: string, a: Quantity, r: string, e: Quantity, base: Base) =>
    `${l} says ${said(a, l)}; ${r} says ${said(e, r)}; they agree only if a KB is ${base} bytes, which the kilobyte setting rules out.`,
  kilobyte: (l: string, a: Quantity, r: string, e: Quantity, base: Base) =>
    `${l} says ${said(a, l)} where ${r} says ${said(e, r)}; that is the same amount only if a KB is ${base} bytes, and a reader cannot tell which KB is meant.`,
  unitDropped: (l: string, a: Quantity, r: string, e: Quantity) => `${l} says ${said(a, l)} where ${r} says ${said(e, r)}; the number agrees, but ${l} drops the unit.`,
  unitAdded: (l: string, a: Quantity, r: string, e: Quantity) => `${l} says ${said(a, l)} where ${r} says ${said(e, r)}; the number agrees, but ${l} adds a unit.`,
  baseConflict: (l: string, a: Quantity, r: string, e: Quantity, base: Base, who: string[]) =>
    `${l} says ${said(a, l)}, which matches ${r} ${said(e, r)} only if a KB is ${base} bytes, but ${joinAnd(who)} ${who.length === 1 ? 'needs' : 'need'} a KB of ${base === 1000 ? 1024 : 1000} bytes.`,
  missing: (l: string, r: string, e: Quantity) => `${r} says ${said(e, r)}, which ${l} does not state.`,
  extra: (l: string, a: Quantity, r: string) => `${l} says ${said(a, l)}, which ${r} does not state.`,
};

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
