/**
 * errcat's benchmark: `npm run bench` (options after `--`).
 *
 * For the shipped catalog and synthetic catalogs of 100, 1,000 and 10,000
 * codes (bench/generate.mjs), measures:
 *  - errcat build (wall time, peak RSS of the process tree) against a bare
 *    Astro project with the same main routes (bench/bare/), interleaved in
 *    the same run, and the ratio;
 *  - loadCatalog + runChecks in-process (Node start excluded);
 *  - size of the built site, per page type the HTML/CSS/JS before search
 *    (raw and gzip), the search index per locale;
 *  - search in Chromium: keystroke to results rendered, first query apart,
 *    bytes downloaded before the first result; Pagefind on the same site for
 *    comparison;
 *  - Lighthouse and axe on a home, a provider index and a code page of the
 *    shipped catalog's build;
 * and rewrites the results section of BENCHMARKS.md (between the markers)
 * and bench/out/results.json.
 *
 * Options:
 *   --sizes 100,1000,10000   synthetic catalog sizes
 *   --runs 3                 build runs per catalog (errcat and bare, interleaved)
 *   --check-runs 3           runs of the checks timing
 *   --query-runs 5           fresh-browser runs of the search timing (per locale)
 *   --budget-min 20          time budget: series stop early (at least 1 run) when the next run would not fit
 *   --no-shipped --no-lighthouse --no-pagefind --no-write --quick
 *   --report-only            re-render BENCHMARKS.md from bench/out/results.json
 *   --profile-n 1000         catalog size for the CPU profiles of the checks and the build (0: none)
 *   --peers                  also build each synthetic catalog of up to --peers-max codes (1000) with
 *                            Starlight and Docusaurus, installed on demand in bench/peers/ (bench/lib/peers.mjs)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCatalog } from './generate.mjs';
import { measured } from './lib/measure.mjs';
import { distSize, pageTypes, searchIndexSizes, pagefindSizes, catalogIndex, stats } from './lib/sizes.mjs';
import { serve } from './lib/serve.mjs';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { launch, measureErrcatSearch, measurePagefind, pagefindFirstBytes } from './lib/search-bench.mjs';
import { runLighthouse, runAxe } from './lib/audit.mjs';
import { summarize } from './lib/profile-summary.mjs';
import { renderMarkdownReport } from './lib/report.mjs';
import { routeBreakdown } from './lib/route-breakdown.mjs';
import { installPeers, peerBuild, peerVersions, writeDocusaurus, writeStarlight } from './lib/peers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');
const NODE = process.execPath;

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? dflt : argv[i + 1];
};
const flag = (name) => argv.includes(`--${name}`);
const quick = flag('quick');
const config = {
  sizes: String(opt('sizes', quick ? '100,1000' : '100,1000,10000')).split(',').map(Number).filter((n) => n > 0),
  runs: Number(opt('runs', quick ? 1 : 3)),
  checkRuns: Number(opt('check-runs', quick ? 1 : 3)),
  queryRuns: Number(opt('query-runs', quick ? 2 : 5)),
  budgetMin: Number(opt('budget-min', 20)),
  shipped: !flag('no-shipped'),
  lighthouse: !flag('no-lighthouse'),
  pagefind: !flag('no-pagefind'),
  write: !flag('no-write'),
  profileN: Number(opt('profile-n', 1000)),
  peers: flag('peers'),
  peersMax: Number(opt('peers-max', 1000)),
};
const started = Date.now();
const deadline = started + config.budgetMin * 60_000;

// Queries typed char by char (per locale); the shipped catalog has its own vocabulary.
const QUERIES = {
  shipped: {
    en: ['zero balance', 'ERROR_CAPTCHA_UNSOLVABLE', 'proxy banned', 'wrong key'],
    ru: ['нет средств', 'прокси', 'капча не решена'],
    zh: ['余额', '代理', '验证码无法识别'],
  },
  synthetic: {
    en: ['proxy server timed out', 'ERROR_IMAGE_TOO_LARGE', 'balance', 'callback address'],
    ru: ['прокси-сервер', 'баланс аккаунта', 'время ожидания'],
    zh: ['代理服务器', '余额', '超时', '回调地址'],
  },
};

const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);
const results = { version: 1, date: new Date().toISOString(), config, machine: machine(), catalogs: [], failures: [] };

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const mem = readFileSync('/proc/meminfo', 'utf8');
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  let chromium;
  try {
    chromium = execFileSync(chromiumExecutable(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
  } catch {
    chromium = undefined;
  }
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  return {
    nproc: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpu)?.[1]?.trim(),
    memTotalGiB: Math.round((Number(/MemTotal:\s+(\d+)/.exec(mem)?.[1]) / 1024 / 1024) * 10) / 10,
    node: process.version,
    os: /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1],
    kernel: os.release(),
    chromium,
    astro: pkg('astro'),
    minisearch: pkg('minisearch'),
    pagefind: pkg('pagefind'),
    lighthouse: pkg('lighthouse'),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtyFiles: (git('status', '--porcelain') ?? '').split('\n').filter(Boolean).length,
    loadAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const median = (a) => stats(a).median;
const fail = (where, e) => {
  log(`FAILED ${where}: ${e?.stack ?? e}`);
  results.failures.push({ where, error: String(e?.message ?? e).slice(0, 2000) });
};

/**
 * Runs a series of measurements: at least once, up to `max`, while the next one fits in `capMs` and the budget.
 * A failing run ends the series; the runs before it are kept (and the failure recorded), so one bad run
 * (e.g. sources edited in the middle of a run) does not throw away the good ones.
 */
