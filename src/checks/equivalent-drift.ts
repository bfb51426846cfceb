/**
 * equivalent-drift: equivalent codes (the same condition at two providers)
 * whose category differs, or whose retry policies tell a program to do
 * different things next: stop, fix the request, wait and send again, or
 * poll. after-wait and backoff both mean "wait, then send again"; how long
 * to wait is each provider's own, so they do not differ here. One warning
 * per pair, at the first of the two codes, naming both.
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import type { RetryPolicy } from '../catalog/schema.ts';
import { codeFinding, list, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'equivalent-drift';

/** What a program does next under each policy; policies with the same step do not drift. */
const NEXT_STEP: Record<RetryPolicy, string> = {
  never: 'do not send it again',
  'after-fix': 'correct the request first',
  'after-wait': 'wait, then send again',
  backoff: 'wait, then send again',
  poll: 'ask again later',
};

/** How two equivalent codes differ, in words; empty when they agree. */
export function differences(a: LoadedCode, b: LoadedCode): string[] {
  const out: string[] = [];
  if (a.category !== b.category) out.push(`category "${a.category}" against "${b.category}"`);
  if (NEXT_STEP[a.retry.policy] !== NEXT_STEP[b.retry.policy])
    out.push(`retry policy "${a.retry.policy}" (${NEXT_STEP[a.retry.policy]}) against "${b.retry.policy}" (${NEXT_STEP[b.retry.policy]})`);
  return out;
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const byRef = new Map<string, LoadedCode>();
  for (const provider of catalog.providers) for (const code of provider.codes) byRef.set(`${provider.id}/${code.code}`, code);
  const reported = new Set<string>();
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const self = `${provider.id}/${code.code}`;
      code.equivalents.forEach((ref, i) => {
        const other = byRef.get(ref);
        // A dangling or self reference is the references check's finding.
        if (!other || other === code || reported.has(`${ref} ${self}`)) return;
        reported.add(`${self} ${ref}`);
        const diff = differences(code, other);
        if (!diff.length) return;
        out.push(
          codeFinding(id, code, {
            severity: 'warning',
            at: ['equivalents', i],
            message: `${self} and its equivalent ${ref} differ: ${list(diff)}. Equivalent codes are the same condition, so a program should treat them alike.`,
            hint: `Correct the category or retry policy of one of them (and record why under decisions, about: equivalents), or, if the two are not the same condition, move each from the other's equivalents to related.`,
          }),
        );
      });
    }
  }
  return out;
}

export const check: Check = { id, summary: 'equivalent codes whose category or retry policy differ', run };
