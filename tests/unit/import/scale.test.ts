/**
 * The import at scale: linear time (measured in CPU time, which a busy host
 * disturbs less than wall time), and a result errcat check loads. The pages
 * are generated (big-page.ts), never committed.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { importBig } from './big-page.ts';
import { tempDir } from './helpers.ts';

describe('importing a large page', () => {
  it('takes time linear in the number of entries, and errcat check loads what it wrote', () => {
    const small = importBig(2_000, tempDir());
    const out = tempDir();
    const large = importBig(10_000, out);
    // Five times the entries: about five times the time; a quadratic step would take about 25 times.
    expect(large / small).toBeLessThan(12);
    // A few seconds of CPU for 10,000 entries in two locales (BENCHMARKS.md, "import").
    expect(large).toBeLessThan(8);
    const catalog = loadCatalog(out);
    expect(catalog.findings).toEqual([]);
    expect(catalog.providers[0]!.codes).toHaveLength(10_000);
  }, 120_000);
});
