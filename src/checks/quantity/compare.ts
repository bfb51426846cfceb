/**
 * Compares the quantities one text field states in each locale with those
 * of the reference (source) locale and reports every drift.
 *
 * Quantities are paired by agreement, not by position (a translation may
 * reorder them). For each locale, every (reference, translation) pair gets
 * an agreement level, and pairs are taken greedily, best level first:
 *
 * 1. same        the same amount: same unit and value in any spelling ("5 s",
 *                "5 секунд", "5秒"), or an exact change of unit ("1 hour" and
 *                "60 минут", "1 KiB" and "1 024 байт", "100 kB" and
 *                "100 000 байт"; translators change units on purpose), or two
 *                bare numbers with the same value: clean.
 * 2. unit-changed the same amount only under one reading of an ambiguous KB
 *                ("50 KB" vs "50 000 байт"), or a bare number equal to the other
 *                side's amount ("100 bytes" vs "100"): warning, as a reader
 *                cannot tell which is meant.
 * 3. other-base  equal only under the KB base the kilobyte setting excludes:
 *                error of kind 'value' whose message says so.
 * 4. value       same dimension, different amounts ("50 KB" vs "500,000 字节"):
 *                error. Among these, the closest amounts pair first.
 *
 * What stays unpaired is 'missing' (in the reference only) or 'extra' (in the
 * translation only): errors, except for soft quantities (Quantity.soft),
 * counts in a language whose number words the reader does not know, and a
 * bare zero, which pair only where they agree and are no drift alone. A
 * bare zero names a value ("divides by 0", "set to 0") that a translation
 * may write in words or leave out; one that changed still pairs as 'value'.
 *
 * With `kilobyte: 'either'`, each unit-changed pair that needs a particular
 * KB base records it; when the field needs KB = 1000 somewhere and
 * KB = 1024 elsewhere, those pairs become errors of kind 'base'.
 */
import { MESSAGES, type Base } from './describe.ts';
import type { Quantity } from './read.ts';

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
  base?: Base;
  /** One sentence quoting what each locale says. */
  message: string;
}

export interface CompareOptions {
  /** The source locale; every other locale is compared with it. */
  reference: string;
  /** How many bytes a KB (MB, GB: its powers) is; 'either' lets the check find out. */
  kilobyte: KilobyteSetting;
  /** Whether the reader knows the number words of a locale's language (default: yes). Where it does not, a count may be written in words it cannot read. */
  knowsWords?: (locale: string) => boolean;
}

/** Above this many pairs in one locale, only equal quantities are paired: a text of thousands of numbers is compared in linear time. */
const MAX_PAIRS = 40_000;

/**
 * Compares the quantities of one text field across locales. Locales are
 * reported in the order of `byLocale`, each locale's drifts in the order of
 * the text. Returns no drifts when the reference locale is absent.
 */
export function compareQuantities(byLocale: Readonly<Record<string, readonly Quantity[]>>, opts: CompareOptions): Drift[] {
  const referenceQuantities = byLocale[opts.reference];
  if (!referenceQuantities) return [];
  const allowed: readonly Base[] = opts.kilobyte === 'either' ? [1000, 1024] : [opts.kilobyte];
  const knows = opts.knowsWords ?? (() => true);
  const drifts: Drift[] = [];
  for (const [locale, quantities] of Object.entries(byLocale)) {
    if (locale === opts.reference) continue;
    const side = { locale, reference: opts.reference, allowed, wordsHere: knows(locale), wordsThere: knows(opts.reference) };
    drifts.push(...compareLocale(referenceQuantities, quantities, side));
  }
  flagBaseConflicts(drifts, allowed);
  return drifts;
}

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

/** How far apart two amounts are: |log(a/b)|, finite for zero. */
function distance(a: Quantity, b: Quantity, allowed: readonly Base[]): number {
  let best = Infinity;
  for (const base of allowed) {
    const x = Math.abs(baseValue(a, base));
    const y = Math.abs(baseValue(b, base));
    best = Math.min(best, x === y ? 0 : x === 0 || y === 0 ? 1e6 : Math.abs(Math.log(x / y)));
  }
  return best;
}

