/** The targets of the issues, each with its measured figure and whether it is met, from bench/out/results.json. */
import { f0, f1, kB, mib, ms } from './format.mjs';

const GB15_MIB = 1.5e9 / 1048576; // 1.5 GB (decimal) in MiB: the stricter reading of "1.5 GB"

export function cat(results, label) {
  return results.catalogs.find((c) => c.label === label);
}

export function largest(results) {
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
