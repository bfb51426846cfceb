/**
 * Renders bench/out/results.json as the Markdown results section of
 * BENCHMARKS.md: the targets and whether each is met, then one table per
 * measurement. Units: 1 kB = 1,000 bytes; memory in MiB (1,048,576 bytes);
 * times in ms or s.
 */

const GB15_MIB = 1.5e9 / 1048576; // 1.5 GB (decimal) in MiB: the stricter reading of "1.5 GB"

const f0 = (x) => (x == null || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
const f1 = (x) => (x == null || Number.isNaN(x) ? '–' : (Math.round(x * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const ms = (x) => (x == null ? '–' : x >= 10_000 ? `${f1(x / 1000)} s` : x >= 100 ? `${f0(x)} ms` : `${f1(x)} ms`);
const kB = (b) => (b == null ? '–' : b >= 1e6 ? `${f1(b / 1e6)} MB` : `${f1(b / 1000)} kB`);
const mib = (m) => (m == null ? '–' : `${f0(m)} MiB`);
const spread = (s, fmt) => (!s || !s.n ? '–' : s.n === 1 ? `${fmt(s.median)} (n=1)` : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})`);
const yes = (ok) => (ok == null ? '–' : ok ? '**met**' : '**missed**');

function cat(results, label) {
  return results.catalogs.find((c) => c.label === label);
}

function largest(results) {
  return results.catalogs.filter((c) => c.label !== 'shipped').sort((a, b) => b.codes - a.codes)[0];
}

export function targets(results) {
  const big = largest(results);
  const shipped = cat(results, 'shipped');
  const rows = [];
  const b = big?.builds;
  rows.push({
    target: `Build of ${f0(big?.codes)} codes × 3 locales ≤ 1.5 × the bare Astro floor of the same run`,
    measured: b ? `${f1(b.ratio)}× (errcat ${ms(b.errcat.wallMs.median)} / bare ${ms(b.bare.wallMs.median)}; range ${f1(b.ratioRange[0])}–${f1(b.ratioRange[1])}×)` : 'not measured',
    met: b ? b.ratio <= 1.5 : null,
  });
  const peak = b ? Math.max(b.errcat.peakTreeRssMb.max, b.errcat.peakHwmMb.max) : null;
  rows.push({ target: `Peak memory of that build < 1.5 GB (${f0(GB15_MIB)} MiB)`, measured: b ? `${mib(peak)} (process tree, largest of ${b.runs} run(s))` : 'not measured', met: b ? peak < GB15_MIB : null });
  const c = big?.checks;
  rows.push({
    target: `All checks < 1 s on ${f0(big?.codes)} codes`,
    measured: c
      ? `runChecks ${ms(c.checksMs.median)} cold; with loadCatalog ${ms(c.totalMs.median)}`
      : 'not measured',
    met: c ? c.checksMs.median < 1000 : null,
  });
  const codePages = results.catalogs.filter((x) => x.pageTypes);
  const worst = codePages.reduce((acc, x) => (!acc || x.pageTypes.code.total.gzip.max > acc.pageTypes.code.total.gzip.max ? x : acc), undefined);
  rows.push({
    target: 'Code page ≤ 20 kB gzip in all (HTML + CSS + JS before search)',
    measured: worst ? `largest ${kB(worst.pageTypes.code.total.gzip.max)} (${worst.label}: ${worst.pageTypes.code.largest}); median ${codePages.map((x) => `${x.label} ${kB(x.pageTypes.code.total.gzip.median)}`).join(', ')}` : 'not measured',
    met: worst ? worst.pageTypes.code.total.gzip.max <= 20_000 : null,
  });
  const s = big?.search;
  rows.push({ target: `Search p95 < 16 ms at ${f0(big?.codes)} codes after the first query`, measured: s ? `p95 ${ms(s.laterMs.p95)} (p50 ${ms(s.laterMs.median)}, n=${s.laterMs.n})` : 'not measured', met: s ? s.laterMs.p95 < 16 : null });
  for (const x of [shipped, big].filter(Boolean)) {
    const sx = x.search;
    if (!sx) continue;
    const worstLocale = Object.entries(sx.byLocale).sort((a, b2) => b2[1].firstFromKeyMs.median - a[1].firstFromKeyMs.median)[0];
    rows.push({
      target: `First query < 100 ms (${x.label === 'shipped' ? 'shipped catalog' : `${f0(x.codes)} codes`}; slowest locale, median)`,
      measured: `${ms(worstLocale[1].firstFromKeyMs.median)} from the keystroke, ${ms(worstLocale[1].firstFromFocusMs.median)} from focus (${worstLocale[0]}); all locales ${Object.entries(sx.byLocale).map(([l, v]) => `${l} ${ms(v.firstFromKeyMs.median)}`).join(', ')}`,
      met: worstLocale[1].firstFromKeyMs.median < 100,
    });
  }
  if (shipped?.search) {
    const w = Object.entries(shipped.search.byLocale).sort((a, b2) => b2[1].bytesBeforeFirstResult.max - a[1].bytesBeforeFirstResult.max)[0];
    rows.push({
      target: '< 100 kB downloaded before the first result (shipped catalog)',
      measured: `largest ${kB(w[1].bytesBeforeFirstResult.max)} (${w[0]}); ${Object.entries(shipped.search.byLocale).map(([l, v]) => `${l} ${kB(v.bytesBeforeFirstResult.median)}`).join(', ')}`,
      met: w[1].bytesBeforeFirstResult.max < 100_000,
    });
  }
  const lh = shipped?.audits?.lighthouse;
  if (lh) {
    const all = lh.every((p) => Object.values(p.scores).every((v) => v === 100));
    rows.push({
      target: 'Lighthouse 100 in all four categories on home, provider index and code page',
      measured: lh.map((p) => `${p.path}: ${Object.values(p.scores).join('/')}`).join('; '),
      met: all,
    });
  } else if (shipped) {
    rows.push({ target: 'Lighthouse 100 in all four categories on home, provider index and code page', measured: `not run: ${shipped.audits?.lighthouseError ?? 'skipped'}`, met: null });
  }
  return rows;
}

export function renderMarkdownReport(results) {
  const m = results.machine;
  const L = [];
  L.push(`_Generated by \`npm run bench\` on ${results.date.slice(0, 10)} (${results.date.slice(11, 16)} UTC), ${f1(results.durationMin)} min. Do not edit by hand: the next run rewrites this section._`);
  L.push('');
  L.push(`**Machine:** ${m.nproc} cores (\`nproc\`), ${m.cpuModel}, ${m.memTotalGiB} GiB RAM, ${m.os}, Linux ${m.kernel}; Node ${m.node}; ${m.chromium}; Astro ${m.astro}, MiniSearch ${m.minisearch}, Pagefind ${m.pagefind}, Lighthouse ${m.lighthouse}. Commit \`${m.commit}\`${m.dirtyFiles ? ` with ${m.dirtyFiles} uncommitted file(s)` : ''}${m.commitAtEnd && (m.commitAtEnd !== m.commit || m.dirtyFilesAtEnd !== m.dirtyFiles) ? ` at start; \`${m.commitAtEnd}\` with ${m.dirtyFilesAtEnd} at the end (the sources changed during the run)` : ''}. Load average at start ${m.loadAtStart.join(' / ')}, at end ${m.loadAtEnd?.join(' / ')} (1/5/15 min; above ~0.3 means other processes shared the 2 cores).`);
  L.push('');
  L.push(`**Run:** builds up to ${results.config.runs}× per catalog (errcat and bare interleaved), checks up to ${results.config.checkRuns}×, search ${results.config.queryRuns} fresh browser contexts per locale; a series stops early when the next run would not fit its time cap (n is given everywhere). Cells read "median (min–max, n)".`);
  L.push('');
  const stamps = [...new Set(results.catalogs.map((c) => `${c.commit}+${c.dirtyFiles}`))];
  if (stamps.length > 1) {
    L.push(`**The sources changed during the run:** ${results.catalogs.map((c) => `${c.label} measured on \`${c.commit}\`${c.dirtyFiles ? ` with ${c.dirtyFiles} uncommitted file(s)` : ''} (${c.measuredAt?.slice(11, 16)} UTC)`).join('; ')}. Compare catalogs with that in mind.`);
    L.push('');
  }
  L.push('### Targets');
  L.push('');
  L.push('| Target | Measured | |');
  L.push('|---|---|---|');
  for (const r of targets(results)) L.push(`| ${r.target} | ${r.measured} | ${yes(r.met)} |`);
  L.push('');

  L.push('### Build: errcat against the bare Astro floor');
  L.push('');
  L.push('| Catalog | Codes | HTML files errcat / bare | errcat wall | bare wall | ratio | errcat CPU | bare CPU | CPU ratio | errcat peak RSS | bare peak RSS | memory ratio (medians) |');
  L.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    const b = c.builds;
    if (!b) {
      L.push(`| ${c.label} | ${f0(c.codes)} | – | failed | | | | | | | | |`);
      continue;
    }
    const cpu = (x) => (x?.cpuMs ? spread(x.cpuMs, ms) : '–');
    L.push(`| ${c.label} | ${f0(c.codes)} | ${f0(b.errcat.htmlPages)} / ${f0(b.bare.htmlPages)} | ${spread(b.errcat.wallMs, ms)} | ${spread(b.bare.wallMs, ms)} | ${f1(b.ratio)}× | ${cpu(b.errcat)} | ${cpu(b.bare)} | ${b.cpuRatio ? `${f1(b.cpuRatio)}×` : '–'} | ${mib(Math.max(b.errcat.peakTreeRssMb.max, b.errcat.peakHwmMb.max))} | ${mib(Math.max(b.bare.peakTreeRssMb.max, b.bare.peakHwmMb.max))} | ${b.memoryRatio ? `${(Math.round(b.memoryRatio * 100) / 100).toFixed(2)}×` : '–'} |`);
  }
  const withPeers = results.catalogs.filter((c) => c.peers);
  if (withPeers.length) {
    L.push('');
    L.push(`The same catalog as Markdown pages, built by the generators a team would otherwise pick (\`--peers\`: Starlight ${results.machine.peers?.starlight ?? '?'} with its Pagefind, Docusaurus ${results.machine.peers?.docusaurus ?? '?'}; one run each, against the median of the bare floor above):`);
    L.push('');
    L.push('| Catalog | Generator | HTML files | wall | ratio to floor | CPU | CPU ratio | peak RSS |');
    L.push('|---|---|--:|--:|--:|--:|--:|--:|');
    for (const c of withPeers) {
      L.push(`| ${c.label} | errcat | ${f0(c.builds.errcat.htmlPages)} | ${ms(c.builds.errcat.wallMs.median)} | ${f1(c.builds.ratio)}× | ${ms(c.builds.errcat.cpuMs?.median)} | ${c.builds.cpuRatio ? `${f1(c.builds.cpuRatio)}×` : '–'} | ${mib(Math.max(c.builds.errcat.peakTreeRssMb.max, c.builds.errcat.peakHwmMb.max))} |`);
      for (const [kind, p] of Object.entries(c.peers)) L.push(`| ${c.label} | ${kind} | ${f0(p.htmlPages)} | ${ms(p.wallMs)} | ${f1(p.ratio)}× | ${ms(p.cpuMs)} | ${f1(p.cpuRatio)}× | ${mib(p.peakMb)} |`);
    }
  }
  const big = largest(results);
  const r = big?.builds?.routes;
  if (r) {
    L.push('');
    L.push(`Where the ${f0(big.codes)}-code errcat build spent its time (last run, from Astro's log, which prints every file it writes with a time; two pages render at once). Checks in \`astro:config:setup\`: ${ms(r.checksInConfigSetupMs)}. Astro's phases: ${r.phases.join(' and ')}. Log timestamps: first line (after the checks) ${r.timeline?.start}, first file ${r.timeline?.firstFile}, last file ${r.timeline?.lastFile}, end ${r.timeline?.end}.${r.slow?.length ? ` Slow files (wall-clock gap since the previous file written, from the timestamps): ${r.slow.map((x) => `${x.path} ${x.gapFromPreviousS ?? '?'} s`).join(', ')}.` : ''}`);
    L.push('');
    L.push('| Route kind | files | median per file | sum of logged times |');
    L.push('|---|--:|--:|--:|');
    for (const [k, g] of Object.entries(r.groups).sort((a, b) => b[1].ms - a[1].ms)) L.push(`| ${k.replace(/\|/g, '\\|')} | ${f0(g.pages)} | ${ms(g.medianMs)} | ${ms(g.ms)} |`);
    L.push('');
    L.push('The logged time of a slow file includes waiting for the page rendered beside it, so for the few slow files the timestamp gaps above are the better measure; for the many small files the median is.');
  }
  L.push('');
  L.push('### Checks (in-process, Node start and imports excluded)');
  L.push('');
  L.push('Every run reads every text: the checks keep no cache.');
  L.push('');
  L.push('| Catalog | Codes | loadCatalog | runChecks (all checks) | total | errors / warnings |');
  L.push('|---|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    const k = c.checks;
    if (!k) continue;
    L.push(`| ${c.label} | ${f0(c.codes)} | ${spread(k.loadMs, ms)} | ${spread(k.checksMs, ms)} | ${spread(k.totalMs, ms)} | ${k.errors} / ${k.warnings} |`);
  }
  const memRows = results.catalogs.filter((c) => c.checks?.memory?.afterChecks);
  if (memRows.length) {
    L.push('');
    L.push(`Memory of the checks process (RSS / live heap, MiB): ${memRows.map((c) => `${c.label} after load ${c.checks.memory.afterLoad.rssMb} / ${c.checks.memory.afterLoad.heapUsedMb}, after checks ${c.checks.memory.afterChecks.rssMb} / ${c.checks.memory.afterChecks.heapUsedMb}`).join('; ')}.`);
  }
  const per = results.catalogs.find((c) => c.checks?.perCheckMs);
  if (per) {
    L.push('');
    L.push(`Each check alone at ${f0(per.codes)} codes (one run, registry order; the first check to read a text pays for parsing its Markdown): ${Object.entries(per.checks.perCheckMs).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}.`);
  }
  L.push('');
  L.push('### Site size');
  L.push('');
  L.push('| Catalog | dist/ | files | HTML | search indexes | /api JSON | _astro assets |');
  L.push('|---|--:|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    const d = c.dist;
    if (!d) continue;
    L.push(`| ${c.label} | ${kB(d.bytes)} | ${f0(d.files)} | ${kB(d.groups.html.bytes)} (${f0(d.groups.html.files)}) | ${kB(d.groups.searchIndex.bytes)} | ${kB(d.groups.apiJson.bytes)} (${f0(d.groups.apiJson.files)}) | ${kB(d.groups.assets.bytes)} |`);
  }
  L.push('');
  L.push('### Page weight before search (each file gzipped on its own)');
  L.push('');
  L.push('| Catalog | Page type | pages | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | total gzip median (max) |');
  L.push('|---|---|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    if (!c.pageTypes) continue;
    for (const [type, p] of Object.entries(c.pageTypes)) {
      L.push(`| ${c.label} | ${type} | ${p.pages} | ${kB(p.html.raw.median)} / ${kB(p.html.gzip.median)} (max ${kB(p.html.gzip.max)}) | ${kB(p.css.raw.median)} / ${kB(p.css.gzip.median)} | ${kB(p.js.raw.median)} / ${kB(p.js.gzip.median)} | ${kB(p.total.gzip.median)} (${kB(p.total.gzip.max)}) |`);
    }
  }
  const anyPt = results.catalogs.find((c) => c.pageTypes)?.pageTypes.code;
  if (anyPt) L.push(`\nCounted for a code page: CSS ${anyPt.cssFiles?.join(', ') || 'none'}; JS ${anyPt.jsFiles?.join(', ') || 'none'} (the search UI, stemmer and index load only when search is used).`);
  L.push('');
  L.push('### Search index per locale (`/search/{locale}*.json`)');
  L.push('');
  L.push('| Catalog | en raw / gzip | ru raw / gzip | zh raw / gzip |');
  L.push('|---|--:|--:|--:|');
  for (const c of results.catalogs) {
    const s = c.searchIndex;
    if (!s) continue;
    // A locale may have several files (codes first, words beside them): the sum, then each file.
    const cell = (l) => {
      const files = Object.entries(s).filter(([k]) => k === l || k.startsWith(`${l}.`));
      if (!files.length) return '–';
      const raw = files.reduce((a, [, v]) => a + v.raw, 0);
      const gzip = files.reduce((a, [, v]) => a + v.gzip, 0);
      return files.length === 1 ? `${kB(raw)} / ${kB(gzip)}` : `${kB(raw)} / ${kB(gzip)} (${files.map(([k, v]) => `${k}.json ${kB(v.gzip)}`).join(' + ')})`;
    };
    L.push(`| ${c.label} | ${cell('en')} | ${cell('ru')} | ${cell('zh')} |`);
  }
  L.push('');
  L.push('### Search in Chromium: errcat (MiniSearch)');
  L.push('');
  L.push('| Catalog | first query, from keystroke | first query, from focus | later keystrokes p50 / p95 / max | p95 per context | to next frame p95 | downloaded before first result en / ru / zh |');
  L.push('|---|--:|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    const s = c.search;
    if (!s) continue;
    const bytes = ['en', 'ru', 'zh'].map((l) => kB(s.byLocale[l]?.bytesBeforeFirstResult.median)).join(' / ');
    L.push(`| ${c.label} | ${spread(s.firstFromKeyMs, ms)} | ${spread(s.firstFromFocusMs, ms)} | ${ms(s.laterMs.median)} / ${ms(s.laterMs.p95)} / ${ms(s.laterMs.max)} (n=${s.laterMs.n}) | ${ms(s.laterP95PerRun.min)}–${ms(s.laterP95PerRun.max)} | ${ms(s.laterFrameMs.p95)} | ${bytes} |`);
  }
  L.push('');
  L.push('First query by locale: median from the keystroke (when the search UI chunk and the index had arrived, after the keystroke), later keystrokes p95, bytes downloaded by the page before search / in all before the first result:');
  L.push('');
  for (const c of results.catalogs) {
    const s = c.search;
    if (!s) continue;
    L.push(`- ${c.label}: ${Object.entries(s.byLocale).map(([l, v]) => `${l} ${ms(v.firstFromKeyMs.median)} (search UI in at ${ms(v.uiArrivedMs?.median)}${v.uiRanMs?.n ? `, running at ${ms(v.uiRanMs.median)}` : ''}, index in at ${ms(v.indexArrivedMs?.median)}${v.readyMs?.n ? `, parsed at ${ms(v.readyMs.median)}` : ''}), later p95 ${ms(v.later.p95)}, ${kB(v.pageBytes.median)} / ${kB(v.bytesBeforeFirstResult.median)}`).join('; ')}. Slowest later keystrokes: ${s.slowestLater.map((x) => `"${x.value}" ${ms(x.ms)}`).join(', ')}.`);
  }
  L.push('');
  L.push('### Search in Chromium: Pagefind on the same built site, for comparison');
  L.push('');
  L.push('| Catalog | index time | files | on disk (already compressed) | init | first query: search / with top-10 data | later p50 / p95: search | later p50 / p95: with data | downloaded before first result en / ru / zh |');
  L.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const c of results.catalogs) {
    const p = c.pagefind;
    if (!p) continue;
    const bytes = ['en', 'ru', 'zh'].map((l) => kB(p.firstBytes[l]?.bytes)).join(' / ');
    L.push(`| ${c.label} | ${ms(p.indexMs)} | ${f0(p.sizes.files)} | ${kB(p.sizes.bytes)} (fragments ${kB(p.sizes.byKind.fragments?.bytes)}) | ${ms(p.initMs.median)} | ${ms(p.firstSearchMs.median)} / ${ms(p.firstWithDataMs.median)} | ${ms(p.laterSearchMs.median)} / ${ms(p.laterSearchMs.p95)} | ${ms(p.laterWithDataMs.median)} / ${ms(p.laterWithDataMs.p95)} | ${bytes} |`);
  }
  const shipped = cat(results, 'shipped');
  if (shipped?.audits) {
    L.push('');
    L.push('### Lighthouse and axe (shipped catalog, served gzip from 127.0.0.1)');
    L.push('');
    const lh = shipped.audits.lighthouse;
    if (lh) {
      L.push(`Lighthouse ${lh[0]?.runs[0]?.lighthouseVersion} (default mobile emulation and simulated throttling), lowest of 2 runs per page.`);
      L.push('');
      L.push('| Page | Performance | Accessibility | Best practices | SEO | FCP / LCP | CLS | audits below 1 |');
      L.push('|---|--:|--:|--:|--:|--:|--:|---|');
      for (const p of lh) {
        const mt = p.runs[0].metrics;
        const failed = p.failed.map((a) => `${a.id} ${a.displayValue ?? a.score}`).join(', ');
        const shifts = (p.runs[0].layoutShifts ?? []).map((s) => `\`${s.selector}\` ${s.score.toFixed(3)}`).join(', ');
        L.push(`| ${p.path} | ${p.scores.performance} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${ms(mt.fcpMs)} / ${ms(mt.lcpMs)} | ${mt.cls?.toFixed(3)} | ${failed || 'none'}${shifts ? `; shifted: ${shifts}` : ''} |`);
      }
    } else {
      L.push(`Lighthouse did not run: ${shipped.audits.lighthouseError}`);
    }
    if (shipped.audits.axe) {
      L.push('');
      const v = shipped.audits.axe.filter((a) => a.violations.length);
      L.push(`axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practices), light and dark: ${v.length ? v.map((a) => `${a.path} (${a.colorScheme}): ${a.violations.map((x) => `${x.id} ×${x.nodes}`).join(', ')}`).join('; ') : `no violations on ${shipped.audits.axe.length / 2} pages × 2 color schemes`}.`);
    }
  }
  if (results.profiles) {
    const p = results.profiles;
    L.push('');
    L.push(`### CPU profiles at ${f0(p.codes)} codes (\`node --cpu-prof\`; files in bench/out/prof/)`);
    L.push('');
    const table = (title, s) => {
      if (!s) return;
      L.push(`${title} (sampled ${ms(s.totalMs)}), inclusive share:`);
      L.push('');
      L.push('| share | time | function |');
      L.push('|--:|--:|---|');
      for (const r of s.inclusive.slice(0, 12)) L.push(`| ${f1(r.share)}% | ${ms(r.ms)} | \`${r.fn}\` |`);
      L.push('');
    };
    table('loadCatalog + runChecks, functions in src/', p.checks);
    table('errcat build, functions in src/ (pages run from the bundled copy in .errcat/staging-*/.prerender/chunks)', p.buildSrc);
    table('errcat build, all functions', p.build);
  }
  if (results.failures.length) {
    L.push('');
    L.push('### Failed steps');
    L.push('');
    for (const f of results.failures) L.push(`- ${f.where}: ${f.error.split('\n')[0]}`);
  }
  return L.join('\n');
}