async function series(max, capMs, fn, where = 'series') {
  const out = [];
  const t0 = Date.now();
  for (let i = 0; i < max; i++) {
    const s = Date.now();
    try {
      out.push(await fn(i));
    } catch (e) {
      if (!out.length) throw e;
      fail(`${where} run ${i + 1} (earlier runs kept)`, e);
      break;
    }
    const took = Date.now() - s;
    const spent = Date.now() - t0;
    if (i + 1 < max && (spent + took > capMs || Date.now() + took > deadline)) {
      log(`  (stopping after ${i + 1} run(s): the next would exceed the time cap)`);
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------- steps
async function timeChecks(dir, runs, capMs, perCheck = false) {
  const one = (extra = []) => {
    const outp = execFileSync(NODE, [path.join(ROOT, 'bench/lib/time-checks.mjs'), dir, ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(outp.trim().split('\n').pop());
  };
  // Every run reads every text (the checks keep no cache).
  const list = await series(runs, capMs, () => one());
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

// Guides live beside the catalog (content/ next to it); the shipped guides cite shipped codes, so a
// synthetic catalog gets an empty guides folder of its own rather than whatever is in /tmp/content.
const EMPTY_CONTENT = path.join(OUT, 'empty-content');

function errcatBuild(label, catalogDir, outDir, prof) {
  const args = [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), ASTRO, 'build'];
  const shipped = path.resolve(catalogDir) === path.join(ROOT, 'catalog');
  if (!shipped) mkdirSync(EMPTY_CONTENT, { recursive: true });
  return measured(NODE, args, {
    cwd: ROOT,
    env: { ERRCAT_CATALOG: catalogDir, ERRCAT_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...(shipped ? {} : { ERRCAT_CONTENT: EMPTY_CONTENT }) },
    logFile: path.join(OUT, 'logs', `errcat-${label}.log`),
  });
}

function bareBuild(label, catalogDir, outDir) {
  return measured(NODE, [ASTRO, 'build', '--root', path.join(ROOT, 'bench/bare')], {
    cwd: ROOT,
    env: { BARE_CATALOG: catalogDir, BARE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: path.join(OUT, 'logs', `bare-${label}.log`),
  });
}

function countHtml(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'pagefind') walk(path.join(d, e.name));
      } else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

async function builds(label, catalogDir, codes) {
  const errOut = path.join(OUT, `dist-${label}`);
  const bareOut = path.join(OUT, `bare-${label}`);
  // Builds of the larger catalogs get the larger share of the time: about a third of the total budget at 10,000 codes.
  const capMs = codes >= 10_000 ? 11 * 60_000 : codes >= 1000 ? 3 * 60_000 : 90_000;
  const runs = await series(config.runs, capMs, async (i) => {
    log(`  build ${label} run ${i + 1}: errcat`);
    const e = await errcatBuild(label, catalogDir, errOut);
    if (e.code !== 0) throw new Error(`errcat build of ${label} exited ${e.code}; see bench/out/logs/errcat-${label}.log`);
    log(`    errcat ${(e.wallMs / 1000).toFixed(1)} s (CPU ${(e.cpuMs / 1000).toFixed(1)} s), peak ${e.peakTreeRssMb.toFixed(0)} MiB; bare`);
    const b = await bareBuild(label, catalogDir, bareOut);
    if (b.code !== 0) throw new Error(`bare build of ${label} exited ${b.code}; see bench/out/logs/bare-${label}.log`);
    log(`    bare ${(b.wallMs / 1000).toFixed(1)} s (CPU ${(b.cpuMs / 1000).toFixed(1)} s), peak ${b.peakTreeRssMb.toFixed(0)} MiB`);
    return { errcat: e, bare: b };
  }, `${label} builds`);
  const pick = (k, f) => stats(runs.map((r) => r[k][f]));
  const errcatMs = pick('errcat', 'wallMs');
  const bareMs = pick('bare', 'wallMs');
  const peak = (k) => median(runs.map((r) => Math.max(r[k].peakTreeRssMb, r[k].peakHwmMb)));
  return {
    runs: runs.length,
    // CPU (user + system of the build's process tree) follows the work, wall time the machine's load too.
    cpuRatio: pick('errcat', 'cpuMs').median / pick('bare', 'cpuMs').median,
    memoryRatio: peak('errcat') / peak('bare'),
    errcat: { wallMs: errcatMs, cpuMs: pick('errcat', 'cpuMs'), peakTreeRssMb: pick('errcat', 'peakTreeRssMb'), peakHwmMb: pick('errcat', 'peakHwmMb'), htmlPages: countHtml(errOut), load1: runs.map((r) => r.errcat.load1) },
    bare: { wallMs: bareMs, cpuMs: pick('bare', 'cpuMs'), peakTreeRssMb: pick('bare', 'peakTreeRssMb'), peakHwmMb: pick('bare', 'peakHwmMb'), htmlPages: countHtml(bareOut), load1: runs.map((r) => r.bare.load1) },
    ratio: errcatMs.median / bareMs.median,
    ratioRange: [errcatMs.min / bareMs.max, errcatMs.max / bareMs.min],
    // where the last errcat build's time went, by kind of route, from Astro's log
    routes: /Complete!/.test(readFileSync(path.join(OUT, 'logs', `errcat-${label}.log`), 'utf8')) ? routeBreakdown(path.join(OUT, 'logs', `errcat-${label}.log`)) : undefined,
    errOut,
  };
}

function searchPages(catalogDir, label) {
  const { locales, providers } = catalogIndex(catalogDir);
  const q = label === 'shipped' ? QUERIES.shipped : QUERIES.synthetic;
  const p = providers.find((x) => x.codes.length) ?? providers[0];
  return locales.map((l) => ({ path: `/${l}/${p.id}/${p.codes[0]}/`, locale: l, queries: q[l] ?? q.en }));
}

async function search(dist, catalogDir, label) {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const pages = searchPages(catalogDir, label);
    const r = await measureErrcatSearch(browser, server.url, pages, config.queryRuns);
    const byLocale = {};
    for (const pg of pages) {
      const f = r.first.filter((x) => x.page === pg.path);
      const b = r.bytes.filter((x) => x.page === pg.path);
      byLocale[pg.locale] = {
        page: pg.path,
        firstFromKeyMs: stats(f.map((x) => x.dom)),
        firstFromFocusMs: stats(f.map((x) => x.fromFocus)),
        firstFrameMs: stats(f.map((x) => x.frame).filter((x) => x != null)),
        bytesBeforeFirstResult: stats(b.map((x) => x.firstResult.bytes)),
        bodyBytesBeforeFirstResult: stats(b.map((x) => x.firstResult.body)),
        pageBytes: stats(b.map((x) => x.beforeSearch.bytes)),
        firstResultRequests: b[0]?.firstResult.urls,
        later: stats(r.later.filter((x) => x.page === pg.path).map((x) => x.dom)),
        // ms after the keystroke at which the search UI chunk and the index had arrived (negative: before it)
        uiArrivedMs: stats(f.map((x) => x.resources?.find((e) => e.name.includes('search-ui'))?.end).filter((x) => x != null)),
        indexArrivedMs: stats(f.map((x) => x.resources?.find((e) => e.name.startsWith('/search/'))?.end).filter((x) => x != null)),
        // The search's own marks: its code running (ui), and the codes parsed (ready).
        uiRanMs: stats(f.map((x) => x.marks?.find(([n]) => n === 'ui')?.[1]).filter((x) => x != null)),
        readyMs: stats(f.map((x) => x.marks?.find(([n]) => n === 'ready')?.[1]).filter((x) => x != null)),
      };
    }
    // Per context (run x locale) p95 of the later keystrokes, for the spread.
    const perRun = new Map();
    for (const x of r.later) {
      const k = `${x.page}|${x.run}`;
      perRun.set(k, [...(perRun.get(k) ?? []), x.dom]);
    }
    return {
      runs: config.queryRuns,
      firstFromKeyMs: stats(r.first.map((x) => x.dom)),
      firstFromFocusMs: stats(r.first.map((x) => x.fromFocus)),
      laterMs: stats(r.later.map((x) => x.dom)),
      laterFrameMs: stats(r.later.map((x) => x.frame).filter((x) => x != null)),
      laterP95PerRun: stats([...perRun.values()].map((v) => stats(v).p95)),
      slowestLater: [...r.later].sort((a, b) => b.dom - a.dom).slice(0, 5).map((x) => ({ value: x.value, ms: Math.round(x.dom * 10) / 10, page: x.page })),
      byLocale,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function pagefind(dist, catalogDir, label) {
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  const t = performance.now();
  execFileSync(PAGEFIND, ['--site', dist, '--glob', '{en,ru,zh}/**/*.html'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  const indexMs = performance.now() - t;
  const sizes = pagefindSizes(path.join(dist, 'pagefind'));
  const server = await serve(dist);
  const browser = await launch();
  try {
    const pages = searchPages(catalogDir, label);
    const runs = Math.max(2, Math.min(config.queryRuns, 3));
    const r = await measurePagefind(browser, server.url, pages, runs);
    const firstBytes = {};
    for (const pg of pages) {
      const b = await pagefindFirstBytes(browser, server.url, pg.path, [...pg.queries[0]][0]);
      firstBytes[pg.locale] = { bytes: b.firstResult.bytes, body: b.firstResult.body, requests: b.firstResult.requests };
    }
    return {
      indexMs,
      sizes,
      runs,
      initMs: stats(r.init),
      firstSearchMs: stats(r.first.map((x) => x.search)),
      firstWithDataMs: stats(r.first.map((x) => x.withData)),
      laterSearchMs: stats(r.later),
      laterWithDataMs: stats(r.laterWithData),
      firstBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function audits(dist) {
  const server = await serve(dist);
  const pages = ['/en/', '/en/capmonster-cloud/', '/en/capmonster-cloud/ERROR_ZERO_BALANCE/'];
  try {
    const out = {};
    try {
      out.lighthouse = await runLighthouse(server.url, pages, { runs: 2 });
    } catch (e) {
      fail('lighthouse', e);
      out.lighthouseError = String(e?.message ?? e);
    }
    const browser = await launch();
    try {
      out.axe = await runAxe(browser, server.url, pages);
    } finally {
      await browser.close();
    }
    return out;
  } finally {
    await server.close();
  }
}

async function profiles(label, catalogDir) {
  const dir = path.join(OUT, 'prof', label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'checks'), { recursive: true });
  execFileSync(NODE, ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'checks')}`, path.join(ROOT, 'bench/lib/time-checks.mjs'), catalogDir], { cwd: ROOT, stdio: 'ignore' });
  const checksFile = readdirSync(path.join(dir, 'checks'))[0];
  const out = { checks: summarize(path.join(dir, 'checks', checksFile), 15, 'src/') };
  const b = await errcatBuild(`${label}-profiled`, catalogDir, path.join(OUT, `dist-${label}-profiled`), path.join(dir, 'build'));
  if (b.code === 0) {
    // The biggest profile is the build's main thread.
    const files = readdirSync(path.join(dir, 'build')).map((f) => path.join(dir, 'build', f));
    const main = files.sort((x, y) => readFileSync(y).length - readFileSync(x).length)[0];
    out.build = summarize(main, 25);
    // errcat's own code: src/ (config hooks) and the bundled pages and modules, without Astro's render runtime chunks
    out.buildSrc = summarize(main, 25, 'src/|.prerender/chunks/', ['jsx-runtime', 'global_', 'prerender-entry', 'astro/dist']);
  }
  // The output is a link into errcat's folder beside it (README: The output folder); both go.
  for (const p of [`dist-${label}-profiled`, `.dist-${label}-profiled.errcat`]) rmSync(path.join(OUT, p), { recursive: true, force: true });
  return out;
}

/** One build each of Starlight and Docusaurus on the same catalog, with their ratios to this catalog's bare floor. */
async function peers(label, catalogDir, floor) {
  installPeers(log);
  results.machine.peers = peerVersions();
  const out = {};
  for (const [kind, write] of [['starlight', writeStarlight], ['docusaurus', writeDocusaurus]]) {
    log(`  ${kind}`);
    const dir = write(catalogDir, label);
    const r = await peerBuild(kind, dir, path.join(OUT, `${kind}-${label}`), path.join(OUT, 'logs', `${kind}-${label}.log`));
    if (r.code !== 0) throw new Error(`${kind} build of ${label} exited ${r.code}; see bench/out/logs/${kind}-${label}.log`);
    const peak = Math.max(r.peakTreeRssMb, r.peakHwmMb);
    out[kind] = { wallMs: r.wallMs, cpuMs: r.cpuMs, peakMb: peak, ratio: r.wallMs / floor.bare.wallMs.median, cpuRatio: r.cpuMs / floor.bare.cpuMs.median, htmlPages: countHtml(path.join(OUT, `${kind}-${label}`)) };
    log(`    ${(r.wallMs / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s), peak ${peak.toFixed(0)} MiB: ${out[kind].ratio.toFixed(1)}× the floor`);
  }
  return out;
}

// ---------------------------------------------------------------- main
async function benchCatalog(label, catalogDir, codes, extra = {}) {
  const stamp = machine();
  const entry = { label, codes, catalogDir: path.relative(ROOT, catalogDir) || catalogDir, measuredAt: new Date().toISOString(), commit: stamp.commit, dirtyFiles: stamp.dirtyFiles, ...extra };
  results.catalogs.push(entry);
  log(`== ${label} (${codes} codes)`);
  try {
    log('  checks');
    entry.checks = await timeChecks(catalogDir, config.checkRuns, codes >= 10_000 ? 100_000 : 60_000, codes === 1000);
    log(`    load ${entry.checks.loadMs.median.toFixed(0)} ms, checks ${entry.checks.checksMs.median.toFixed(0)} ms, ${entry.checks.errors} errors, ${entry.checks.warnings} warnings`);
    if (label !== 'shipped' && entry.checks.errors > 0) throw new Error(`the generated catalog has ${entry.checks.errors} errors`);
  } catch (e) {
    fail(`${label} checks`, e);
  }
  let dist;
  try {
    entry.builds = await builds(label, catalogDir, codes);
    dist = entry.builds.errOut;
    delete entry.builds.errOut;
  } catch (e) {
    fail(`${label} builds`, e);
  }
  if (config.peers && label !== 'shipped' && codes <= config.peersMax && entry.builds) {
    try {
      entry.peers = await peers(label, catalogDir, entry.builds);
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
    entry.search = await search(dist, catalogDir, label);
    log(`    first ${entry.search.firstFromKeyMs.median.toFixed(0)} ms, later p95 ${entry.search.laterMs.p95.toFixed(1)} ms`);
  } catch (e) {
    fail(`${label} search`, e);
  }
  if (config.pagefind) {
    try {
      log('  pagefind');
      entry.pagefind = await pagefind(dist, catalogDir, label);
    } catch (e) {
      fail(`${label} pagefind`, e);
    }
  }
  return entry;
}

function writeReport(res) {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const section = renderMarkdownReport(res);
  const START = '<!-- bench:results:start -->';
  const END = '<!-- bench:results:end -->';
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  if (!doc.includes(START) || !doc.includes(END)) doc += `\n${START}\n${END}\n`;
  doc = doc.slice(0, doc.indexOf(START) + START.length) + `\n${section}\n` + doc.slice(doc.indexOf(END));
  writeFileSync(file, doc);
}

if (flag('report-only')) {
  // Re-renders the results section from the last run's bench/out/results.json (no measuring).
  const res = JSON.parse(readFileSync(path.join(OUT, 'results.json'), 'utf8'));
  for (const c of res.catalogs) {
    const logFile = path.join(OUT, 'logs', `errcat-${c.label}.log`);
    if (c.builds && !c.builds.routes && existsSync(logFile)) c.builds.routes = routeBreakdown(logFile);
  }
  writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(res, null, 1)}\n`);
  writeReport(res);
  log('BENCHMARKS.md results section rewritten from bench/out/results.json');
  process.exit(0);
}

// Search, Pagefind and the audits run in Chromium: without one, stop now rather than after the builds.
try {
  chromiumExecutable();
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exit(2);
}
mkdirSync(path.join(OUT, 'logs'), { recursive: true });
log(`config ${JSON.stringify(config)}`);
if (results.machine.loadAtStart[0] > 1) log(`note: load average is ${results.machine.loadAtStart[0]} at start; other processes are running and timings will be noisier`);

if (config.shipped) {
  const codes = catalogIndex(path.join(ROOT, 'catalog')).providers.reduce((n, p) => n + p.codes.length, 0);
  const entry = await benchCatalog('shipped', path.join(ROOT, 'catalog'), codes);
  if (config.lighthouse && existsSync(path.join(OUT, 'dist-shipped'))) {
    try {
      log('  lighthouse + axe');
      entry.audits = await audits(path.join(OUT, 'dist-shipped'));
    } catch (e) {
      fail('audits', e);
    }
  }
}
for (const n of config.sizes) {
  const dir = path.join(os.tmpdir(), `errcat-bench-catalog-${n}`);
  const t = performance.now();
  writeCatalog(dir, n, 1);
  const generateMs = performance.now() - t;
  await benchCatalog(`n${n}`, dir, n, { generateMs });
}
if (config.profileN > 0 && Date.now() > deadline) {
  log('profiles skipped: past the time budget');
  results.profilesSkipped = 'past the time budget';
} else if (config.profileN > 0) {
  try {
    log(`profiles at ${config.profileN} codes`);
    const dir = path.join(os.tmpdir(), `errcat-bench-catalog-${config.profileN}`);
    if (!existsSync(dir)) writeCatalog(dir, config.profileN, 1);
    results.profiles = { codes: config.profileN, ...(await profiles(`n${config.profileN}`, dir)) };
  } catch (e) {
    fail('profiles', e);
  }
}

results.machine.loadAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
{
  // src/ may change while a run goes on: record the state at the end too.
  const end = machine();
  results.machine.commitAtEnd = end.commit;
  results.machine.dirtyFilesAtEnd = end.dirtyFiles;
}
results.durationMin = (Date.now() - started) / 60_000;
writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
log(`results: bench/out/results.json (${results.durationMin.toFixed(1)} min)`);
if (config.write) {
  writeReport(results);
  log('BENCHMARKS.md results section rewritten');
}
if (results.failures.length) {
  log(`${results.failures.length} step(s) failed: ${results.failures.map((f) => f.where).join(', ')}`);
  process.exitCode = 1;
}
