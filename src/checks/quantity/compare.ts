/**
 * Compares the quantities one text field states in each locale with those
 * of the reference (source) locale and reports every drift.
 *
 * Quantities are paired by agreement, not by position (a translation may
 * reorder them). For each locale, every (reference, translation) pair gets
 * an agreement level, and pairs are taken greedily, best level first:
 *
 * 1. same        same amount and same unit (any spelling: "5 s", "5 seconds",
 *                "5 сек", "5秒"), or two bare numbers with the same value:
 *                clean.
 * 2. unit-changed the same amount in base units but another unit ("2 minutes"
 *                vs "120 секунд"; "50 KB" vs "50,000 байт" if a KB may be 1000
 *                bytes), or a bare number equal to the other side's amount in
 *                base units or as written ("100 bytes" vs "100"): warning.
 *                Kept as a warning even when the kilobyte setting makes the
 *                amounts exactly equal, because the unit a reader sees changed.
 * 3. other-base  equal only under the KB base the kilobyte setting excludes:
 *                error of kind 'value' whose message says so.
 * 4. value       same dimension, different amounts ("50 KB" vs "500,000 字节",
 *                "50,000" vs "5 000"): error. Among these, the closest amounts
 *                pair first.
 *
 * What stays unpaired is 'missing' (in the reference only) or 'extra' (in the
 * translation only): errors. Bare numbers count too.
 *
 * With `kilobyte: 'either'`, each unit-changed pair that needs a particular
 * KB base records it; when the field needs KB = 1000 somewhere and
 * KB = 1024 elsewhere (say ru "50,000 байт" and zh "51,200 字节" against en
 * "50 KB"), those pairs become errors of kind 'base'.
 */
import type { Quantity } from './read.ts';
import { UNITS } from './read.ts';

export type KilobyteSetting = 1000 | 1024 | 'either';

export interface Drift {
  severity: 'error' | 'warning';
  kind: 'value' | 'unit-changed' | 'base' | 'missing' | 'extra';
  /** The locale that drifts from the reference. */
  locale: string;
  /** The reference locale (the source locale). */
  reference: string;
  /** The quantity in the reference, null for 'extra'. */
  expected: Quantity | null;
  /** The quantity in `locale`, null for 'missing'. */
  actual: Quantity | null;
  /** For 'unit-changed' and 'base': the KB base under which the two agree. */
  base?: 1000 | 1024;
  /** One plain English sentence. */
  message: string;
}

export interface CompareOptions {
  /** The source locale; every other locale is compared with it. */
  reference: string;
  /** How many bytes a KB (MB, GB: its powers) is; 'either' lets the check find out. */
  kilobyte: KilobyteSetting;
}

type Base = 1000 | 1024;

/**
 * Compares the quantities of one text field across locales. Locales are
 * reported in the order of `byLocale`, each locale's drifts in the order of
 * the text. Returns no drifts when the reference locale is absent.
 */
export function compareQuantities(byLocale: Readonly<Record<string, readonly Quantity[]>>, opts: CompareOptions): Drift[] {
  const referenceQuantities = byLocale[opts.reference];
  if (!referenceQuantities) return [];
  const allowed = allowedBases(opts.kilobyte);
  const drifts: Drift[] = [];
  for (const [locale, quantities] of Object.entries(byLocale)) {
    if (locale === opts.reference) continue;
    drifts.push(...compareLocale(referenceQuantities, quantities, locale, opts.reference, allowed));
  }
  flagBaseConflicts(drifts, allowed);
  return drifts;
}

function allowedBases(setting: KilobyteSetting): readonly Base[] {
  return setting === 'either' ? [1000, 1024] : [setting];
}

// ---------------------------------------------------------------------------
// Agreement between two quantities
// ---------------------------------------------------------------------------

type Level = 'same' | 'unit-changed' | 'other-base' | 'value';
const LEVEL_RANK: Readonly<Record<Level, number>> = { same: 0, 'unit-changed': 1, 'other-base': 2, value: 3 };

interface Agreement {
  level: Level;
  /** unit-changed: the KB base needed; other-base: the excluded base under which they agree. */
  base?: Base;
  /** Lower pairs first within a level. */
  cost: number;
}

/** The amount in bytes or seconds, reading a KB as `base` bytes. */
export function baseValue(q: Quantity, base: Base): number {
  return base === 1000 ? q.base.decimal : q.base.binary;
}

function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The bases (of `candidates`) under which the two agree in base units. */
function basesWhereEqual(a: Quantity, b: Quantity, candidates: readonly Base[]): Base[] {
  return candidates.filter((base) => approxEqual(baseValue(a, base), baseValue(b, base)));
}

