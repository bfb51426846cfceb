/**
 * One search, the same in the browser, the tests and the benchmark: an exact
 * code or alias first (any case, `-` and spaces as `_`), then MiniSearch over
 * codes (prefix and typo-tolerant) and words (stemmed, every word must match).
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { SearchDoc } from './options.ts';
import { normalizeCode, queryParts } from './tokenize.ts';

export type Hit = Pick<SearchDoc, 'code' | 'aliases' | 'provider' | 'providerName' | 'title' | 'http' | 'retry' | 'url'> & { id: number; exact: boolean };

export interface SearchOptions {
  provider?: string;
  limit?: number;
}

export function runSearch(index: MiniSearch<SearchDoc>, query: string, options: SearchOptions = {}): Hit[] {
  const limit = options.limit ?? 10;
  const q = query.trim();
  if (!q) return [];
  const { code, words } = queryParts(q);
  const filter = options.provider ? (r: SearchResult) => r.provider === options.provider : undefined;
  const wanted = normalizeCode(q);
  const subQueries: object[] = [];
  if (code.length >= 2) subQueries.push({ queries: [code], fields: ['codes'], tokenize: (t: string) => [t], processTerm: (t: string) => t, prefix: true, fuzzy: code.length >= 6 ? 0.15 : false, boost: { codes: 6 } });
  if (words.length)
    subQueries.push({
      queries: words,
      combineWith: 'AND',
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 6 && !/\d/.test(term) ? 0.2 : false),
      boost: { codes: 3, http: 4, name: 2, title: 2, text: 1 },
    });
  if (!subQueries.length) return [];
  const results = index.search({ combineWith: 'OR', queries: subQueries } as never, { filter });
  const hits: Hit[] = results.map((r) => {
    const exact = normalizeCode(r.code as string) === wanted || (r.aliases as string[]).some((a) => normalizeCode(a) === wanted);
    return { id: r.id as number, code: r.code, aliases: r.aliases, provider: r.provider, providerName: r.providerName, title: r.title, http: r.http, retry: r.retry, url: r.url, exact } as Hit;
  });
  // Exact codes first; otherwise MiniSearch's order (by score) stands.
  return [...hits.filter((h) => h.exact), ...hits.filter((h) => !h.exact)].slice(0, limit);
}
