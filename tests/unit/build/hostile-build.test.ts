/**
 * The hostile catalogs of the check's property test (tests/unit/cli/
 * hostile-catalog.ts), a few of them through the real build, into an output
 * that holds a site from before: whatever the exit code, no stack trace, and
 * the output holds a complete site afterwards, the old one or a new one,
 * with no work folder of the build left behind. Few cases, as each build
 * takes seconds.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { acceptedHostileCatalog, hostileCatalogs, writeHostileCatalog, type HostileCatalog } from '../cli/hostile-catalog.ts';
import { build, tempDir } from './astro.ts';

const STACK = /^\s+at .+[(\s].*:\d+:\d+\)?$/m;
const PREVIOUS = 'the previous site';

/** The old site, untouched, or a new one with its home page, headers and every locale's home. */
function complete(out: string): boolean {
  const index = path.join(out, 'index.html');
  if (!existsSync(index)) return false;
  if (readFileSync(index, 'utf8') === PREVIOUS) return readdirSync(out).sort().join() === '_redirects,index.html';
  return existsSync(path.join(out, '_headers')) && ['en', 'ru', 'zh'].every((l) => existsSync(path.join(out, l, 'index.html')));
}

/** Whether the check lets a catalog through to the pages (no error), so its build publishes. */
function accepted(c: HostileCatalog): boolean {
  const parent = tempDir('errcat-hostile-check-');
  try {
    return runChecks(loadCatalog(writeHostileCatalog(c, parent))).errors === 0;
  } catch {
    return false;
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

describe('the build on hostile catalogs', () => {
  it('exits without a stack trace and leaves a complete site in the output, the old one or the new', () => {
    // Hostile catalogs stop at the check (none of 300 samples passed it): two of those, and one with hostile-looking values the check lets through, which publishes.
    const cases = [...fc.sample(hostileCatalogs, { numRuns: 2, seed: 23 }), acceptedHostileCatalog()];
    expect(accepted(cases[2]!), 'the check accepts the third catalog').toBe(true);
    const codes: (number | null)[] = [];
    for (const c of cases) {
      const parent = tempDir('errcat-hostile-build-');
      const catalog = writeHostileCatalog(c, parent);
      const out = path.join(parent, 'dist');
      mkdirSync(out);
      writeFileSync(path.join(out, 'index.html'), PREVIOUS);
      writeFileSync(path.join(out, '_redirects'), '');
      try {
        expect(complete(out)).toBe(true);
        const r = build(catalog, out);
        codes.push(r.code);
        const about = `${c.what.join('; ')} (exit ${r.code})\n${r.log.slice(-2000)}`;
        expect(r.signal, about).toBeNull();
        expect(r.log, about).not.toMatch(STACK);
        expect(r.log, about).not.toMatch(/An unhandled error occurred/);
        expect(complete(out), about).toBe(true);
        expect(readdirSync(parent).filter((n) => /staging|\.old-/.test(n)), about).toEqual([]);
      } finally {
        rmSync(parent, { recursive: true, force: true });
      }
    }
    // The accepted one published a new site; the others kept the old one.
    expect(codes[2]).toBe(0);
  }, 600_000);
});
