/**
 * The checks step: loadCatalog + runChecks timed in a child process
 * (bench/lib/time-checks.mjs), and the gate on a generated catalog, which
 * must check clean for its timing to mean anything.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { stats } from './sizes.mjs';
import { NODE, ROOT } from './session.mjs';

/** The checks timed `runs` times (fewer if the series hits `capMs`), and each check alone when `perCheck`. */
export async function timeChecks(s, dir, runs, capMs, perCheck = false) {
  const one = (extra = []) => {
    const outp = execFileSync(NODE, [path.join(ROOT, 'bench/lib/time-checks.mjs'), dir, ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(outp.trim().split('\n').pop());
  };
  // Every run reads every text (the checks keep no cache).
  const list = await s.series(runs, capMs, () => one());
  const r = {
    runs: list.length,
    loadMs: stats(list.map((x) => x.loadMs)),
    checksMs: stats(list.map((x) => x.checksMs)),
    totalMs: stats(list.map((x) => x.totalMs)),
    errors: list[0].errors,
    warnings: list[0].warnings,
    memory: { afterLoad: list[0].afterLoad, afterChecks: list[0].afterChecks },
  };
  if (perCheck) r.perCheckMs = one(['--per-check-only']).perCheck;
  return r;
}

/**
 * Why a generated catalog's checks cannot stand as a timing, or undefined when they can:
 * bench/generate.mjs promises a catalog with no findings, and placing findings costs seconds.
 */
export function generatedCatalogProblem(label, dir, checks) {
  if (!checks.errors && !checks.warnings) return undefined;
  return `the generated catalog ${label} (${dir}) has ${checks.errors} error(s) and ${checks.warnings} warning(s), where bench/generate.mjs promises none; its checks time is not a clean catalog's. See them with: npx errcat check --catalog ${dir}`;
}
