/**
 * The build step: errcat's build against the bare Astro floor (bench/bare/)
 * on the same catalog, interleaved run by run, with wall time, CPU and peak
 * memory of each process tree; and, with --peers, Starlight and Docusaurus
 * against the same floor.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { measured } from './measure.mjs';
import { installPeers, peerBuild, peerVersions, writeDocusaurus, writeStarlight } from './peers.mjs';
import { routeBreakdown } from './route-breakdown.mjs';
import { NODE, OUT, ROOT } from './session.mjs';
import { stats } from './sizes.mjs';

const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

// Guides live beside the catalog (content/ next to it); the shipped guides cite shipped codes, so a
// synthetic catalog gets an empty guides folder of its own rather than whatever is in /tmp/content.
const EMPTY_CONTENT = path.join(OUT, 'empty-content');

/** One errcat build of `catalogDir` into `outDir`, measured; with `prof`, CPU profiles go there. */
export function errcatBuild(label, catalogDir, outDir, prof) {
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

/** The series of interleaved errcat and bare builds of one catalog, with their ratios; `errOut` is errcat's last output. */
export async function builds(s, label, catalogDir, codes) {
  const { log } = s;
  const errOut = path.join(OUT, `dist-${label}`);
  const bareOut = path.join(OUT, `bare-${label}`);
  // Builds of the larger catalogs get the larger share of the time: about a third of the total budget at 10,000 codes.
  const capMs = codes >= 10_000 ? 11 * 60_000 : codes >= 1000 ? 3 * 60_000 : 90_000;
  const runs = await s.series(s.config.runs, capMs, async (i) => {
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
  const peak = (k) => stats(runs.map((r) => Math.max(r[k].peakTreeRssMb, r[k].peakHwmMb))).median;
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

/** One build each of Starlight and Docusaurus on the same catalog, with their ratios to this catalog's bare floor. */
export async function peers(s, label, catalogDir, floor) {
  const { log } = s;
  installPeers(log);
  s.results.machine.peers = peerVersions();
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
