/**
 * errcat's benchmark: `npm run bench` (options after `--`).
 *
 * For the shipped catalog and synthetic catalogs of 100, 1,000 and 10,000
 * codes (bench/generate.mjs), measures:
 *  - errcat build (wall time, peak RSS of the process tree) against a bare
 *    Astro project with the same main routes (bench/bare/), interleaved in
 *    the same run, and the ratio;
 *  - loadCatalog + runChecks in-process (Node start excluded); a generated
 *    catalog with any finding (error or warning) fails the step;
 *  - size of the built site, per page type the HTML/CSS/JS before search
 *    (raw and gzip), the search index per locale;
 *  - search in Chromium: keystroke to results rendered, first query apart,
 *    bytes downloaded before the first result; Pagefind on the same site for
 *    comparison;
 *  - Lighthouse and axe on a home, a provider index and a code page of the
 *    shipped catalog's build;
 *  - `errcat import docusaurus` of generated pages of 2,000 and 10,000
 *    entries in two locales (CPU, wall, peak RSS);
 * and rewrites the results section of BENCHMARKS.md (between the markers),
 * which opens with every target of issues #21 and #16 and its status
 * (bench/lib/targets.mjs), and bench/out/results.json.
 *
 * Options:
 *   --sizes 100,1000,10000   synthetic catalog sizes
 *   --runs 3                 build runs per catalog (errcat and bare, interleaved)
 *   --check-runs 3           runs of the checks timing
 *   --query-runs 5           fresh-browser runs of the search timing (per locale)
 *   --budget-min 20          time budget: series stop early (at least 1 run) when the next run would not fit
 *   --no-shipped --no-lighthouse --no-pagefind --no-write
 *                            skip the shipped catalog, Lighthouse and axe, Pagefind, writing BENCHMARKS.md
 *   --quick                  sizes 100,1000, 1 build run, 1 checks run, 2 search runs (unless given)
 *   --report-only            re-render BENCHMARKS.md from bench/out/results.json
 *   --profile-n 1000         catalog size for the CPU profiles of the checks and the build (0: none)
 *   --peers                  also build each synthetic catalog of up to --peers-max codes (1000) with
 *                            Starlight and Docusaurus, installed on demand in bench/peers/ (bench/lib/peers.mjs)
 *   --peers-max 1000         the largest synthetic catalog --peers builds
 *   --help                   this text
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { writeCatalog } from './generate.mjs';
import { audits } from './lib/audit.mjs';
import { builds, peers } from './lib/builds.mjs';
import { generatedCatalogProblem, timeChecks } from './lib/checks.mjs';
import { timeImport } from './lib/imports.mjs';
import { loadAverage, machine } from './lib/machine.mjs';
import { parseOptions, usage } from './lib/options.mjs';
import { profiles } from './lib/profiles.mjs';
import { writeReport } from './lib/report.mjs';
import { routeBreakdown } from './lib/route-breakdown.mjs';
import { search, pagefind } from './lib/search.mjs';
import { OUT, ROOT, startSession } from './lib/session.mjs';
import { catalogIndex, distSize, pageTypes, searchIndexSizes } from './lib/sizes.mjs';

const REPORT = path.join(ROOT, 'BENCHMARKS.md');
const RESULTS = path.join(OUT, 'results.json');

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}\n(npm run bench -- --help lists the options)`);
  process.exit(2);
}
if (options.help) {
  console.log(usage(fileURLToPath(import.meta.url)));
  process.exit(0);
}

if (options.reportOnly) {
  // Re-renders the results section from the last run's bench/out/results.json (no measuring).
  const res = JSON.parse(readFileSync(RESULTS, 'utf8'));
  for (const c of res.catalogs) {
    const logFile = path.join(OUT, 'logs', `errcat-${c.label}.log`);
    if (c.builds && !c.builds.routes && existsSync(logFile)) c.builds.routes = routeBreakdown(logFile);
  }
  writeFileSync(RESULTS, `${JSON.stringify(res, null, 1)}\n`);
  writeReport(REPORT, res);
  console.log('BENCHMARKS.md results section rewritten from bench/out/results.json');
  process.exit(0);
}

// Search, Pagefind and the audits run in Chromium: without one, stop now rather than after the builds.
try {
  chromiumExecutable();
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exit(2);
}

const s = startSession(options.config);
const { config, log, fail, results } = s;

/** Every step on one catalog: checks, builds (and peers), sizes, search, Pagefind; a failed step is recorded and the next one runs. */
async function benchCatalog(label, catalogDir, codes, extra = {}) {
  const stamp = machine(ROOT);
  const entry = { label, codes, catalogDir: path.relative(ROOT, catalogDir) || catalogDir, measuredAt: new Date().toISOString(), commit: stamp.commit, dirtyFiles: stamp.dirtyFiles, ...extra };
  results.catalogs.push(entry);
  log(`== ${label} (${codes} codes)`);
  try {
    log('  checks');
    entry.checks = await timeChecks(s, catalogDir, config.checkRuns, codes >= 10_000 ? 100_000 : 60_000, codes === 1000);
    log(`    load ${entry.checks.loadMs.median.toFixed(0)} ms, checks ${entry.checks.checksMs.median.toFixed(0)} ms, ${entry.checks.errors} errors, ${entry.checks.warnings} warnings`);
    const problem = label === 'shipped' ? undefined : generatedCatalogProblem(label, catalogDir, entry.checks);
    if (problem) throw new Error(problem);
  } catch (e) {
    fail(`${label} checks`, e);
  }
  let dist;
  try {
    entry.builds = await builds(s, label, catalogDir, codes);
    dist = entry.builds.errOut;
    delete entry.builds.errOut;
  } catch (e) {
    fail(`${label} builds`, e);
  }
  if (config.peers && label !== 'shipped' && codes <= config.peersMax && entry.builds) {
    try {
      entry.peers = await peers(s, label, catalogDir, entry.builds);
    } catch (e) {
      fail(`${label} peers`, e);
    }
  }
  if (!dist || !existsSync(dist)) return entry;
  try {
    entry.dist = distSize(dist);
    entry.pageTypes = pageTypes(dist, catalogDir, codes >= 10_000 ? 300 : 200);
    entry.searchIndex = searchIndexSizes(dist);
  } catch (e) {
    fail(`${label} sizes`, e);
  }
  try {
    log('  search (Chromium)');
    entry.search = await search(s, dist, catalogDir, label);
    log(`    first ${entry.search.firstFromKeyMs.median.toFixed(0)} ms, later p95 ${entry.search.laterMs.p95.toFixed(1)} ms`);
  } catch (e) {
    fail(`${label} search`, e);
  }
  if (config.pagefind) {
    try {
      log('  pagefind');
      entry.pagefind = await pagefind(s, dist, catalogDir, label);
    } catch (e) {
      fail(`${label} pagefind`, e);
    }
  }
  return entry;
}

