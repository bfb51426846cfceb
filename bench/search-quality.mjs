/**
 * Search quality on the shipped catalog: every query of
 * tests/fixtures/search-queries/queries.yaml with its first three results,
 * then success at 3 (the share of queries with a right code among them).
 * Deterministic: no timing is involved.
 *
 *   npm run search-quality [-- --misses]     (--misses: list only the queries that miss)
 */
import { shippedSearch } from '../tests/unit/search/shipped.ts';
import { evaluate, loadQueries } from '../tests/unit/search/quality.ts';

const onlyMisses = process.argv.includes('--misses');
const { search } = await shippedSearch();
const { outcomes, successAt3 } = evaluate(search, loadQueries());
for (const o of outcomes) {
  if (onlyMisses && o.ok) continue;
  console.log(`${o.ok ? 'ok  ' : 'miss'} ${o.locale}${o.from ? ` (from ${o.from})` : ''} ${JSON.stringify(o.q)}\n       ${o.top.join(', ') || '(nothing)'}`);
}
const hits = outcomes.filter((o) => o.ok).length;
const per = Object.entries(Object.groupBy(outcomes, (o) => o.locale)).map(([l, list]) => `${l} ${list.filter((o) => o.ok).length}/${list.length}`);
console.log(`\nsuccess at 3: ${hits}/${outcomes.length} = ${(100 * successAt3).toFixed(1)} % (${per.join(', ')})`);
