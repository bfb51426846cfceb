/**
 * Search quality: success at 3 over the realistic queries of
 * tests/fixtures/search-queries/queries.yaml, the share of queries with a
 * right code among the first three results. The unit test holds it at 95 %
 * or more; `npm run search-quality` prints it with every query's results.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CodeSearch } from '../../../src/search/engine.ts';

export const QUERIES_FILE = 'tests/fixtures/search-queries/queries.yaml';

export interface Query {
  locale: string;
  q: string;
  /** The provider whose pages the reader searches from: the box starts filtered to it. */
  from?: string;
  /** provider/CODE of every code the reader would be right to land on. */
  right: string[];
}

export interface Outcome extends Query {
  top: string[];
  ok: boolean;
}

export function loadQueries(file = QUERIES_FILE): Query[] {
  const byLocale = parse(readFileSync(file, 'utf8')) as Record<string, Omit<Query, 'locale'>[]>;
  return Object.entries(byLocale).flatMap(([locale, list]) => list.map((q) => ({ locale, ...q })));
}

/** Runs each query as the search box does (filtered to `from`, which also comes first) and keeps the first three results. */
export function evaluate(search: Record<string, CodeSearch>, queries: Query[]): { outcomes: Outcome[]; successAt3: number } {
  const outcomes = queries.map((query) => {
    const { hits } = search[query.locale]!.search(query.q, { provider: query.from, context: query.from });
    const top = hits.slice(0, 3).map((h) => `${h.provider}/${h.code}`);
    return { ...query, top, ok: top.some((t) => query.right.includes(t)) };
  });
  return { outcomes, successAt3: outcomes.filter((o) => o.ok).length / outcomes.length };
}