mkdirSync(path.join(OUT, 'logs'), { recursive: true });
log(`config ${JSON.stringify(config)}`);
if (results.machine.loadAtStart[0] > 1) log(`note: load average is ${results.machine.loadAtStart[0]} at start; other processes are running and timings will be noisier`);

// 1. The shipped catalog, with Lighthouse and axe on its site.
if (config.shipped) {
  const codes = catalogIndex(path.join(ROOT, 'catalog')).providers.reduce((n, p) => n + p.codes.length, 0);
  const entry = await benchCatalog('shipped', path.join(ROOT, 'catalog'), codes);
  if (config.lighthouse && existsSync(path.join(OUT, 'dist-shipped'))) {
    try {
      log('  lighthouse + axe');
      entry.audits = await audits(path.join(OUT, 'dist-shipped'), fail);
    } catch (e) {
      fail('audits', e);
    }
  }
}

// 2. Each generated catalog.
for (const n of config.sizes) {
  const dir = path.join(os.tmpdir(), `errcat-bench-catalog-${n}`);
  const t = performance.now();
  writeCatalog(dir, n, 1);
  const generateMs = performance.now() - t;
  await benchCatalog(`n${n}`, dir, n, { generateMs });
}

// 3. The import of large pages.
try {
  log('import (2,000 and 10,000 entries, en + ru)');
  results.imports = timeImport();
  log(`    ${results.imports.sizes.map((x) => `${x.entries}: CPU ${(x.cpuMs / 1000).toFixed(1)} s`).join(', ')}`);
} catch (e) {
  fail('import', e);
}

// 4. CPU profiles of the checks and a build, if the budget leaves time.
if (config.profileN > 0 && Date.now() > s.deadline) {
  log('profiles skipped: past the time budget');
  results.profilesSkipped = 'past the time budget';
} else if (config.profileN > 0) {
  try {
    log(`profiles at ${config.profileN} codes`);
    const dir = path.join(os.tmpdir(), `errcat-bench-catalog-${config.profileN}`);
    // Written again unless this run just wrote it: a catalog left by an older generator may not check clean.
    if (!config.sizes.includes(config.profileN)) writeCatalog(dir, config.profileN, 1);
    results.profiles = { codes: config.profileN, ...(await profiles(`n${config.profileN}`, dir)) };
  } catch (e) {
    fail('profiles', e);
  }
}

// 5. The results and the report.
results.machine.loadAtEnd = loadAverage();
{
  // src/ may change while a run goes on: record the state at the end too.
  const end = machine(ROOT);
  results.machine.commitAtEnd = end.commit;
  results.machine.dirtyFilesAtEnd = end.dirtyFiles;
}
results.durationMin = (Date.now() - s.started) / 60_000;
writeFileSync(RESULTS, `${JSON.stringify(results, null, 1)}\n`);
log(`results: bench/out/results.json (${results.durationMin.toFixed(1)} min)`);
if (config.write) {
  writeReport(REPORT, results);
  log('BENCHMARKS.md results section rewritten');
}
if (results.failures.length) {
  log(`${results.failures.length} step(s) failed: ${results.failures.map((f) => f.where).join(', ')}`);
  process.exitCode = 1;
}