/** How two quantities agree; a soft one agrees only where they say the same. */
function agreement(r: Quantity, l: Quantity, allowed: readonly Base[]): Agreement | null {
  const found = level(r, l, allowed);
  return found && (r.soft || l.soft) && found.level !== 'same' ? null : found;
}

function level(r: Quantity, l: Quantity, allowed: readonly Base[]): Agreement | null {
  const excluded = ([1000, 1024] as const).filter((b) => !allowed.includes(b));
  if (r.dimension === 'none' && l.dimension === 'none') return approxEqual(r.value, l.value) ? { level: 'same', cost: 0 } : { level: 'value', cost: distance(r, l, allowed) };

  if (r.dimension === 'none' || l.dimension === 'none') {
    // A bare number against a quantity with a unit: the unit was dropped or added.
    const [bare, withUnit] = r.dimension === 'none' ? [r, l] : [l, r];
    const bases = allowed.filter((base) => approxEqual(bare.value, baseValue(withUnit, base)));
    if (bases.length > 0) return { level: 'unit-changed', base: withUnit.ambiguousBase && bases.length === 1 ? bases[0] : undefined, cost: 0 };
    if (approxEqual(bare.value, withUnit.value)) return { level: 'unit-changed', cost: 0.5 };
    const other = excluded.find((base) => approxEqual(bare.value, baseValue(withUnit, base)));
    return other === undefined ? null : { level: 'other-base', base: other, cost: 0 };
  }

  if (r.dimension !== l.dimension) return null;
  if (r.unit === l.unit && approxEqual(r.value, l.value)) return { level: 'same', cost: 0 };
  // Equal under every reading of a KB: an exact change of unit, which says the same.
  if (approxEqual(r.base.decimal, l.base.decimal) && approxEqual(r.base.binary, l.base.binary)) return { level: 'same', cost: 0 };
  const bases = allowed.filter((base) => approxEqual(baseValue(r, base), baseValue(l, base)));
  if (bases.length > 0) return { level: 'unit-changed', base: bases.length === 1 ? bases[0] : undefined, cost: 0 };
  const other = excluded.find((base) => approxEqual(baseValue(r, base), baseValue(l, base)));
  if (other !== undefined) return { level: 'other-base', base: other, cost: 0 };
  return { level: 'value', cost: distance(r, l, allowed) };
}

interface Side {
  locale: string;
  reference: string;
  allowed: readonly Base[];
  /** The reader knows the number words of the locale's language, and of the reference's. */
  wordsHere: boolean;
  wordsThere: boolean;
}

interface Pair {
  r: number;
  l: number;
  agreement: Agreement;
  /** How far apart the two are in their texts, relative to the texts' quantity counts. */
  shift: number;
}

function pairsOf(reference: readonly Quantity[], translated: readonly Quantity[], allowed: readonly Base[]): Pair[] {
  const pairs: Pair[] = [];
  const linear = reference.length * translated.length > MAX_PAIRS;
  reference.forEach((r, ri) => {
    translated.forEach((l, li) => {
      if (linear && (r.unit !== l.unit || r.value !== l.value)) return;
      const found = agreement(r, l, allowed);
      if (!found) return;
      pairs.push({ r: ri, l: li, agreement: found, shift: Math.abs(ri / Math.max(1, reference.length) - li / Math.max(1, translated.length)) });
    });
  });
  return pairs.sort((a, b) => LEVEL_RANK[a.agreement.level] - LEVEL_RANK[b.agreement.level] || a.agreement.cost - b.agreement.cost || a.shift - b.shift || a.r - b.r || a.l - b.l);
}

