/**
 * The units errcat knows, one table for everyone: the quantity reader and
 * the checks (what a unit amounts to in bytes or seconds), the facts of the
 * schema (which unit a fact's `unit` names) and the formatter (how Intl
 * writes it). A unit's spellings per language are the quantity reader's
 * (src/checks/quantity/units.ts).
 */
import type { FactUnit } from './schema.ts';

export type Dimension = 'bytes' | 'time';

export interface UnitDefinition {
  dimension: Dimension;
  /** Base units (bytes or seconds) per unit when a kilo is 1000. */
  decimal: number;
  /** Base units per unit when a kilo is 1024: differs from `decimal` only for KB, MB and GB, whose writers mean either. */
  binary: number;
  /** Its name in English, singular and plural, for messages. */
  names?: [string, string];
}

/**
 * Canonical units. `kB` (lower-case k, the SI prefix) is always 1000 bytes;
 * `KB`, `MB` and `GB` are 1000 or 1024 depending on the writer.
 */
export const UNITS = {
  B: { dimension: 'bytes', decimal: 1, binary: 1, names: ['byte', 'bytes'] },
  kB: { dimension: 'bytes', decimal: 1e3, binary: 1e3 },
  KB: { dimension: 'bytes', decimal: 1e3, binary: 1024 },
  KiB: { dimension: 'bytes', decimal: 1024, binary: 1024 },
  MB: { dimension: 'bytes', decimal: 1e6, binary: 1024 ** 2 },
  MiB: { dimension: 'bytes', decimal: 1024 ** 2, binary: 1024 ** 2 },
  GB: { dimension: 'bytes', decimal: 1e9, binary: 1024 ** 3 },
  GiB: { dimension: 'bytes', decimal: 1024 ** 3, binary: 1024 ** 3 },
  ms: { dimension: 'time', decimal: 0.001, binary: 0.001, names: ['millisecond', 'milliseconds'] },
  s: { dimension: 'time', decimal: 1, binary: 1, names: ['second', 'seconds'] },
  min: { dimension: 'time', decimal: 60, binary: 60, names: ['minute', 'minutes'] },
  h: { dimension: 'time', decimal: 3600, binary: 3600, names: ['hour', 'hours'] },
  d: { dimension: 'time', decimal: 86400, binary: 86400, names: ['day', 'days'] },
} as const satisfies Record<string, UnitDefinition>;

export type Unit = keyof typeof UNITS;

/** Whether a unit's size depends on the writer (KB, MB, GB). */
export function isAmbiguous(unit: Unit): boolean {
  return UNITS[unit].decimal !== UNITS[unit].binary;
}

/**
 * A fact's unit: the canonical unit it is (exact, so a fact's kilobyte is
 * `kB`, 1000 bytes; its megabyte 10^6 bytes, written `MB`) and the unit
 * Intl.NumberFormat writes it with. `count` has no unit.
 */
export const FACT_UNITS: Readonly<Record<FactUnit, { unit: Unit | null; scale: number; intl?: string }>> = {
  byte: { unit: 'B', scale: 1, intl: 'byte' },
  kilobyte: { unit: 'kB', scale: 1e3, intl: 'kilobyte' },
  megabyte: { unit: 'MB', scale: 1e6, intl: 'megabyte' },
  millisecond: { unit: 'ms', scale: 0.001, intl: 'millisecond' },
  second: { unit: 's', scale: 1, intl: 'second' },
  minute: { unit: 'min', scale: 60, intl: 'minute' },
  hour: { unit: 'h', scale: 3600, intl: 'hour' },
  day: { unit: 'd', scale: 86400, intl: 'day' },
  count: { unit: null, scale: 1 },
};

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in a fact's unit as readers of `lang` see it: "50,000 bytes", "50 000 байт", "50,000字节". */
export function formatAmount(value: number, unit: FactUnit, lang: string): string {
  const key = `${lang}|${unit}`;
  let f = formatters.get(key);
  if (!f) {
    const intl = FACT_UNITS[unit].intl;
    f = intl ? new Intl.NumberFormat(lang, { style: 'unit', unit: intl, unitDisplay: 'long' }) : new Intl.NumberFormat(lang);
    formatters.set(key, f);
  }
  return f.format(value);
}