/** The base to name: only when a KB-style unit is involved and exactly one base reconciles. */
function namedBase(a: Quantity, b: Quantity, bases: readonly Base[]): Base | undefined {
  return (a.ambiguousBase || b.ambiguousBase) && bases.length === 1 ? bases[0] : undefined;
}

/** How far apart two amounts are: |log(a/b)|, finite for zero. */
function distance(a: Quantity, b: Quantity, allowed: readonly Base[]): number {
  let best = Infinity;
  for (const base of allowed) {
    const x = Math.abs(baseValue(a, base));
    const y = Math.abs(baseValue(b, base));
    const d = x === y ? 0 : x === 0 || y === 0 ? 1e6 : Math.abs(Math.log(x / y));
    best = Math.min(best, d);
  }
  return best;
}

function agreement(r: Quantity, l: Quantity, allowed: readonly Base[]): Agreement | null {
  const excluded: Base[] = ([1000, 1024] as const).filter((b) => !allowed.includes(b));

  if (r.dimension === 'none' && l.dimension === 'none') {
    return approxEqual(r.value, l.value)
      ? { level: 'same', cost: 0 }
      : { level: 'value', cost: distance(r, l, allowed) };
  }

  if (r.dimension === 'none' || l.dimension === 'none') {
    // A bare number against a quantity with a unit: the unit was dropped or added.
    const [bare, withUnit] = r.dimension === 'none' ? [r, l] : [l, r];
    const bases = allowed.filter((base) => approxEqual(bare.value, baseValue(withUnit, base)));
    if (bases.length > 0) return { level: 'unit-changed', base: namedBase(r, l, bases), cost: 0 };
    if (approxEqual(bare.value, withUnit.value)) return { level: 'unit-changed', cost: 0.5 };
    const other = excluded.find((base) => approxEqual(bare.value, baseValue(withUnit, base)));
    if (other !== undefined) return { level: 'other-base', base: other, cost: 0 };
    return null; // a bare number and an amount with a unit: never the same statement
  }

  if (r.dimension !== l.dimension) return null;
  if (r.unit === l.unit && approxEqual(r.value, l.value)) return { level: 'same', cost: 0 };
  const bases = basesWhereEqual(r, l, allowed);
  if (bases.length > 0) return { level: 'unit-changed', base: namedBase(r, l, bases), cost: 0 };
  const other = basesWhereEqual(r, l, excluded)[0];
  if (other !== undefined) return { level: 'other-base', base: other, cost: 0 };
  return { level: 'value', cost: distance(r, l, allowed) };
}

// ---------------------------------------------------------------------------
// Matching one locale against the reference
// ---------------------------------------------------------------------------

interface Pair {
  r: number;
  l: number;
  agreement: Agreement;
  /** How far apart the two are in their texts, relative to the texts' quantity counts. */
  shift: number;
}

function compareLocale(
  reference: readonly Quantity[],
  translated: readonly Quantity[],
  locale: string,
  referenceLocale: string,
  allowed: readonly Base[],
): Drift[] {
  const pairs: Pair[] = [];
  reference.forEach((r, ri) => {
    translated.forEach((l, li) => {
      const found = agreement(r, l, allowed);
      if (!found) return;
      const shift = Math.abs(ri / Math.max(1, reference.length) - li / Math.max(1, translated.length));
      pairs.push({ r: ri, l: li, agreement: found, shift });
    });
  });
  pairs.sort(
    (a, b) =>
      LEVEL_RANK[a.agreement.level] - LEVEL_RANK[b.agreement.level] ||
      a.agreement.cost - b.agreement.cost ||
      a.shift - b.shift ||
      a.r - b.r ||
      a.l - b.l,
  );

  const usedR = new Set<number>();
  const usedL = new Set<number>();
  const found: { position: number; drift: Drift }[] = [];
  const say = new Describer(allowed);
  for (const pair of pairs) {
    if (usedR.has(pair.r) || usedL.has(pair.l)) continue;
    usedR.add(pair.r);
    usedL.add(pair.l);
    const expected = reference[pair.r]!;
    const actual = translated[pair.l]!;
    const drift = pairDrift(expected, actual, pair.agreement, locale, referenceLocale, say);
    if (drift) found.push({ position: expected.start, drift });
  }
  reference.forEach((expected, ri) => {
    if (usedR.has(ri)) return;
    found.push({
      position: expected.start,
      drift: {
        severity: 'error',
        kind: 'missing',
        locale,
        reference: referenceLocale,
        expected,
        actual: null,
        message: `${locale} does not state ${say.quantity(expected)}, which ${referenceLocale} states.`,
      },
    });
  });
  translated.forEach((actual, li) => {
    if (usedL.has(li)) return;
    found.push({
      // Extras sort by their own position, after anything at the same offset.
      position: actual.start + 0.5,
      drift: {
        severity: 'error',
        kind: 'extra',
        locale,
        reference: referenceLocale,
        expected: null,
        actual,
        message: `${locale} states ${say.quantity(actual)}, which ${referenceLocale} does not state.`,
      },
    });
  });
  return found.sort((a, b) => a.position - b.position).map((f) => f.drift);
}