function compareLocale(reference: readonly Quantity[], translated: readonly Quantity[], side: Side): Drift[] {
  // A text of many thousands of numbers: pair only what is written the same.
  if (reference.length * translated.length > MAX_PAIRS * 25) return unpaired(reference, translated, new Set(), new Set(), side).map((f) => f.drift);
  const usedR = new Set<number>();
  const usedL = new Set<number>();
  const found: { position: number; drift: Drift }[] = [];
  for (const pair of pairsOf(reference, translated, side.allowed)) {
    if (usedR.has(pair.r) || usedL.has(pair.l)) continue;
    usedR.add(pair.r);
    usedL.add(pair.l);
    const expected = reference[pair.r]!;
    const actual = translated[pair.l]!;
    const drift = pairDrift(expected, actual, pair.agreement, side);
    if (drift) found.push({ position: expected.start, drift });
  }
  found.push(...unpaired(reference, translated, usedR, usedL, side));
  return found.sort((a, b) => a.position - b.position).map((f) => f.drift);
}

/** A quantity that is no drift when it stays unpaired: soft, or a bare zero. */
function silentAlone(q: Quantity): boolean {
  return q.soft || (q.dimension === 'none' && q.value === 0);
}

/** The quantities left unpaired: missing or extra, unless silent alone, or a count where the other side's words cannot be read. */
function unpaired(reference: readonly Quantity[], translated: readonly Quantity[], usedR: Set<number>, usedL: Set<number>, side: Side): { position: number; drift: Drift }[] {
  const { locale, reference: ref } = side;
  const out: { position: number; drift: Drift }[] = [];
  reference.forEach((expected, ri) => {
    if (usedR.has(ri) || silentAlone(expected) || (!side.wordsHere && expected.dimension === 'none')) return;
    out.push({ position: expected.start, drift: { severity: 'error', kind: 'missing', locale, reference: ref, expected, actual: null, message: MESSAGES.missing(locale, ref, expected) } });
  });
  translated.forEach((actual, li) => {
    if (usedL.has(li) || silentAlone(actual) || (!side.wordsThere && actual.dimension === 'none')) return;
    // Extras sort by their own position, after anything at the same offset.
    out.push({ position: actual.start + 0.5, drift: { severity: 'error', kind: 'extra', locale, reference: ref, expected: null, actual, message: MESSAGES.extra(locale, actual, ref) } });
  });
  return out;
}

function pairDrift(expected: Quantity, actual: Quantity, agreement: Agreement, side: Side): Drift | null {
  const { locale: l, reference: r } = side;
  const common = { locale: l, reference: r, expected, actual };
  switch (agreement.level) {
    case 'same':
      return null;
    case 'unit-changed': {
      const message =
        agreement.base !== undefined
          ? MESSAGES.kilobyte(l, actual, r, expected, agreement.base)
          : actual.dimension === 'none'
            ? MESSAGES.unitDropped(l, actual, r, expected)
            : MESSAGES.unitAdded(l, actual, r, expected);
      return { severity: 'warning', kind: 'unit-changed', ...common, ...(agreement.base ? { base: agreement.base } : {}), message };
    }
    case 'other-base':
      return { severity: 'error', kind: 'value', ...common, message: MESSAGES.otherBase(l, actual, r, expected, agreement.base!) };
    case 'value':
      return { severity: 'error', kind: 'value', ...common, message: MESSAGES.value(l, actual, r, expected) };
  }
}

/**
 * When some unit-changed drifts need KB = 1000 and others KB = 1024, no
 * single kilobyte reconciles the field: each of them becomes an error of
 * kind 'base' that names who needs the other base.
 */
function flagBaseConflicts(drifts: Drift[], allowed: readonly Base[]): void {
  if (allowed.length < 2) return;
  const needing = drifts.filter((d) => d.kind === 'unit-changed' && d.base !== undefined);
  if (new Set(needing.map((d) => d.base)).size < 2) return;
  for (const drift of needing) {
    const others = needing.filter((d) => d.base !== drift.base);
    const who = [...new Set(others.map((d) => (d.locale === drift.locale ? `${d.locale} elsewhere` : d.locale)))];
    drift.severity = 'error';
    drift.kind = 'base';
    drift.message = MESSAGES.baseConflict(drift.locale, drift.actual!, drift.reference, drift.expected!, drift.base!, who);
  }
}
