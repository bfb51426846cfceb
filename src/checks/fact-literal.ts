/**
 * fact-literal: a text that types a number the code has as a named fact
 * ("5 seconds" where facts.pollInterval is 5 s) is told to cite the fact
 * instead, so that changing the fact changes every locale at once. One
 * finding per text, at the first such number.
 */
import type { Catalog } from '../catalog/load.ts';
import type { Fact } from '../catalog/schema.ts';
import { FACT_UNITS, UNITS } from '../catalog/units.ts';
import { fieldFinding, fieldsWithReadings, listSome, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { quoteIn } from './quantity/describe.ts';
import type { Quantity } from './quantity/index.ts';

export const id = 'fact-literal';

function matches(q: Quantity, fact: Fact): boolean {
  const { unit, scale } = FACT_UNITS[fact.unit];
  const dimension = unit === null ? 'none' : UNITS[unit].dimension;
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
    // A count in words ("one of") is too loose a match to ask for a placeholder.
    const typed = f.quantities.flatMap((q) => {
      const hit = q.soft ? undefined : facts.find(([, fact]) => matches(q, fact));
      return hit ? [{ q, name: hit[0] }] : [];
    });
    if (!typed.length) continue;
    const names = [...new Set(typed.map((t) => `{${t.name}}`))];
    out.push(
      fieldFinding(id, f, typed[0]!.q.start, {
        severity: 'error',
        locales: [f.locale],
        message: `The ${f.locale} ${f.field} types ${listSome(typed.map(({ q, name }) => `${quoteIn(q.raw, f.locale)} (the fact ${name})`))}; typed numbers drift when the fact changes.`,
        hint: `Write ${listSome(names)} instead; the page renders ${names.length === 1 ? 'it' : 'them'} in the reader's number format.`,
      }),
    );
  }
  return out;
}

export const check: Check = { id, summary: 'a number typed where the code has it as a named fact', run };
