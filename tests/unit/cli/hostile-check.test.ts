/**
 * errcat check on catalogs with hostile values (hostile-catalog.ts): for
 * every one, exit 0, 1 or 2, no stack trace, and every error at a file and
 * line. In-process for many cases, through the real command for a few.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { hostileCatalogs, writeHostileCatalog, type HostileCatalog } from './hostile-catalog.ts';

const STACK = /^\s+at .+[(\s].*:\d+:\d+\)?$/m;

/** Runs errcat in this process; console output is captured. */
async function errcat(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const keep = (...a: unknown[]) => void chunks.push(a.map(String).join(' '));
  const spies = [vi.spyOn(console, 'log').mockImplementation(keep), vi.spyOn(console, 'error').mockImplementation(keep), vi.spyOn(console, 'warn').mockImplementation(keep), vi.spyOn(process.stderr, 'write').mockImplementation((s) => (chunks.push(String(s)), true))];
  try {
    return { code: await main(args), out: chunks.join('\n') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

interface Reported {
  severity?: string;
  file?: string;
  line?: number;
  error?: string;
  message?: string;
  hint?: string;
}

/** What every run must hold, whatever the catalog. */
function holds(code: number, out: string, c: HostileCatalog): void {
  const about = `${c.what.join('; ')}\n${out.slice(0, 2000)}`;
  expect([0, 1, 2], about).toContain(code);
  expect(out, about).not.toMatch(STACK);
  // Unusable input keeps the format: an array of one finding of check 'load'.
  const findings = JSON.parse(out) as Reported[];
  if (code === 2) {
    expect(findings, about).toHaveLength(1);
    const e = findings[0]!;
    expect(e.file, about).toBeTruthy();
    if (!/does not exist/.test(e.message ?? '')) expect(e.line, about).toBeGreaterThan(0);
    expect(e.hint, about).toBeTruthy();
    return;
  }
  for (const f of findings.filter((x) => x.severity === 'error')) {
    expect(f.file, about).toBeTruthy();
    expect(f.line, about).toBeGreaterThan(0);
    expect(f.hint, about).toBeTruthy();
  }
  expect(code, about).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(path.dirname(d), { recursive: true, force: true });
});

describe('errcat check on hostile catalogs', () => {
  it('exits 0, 1 or 2 without a stack trace, with every error at a file and line', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCatalogs, async (c) => {
        const dir = writeHostileCatalog(c);
        dirs.push(dir);
        try {
          const { code, out } = await errcat(['check', '--catalog', dir, '--no-cache', '--format', 'json']);
          holds(code, out, c);
        } finally {
          rmSync(path.dirname(dir), { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('holds the same through the real command, in text', () => {
    for (const c of fc.sample(hostileCatalogs, { numRuns: 3, seed: 17 })) {
      const dir = writeHostileCatalog(c);
      dirs.push(dir);
      const r = spawnSync(process.execPath, ['bin/errcat.mjs', 'check', '--catalog', dir, '--no-cache'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const out = `${r.stdout}${r.stderr}`;
      const about = `${c.what.join('; ')}\n${out.slice(0, 2000)}`;
      expect([0, 1, 2], about).toContain(r.status);
      expect(out, about).not.toMatch(STACK);
      for (const line of out.split('\n').filter((l) => / error /.test(l) && !l.startsWith('  '))) expect(line, about).toMatch(/^\S.*:\d+:\d+ error /);
    }
  }, 120_000);
});
