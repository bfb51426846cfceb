/** The bench's gate on a generated catalog: its checks time stands only for a catalog with no findings. */
import { describe, expect, it } from 'vitest';
import { generatedCatalogProblem } from '../../../bench/lib/checks.mjs';

const DIR = '/tmp/errcat-bench-catalog-100';

describe('the gate on a generated catalog', () => {
  it('lets a catalog with no errors and no warnings through', () => {
    expect(generatedCatalogProblem('n100', DIR, { errors: 0, warnings: 0 })).toBeUndefined();
  });

  it('refuses a catalog with warnings only, naming the catalog and both counts', () => {
    const message = generatedCatalogProblem('n100', DIR, { errors: 0, warnings: 7 });
    expect(message).toContain('n100');
    expect(message).toContain(DIR);
    expect(message).toContain('0 error(s) and 7 warning(s)');
  });

  it('refuses a catalog with errors', () => {
    expect(generatedCatalogProblem('n100', DIR, { errors: 2, warnings: 0 })).toContain('2 error(s) and 0 warning(s)');
  });
});
