/**
 * Times loadCatalog and runChecks in-process (Node start and module import
 * excluded) and prints one JSON line:
 *   node bench/lib/time-checks.mjs <catalog dir>
 * With --per-check-only: loads, then times each check of the registry on its
 * own, in registry order (the texts are read as they would be in
 * runChecks, so the first check pays for reading them).
 * CPU time of the checks (user + system, `checksCpuMs`) is reported beside
 * the wall time, as a shared machine stretches the wall time of a run.
 * Memory (MiB) after loading and after the checks is reported too; run
 * with --expose-gc to measure the live heap after a full collection.
 */
const dir = process.argv[2];
const mem = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { rssMb: Math.round(m.rss / 1048576), heapUsedMb: Math.round(m.heapUsed / 1048576) };
};
const t0 = performance.now();
const { loadCatalog } = await import('../../src/catalog/load.ts');
const { runChecks } = await import('../../src/checks/run.ts');
const { CHECKS } = await import('../../src/checks/index.ts');
const importMs = performance.now() - t0;
const t1 = performance.now();
const catalog = loadCatalog(dir);
const loadMs = performance.now() - t1;
const afterLoad = mem();
if (process.argv.includes('--per-check-only')) {
  const perCheck = {};
  for (const check of CHECKS) {
    const s = performance.now();
    check.run(catalog);
    perCheck[check.id] = Math.round((performance.now() - s) * 10) / 10;
  }
  console.log(JSON.stringify({ importMs, loadMs, perCheck }));
} else {
  const t2 = performance.now();
  const cpu = process.cpuUsage();
  const result = runChecks(catalog);
  const checksMs = performance.now() - t2;
  const used = process.cpuUsage(cpu);
  const checksCpuMs = Math.round((used.user + used.system) / 1000);
  const afterChecks = mem();
  console.log(JSON.stringify({ importMs, loadMs, checksMs, checksCpuMs, totalMs: loadMs + checksMs, errors: result.errors, warnings: result.warnings, findings: result.findings.length, afterLoad, afterChecks }));
}
