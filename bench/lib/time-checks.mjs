/**
 * Times loadCatalog and runChecks in-process (Node start excluded), and each
 * check on its own (in registry order, sharing the Markdown cache the way the
 * real run does). Prints one JSON line.
 *   node bench/lib/time-checks.mjs <catalog dir>
 */
const dir = process.argv[2];
const t0 = performance.now();
const { loadCatalog } = await import('../../src/catalog/load.ts');
const { runChecks } = await import('../../src/checks/run.ts');
const { CHECKS } = await import('../../src/checks/index.ts');
const tImport = performance.now() - t0;
const t1 = performance.now();
const catalog = loadCatalog(dir);
const tLoad = performance.now() - t1;
const t2 = performance.now();
const result = runChecks(catalog);
const tChecks = performance.now() - t2;
const perCheck = {};
if (process.argv.includes('--per-check')) {
  // A second, fresh load so that the Markdown cache starts empty again for the per-check pass.
  const { loadCatalog: load2 } = await import('../../src/catalog/load.ts?again');
  const c2 = load2(dir);
  for (const check of CHECKS) {
    const s = performance.now();
    check.run(c2);
    perCheck[check.id] = Math.round((performance.now() - s) * 10) / 10;
  }
}
console.log(JSON.stringify({ importMs: tImport, loadMs: tLoad, checksMs: tChecks, totalMs: tLoad + tChecks, errors: result.errors, warnings: result.warnings, findings: result.findings.length, perCheck }));
