/**
 * fact-literal: a text that types a number the code has as a named fact
 * ("5 seconds" where facts.pollInterval is 5 s) is told to cite the fact
 * instead, so that changing the fact changes every locale at once.
 */
import type { Catalog } from '../catalog/load.ts';
import type { Fact } from '../catalog/schema.ts';
import { codeFinding, fieldsWithReadings, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import type { Quantity } from './quantity/index.ts';

export const id = 'fact-literal';

const SCALE: Record<Fact['unit'], [Quantity['dimension'], number]> = {
  byte: ['bytes', 1],
  kilobyte: ['bytes', 1000],
  megabyte: ['bytes', 1_000_000],
  millisecond: ['time', 0.001],
  second: ['time', 1],
  minute: ['time', 60],
  hour: ['time', 3600],
  day: ['time', 86400],
  count: ['none', 1],
};

function matches(q: Quantity, fact: Fact): boolean {
  const [dimension, scale] = SCALE[fact.unit];
  const base = fact.value * scale;
  if (q.dimension === dimension) return q.base.decimal === base || q.base.binary === base;
  // A bare number equal to the fact as written ("less than 100" with minBytes = 100 bytes).
  return q.dimension === 'none' && dimension !== 'none' && q.value === fact.value && fact.value >= 10;
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const f of fieldsWithReadings(catalog)) {
    if (!f.quantities.length) continue;
    const facts = Object.entries(f.code.facts);
    if (!facts.length) continue;
    for (const q of f.quantities) {
      const hit = facts.find(([, fact]) => matches(q, fact));
      if (!hit)
        continue;
      out.push(
        codeFinding(id, f.code, {
          severity: 'error',
          at: f.at,
          locales: [f.locale],
          message: `The ${f.locale} ${f.field} types "${q.raw}", which is the fact ${hit[0]}; typed numbers drift when the fact changes.`,
          hint: `Write {${hit[0]}} instead of "${q.raw}"; the page renders it in the reader's number format.`,
        }),
      );
    }
  }
  return out;
}

export const check: Check = { id, summary: 'a number typed where the code has it as a named fact', run };
