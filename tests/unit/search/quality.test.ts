import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/load.ts';
import type { CodeSearch } from '../../../src/search/engine.ts';
import { shippedSearch } from './shipped.ts';
import { evaluate, loadQueries } from './quality.ts';

let catalog: Catalog;
let search: Record<string, CodeSearch>;
const queries = loadQueries();

beforeAll(async () => {
  ({ catalog, search } = await shippedSearch());
});

describe('search quality', () => {
  it('has at least 50 queries, in every locale of the catalog', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    expect(new Set(queries.map((q) => q.locale))).toEqual(new Set(catalog.site.locales.map((l) => l.id)));
  });

  it('names only codes and providers the catalog has', () => {
    const codes = new Set(catalog.providers.flatMap((p) => p.codes.map((c) => `${p.id}/${c.code}`)));
    const providers = new Set(catalog.providers.map((p) => p.id));
    expect(queries.flatMap((q) => q.right).filter((r) => !codes.has(r))).toEqual([]);
    expect(queries.flatMap((q) => (q.from ? [q.from] : [])).filter((p) => !providers.has(p))).toEqual([]);
  });

  it('puts a right code among the first three results for at least 95 % of the queries', () => {
    const { outcomes, successAt3 } = evaluate(search, queries);
    const missed = outcomes.filter((o) => !o.ok).map((o) => `${o.locale} ${o.q} -> ${o.top.join(', ') || '(nothing)'}`);
    expect(successAt3, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