function pairDrift(
  expected: Quantity,
  actual: Quantity,
  agreement: Agreement,
  locale: string,
  reference: string,
  say: Describer,
): Drift | null {
  const common = { locale, reference, expected, actual };
  switch (agreement.level) {
    case 'same':
      return null;
    case 'unit-changed': {
      const condition = agreement.base ? ` if a KB is ${agreement.base} bytes` : '';
      const what = expected.dimension === 'none' || actual.dimension === 'none' ? 'number' : 'amount';
      const change =
        actual.dimension === 'none'
          ? `${locale} drops the unit`
          : expected.dimension === 'none'
            ? `${locale} adds a unit`
            : 'the unit changed';
      return {
        severity: 'warning',
        kind: 'unit-changed',
        ...common,
        ...(agreement.base ? { base: agreement.base } : {}),
        message: `${locale} states ${say.quantity(actual)} where ${reference} states ${say.quantity(expected)}; the ${what} agrees${condition}, but ${change}.`,
      };
    }
    case 'other-base':
      return {
        severity: 'error',
        kind: 'value',
        ...common,
        message: `${locale} states ${say.quantity(actual)}; ${reference} states ${say.quantity(expected)}; they agree only if a KB is ${agreement.base} bytes, which the kilobyte setting rules out.`,
      };
    case 'value':
      return {
        severity: 'error',
        kind: 'value',
        ...common,
        message: `${locale} states ${say.quantity(actual)}; ${reference} states ${say.quantity(expected)}.`,
      };
  }
}

// ---------------------------------------------------------------------------
// Base conflicts
// ---------------------------------------------------------------------------

/**
 * When some unit-changed drifts need KB = 1000 and others KB = 1024, no
 * single kilobyte reconciles the field: each of them becomes an error of
 * kind 'base' that names who needs the other base.
 */
function flagBaseConflicts(drifts: Drift[], allowed: readonly Base[]): void {
  if (allowed.length < 2) return;
  const needing = drifts.filter((d) => d.kind === 'unit-changed' && d.base !== undefined);
  const needs = new Set(needing.map((d) => d.base));
  if (needs.size < 2) return;
  const say = new Describer(allowed);
  for (const drift of needing) {
    const otherBase: Base = drift.base === 1000 ? 1024 : 1000;
    const others = needing.filter((d) => d.base === otherBase);
    const who = [...new Set(others.map((d) => (d.locale === drift.locale ? `${d.locale} elsewhere` : d.locale)))];
    drift.severity = 'error';
    drift.kind = 'base';
    drift.message =
      `${drift.locale} states ${say.quantity(drift.actual!)}, which matches ${drift.reference} ` +
      `${say.quantity(drift.expected!)} only if a KB is ${drift.base} bytes, ` +
      `but ${joinAnd(who)} ${who.length === 1 ? 'needs' : 'need'} a KB of ${otherBase} bytes.`;
  }
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

const UNIT_NAMES: Readonly<Record<string, [singular: string, plural: string]>> = {
  B: ['byte', 'bytes'],
  ms: ['millisecond', 'milliseconds'],
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** English descriptions of quantities: "50 KB (50,000 or 51,200 bytes)", "2 minutes (120 seconds)". */
class Describer {
  readonly allowed: readonly Base[];

  constructor(allowed: readonly Base[]) {
    this.allowed = allowed;
  }

  quantity(q: Quantity): string {
    const number = NUMBER.format(q.value);
    if (q.unit === null) return number;
    const names = UNIT_NAMES[q.unit];
    const written = names ? `${number} ${q.value === 1 ? names[0] : names[1]}` : `${number} ${q.unit}`;
    if (q.unit === 'B' || q.unit === 's') return written;
    const baseName = UNITS[q.unit]?.dimension === 'bytes' ? 'bytes' : 'seconds';
    const readings = q.ambiguousBase ? this.allowed.map((b) => baseValue(q, b)) : [q.base.decimal];
    return `${written} (${readings.map((n) => NUMBER.format(n)).join(' or ')} ${baseName})`;
  }
}
