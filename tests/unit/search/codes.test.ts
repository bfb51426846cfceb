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
    expect(built()).toEqual([]);
    for (const step of index.preparations()) step();
    expect(built()).toEqual(['nameKeys', 'byKey', 'compactKeys', 'partIndex']);
  });

  it('finds the same typos and nearest codes prepared or not', () => {
    const prepared = new CodeIndex(docs);
    for (const step of prepared.preparations()) step();
    const lazy = new CodeIndex(docs);
    for (const key of ['error_zero_balanse', 'error_proxy_timeout_x', 'proxy_baned']) {
      expect(prepared.typos(key, scope)).toEqual(lazy.typos(key, scope));
      expect(prepared.nearest(key, scope)).toEqual(lazy.nearest(key, scope));
    }
  });
});
