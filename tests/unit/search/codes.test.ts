import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../../../src/search/codes.ts';

const docs: [string, string[]][] = [
  ['ERROR_ZERO_BALANCE', ['ZERO_BALANCE']],
  ['ERROR_PROXY_TIMEOUT', []],
  ['ERROR_PROXY_BANNED', ['proxy-banned']],
];
const scope = { allowed: () => true, preferred: () => false };

describe('CodeIndex', () => {
  it('builds, in its preparation steps, every index that typos and nearest codes would otherwise build on the first query', () => {
    const index = new CodeIndex(docs);
    const built = () => {
      const state = index as unknown as Record<string, unknown>;
      return ['nameKeys', 'byKey', 'compactKeys', 'partIndex'].filter((k) => state[k] !== undefined);
    };
    const buckets = () => [...(index as unknown as { buckets: Map<string, unknown> }).buckets.keys()].sort();
    expect(built()).toEqual([]);
    expect(buckets()).toEqual([]);
    for (const step of index.preparations()) step();
    expect(built()).toEqual(['nameKeys', 'byKey', 'compactKeys', 'partIndex']);
    // The first two letters of every key: error_…, zero_…, balance, proxy_…, timeout, banned.
    expect(buckets()).toEqual(['ba', 'er', 'pr', 'ti', 'ze']);
  });

  it('finds the same codes by prefix, typo and nearest name prepared or not', () => {
    const lazy = new CodeIndex(docs);
    // One bucket made before the others, by a query: the preparation leaves it as it is.
    const early = new CodeIndex(docs);
    early.prefix('pr', 10, scope, () => false, () => {});
    const prepared = [new CodeIndex(docs), early];
    for (const index of prepared) for (const step of index.preparations()) step();
    for (const index of prepared) {
      for (const key of ['er', 'error_', 'pr', 'proxy_b', 'ba', 'ze', 'ti', 'xy'])
        expect([key, index.prefix(key, 10, scope, () => false, () => {})]).toEqual([key, lazy.prefix(key, 10, scope, () => false, () => {})]);
      for (const key of ['error_zero_balanse', 'error_proxy_timeout_x', 'proxy_baned']) {
        expect(index.typos(key, scope)).toEqual(lazy.typos(key, scope));
        expect(index.nearest(key, scope)).toEqual(lazy.nearest(key, scope));
      }
    }
  });
});
