/**
 * Where an Astro build's page-generation time went, from its log: Astro
 * prints every written route with "(+N ms)". Groups errcat's routes by kind
 * and sums the times; also picks up errcat's "catalog checked in N ms" line
 * and Astro's phase timings.
 *   node bench/lib/route-breakdown.mjs bench/out/logs/errcat-n10000.log
 */
import { readFileSync } from 'node:fs';

const LOCALE_SUB = new Set(['consistency', 'guides', 'search', 'e']);

export function routeBreakdown(file, locales = ['en', 'ru', 'zh']) {
  const text = readFileSync(file, 'utf8');
  const groups = {};
  const loc = new Set(locales);
  // Lines may interleave when a slow page finishes late; match every "path (+time)" pair anywhere.
  const slow = [];
  const all = [];
  for (const m of text.matchAll(/(?:(\d\d:\d\d:\d\d)\s+)?[├└]─ (\/\S*) \(\+(?:(\d+)m )?([\d.]+)(ms|s)\)/g)) {
    const [, ts, p, min, v, u] = m;
    const t = Number(min ?? 0) * 60_000 + Number(v) * (u === 's' ? 1000 : 1);
    const parts = p.replace(/\/index\.html$/, '').split('/').filter(Boolean);
    let kind;
    if (parts.length === 0) kind = 'root /';
    else if (loc.has(parts[0])) {
      if (parts.length === 1) kind = 'home /{locale}/';
      else if (LOCALE_SUB.has(parts[1])) kind = `/{locale}/${parts[1]}/…`;
      else if (parts.length === 2) kind = 'provider index /{locale}/{provider}/';
      else kind = 'code page or alias redirect /{locale}/{provider}/{code}/';
    } else if (parts[0] === 'api') kind = '/api/v1 JSON';
    else if (parts[0] === 'e') kind = 'short link /e/{code}/';
    else if (parts[0] === 'search') kind = 'search index /search/{locale}.json';
    else if (parts.length === 2) kind = 'locale redirect /{provider}/{code}/';
    else kind = parts[0];
    groups[kind] ??= { pages: 0, ms: 0, maxMs: 0, times: [] };
    groups[kind].pages++;
    groups[kind].ms += t;
    groups[kind].maxMs = Math.max(groups[kind].maxMs, t);
    groups[kind].times.push(t);
    all.push({ ts, p });
    if (t >= 10_000) slow.push({ path: p, loggedMs: t, writtenAt: ts });
  }
  for (const g of Object.values(groups)) {
    g.times.sort((a, b) => a - b);
    g.medianMs = g.times[Math.floor(g.times.length / 2)];
    delete g.times;
  }
  // For slow files, the logged time includes waiting behind other pages: give the wall-clock gap
  // between the previous file written and this one, from the log's timestamps (1 s resolution).
  const toS = (x) => (x ? x.split(':').reduce((a, b) => a * 60 + Number(b), 0) : undefined);
  for (const sl of slow) {
    const i = all.findIndex((a) => a.p === sl.path);
    const prev = all[i - 1]?.ts;
    if (prev && sl.writtenAt) sl.gapFromPreviousS = toS(sl.writtenAt) - toS(prev);
  }
  const firstTs = /^(\d\d:\d\d:\d\d)/m.exec(text)?.[1];
  const lastTs = [...text.matchAll(/^(\d\d:\d\d:\d\d)/gm)].pop()?.[1];
  const timeline = { start: firstTs, firstFile: all.find((a) => a.ts)?.ts, lastFile: [...all].reverse().find((a) => a.ts)?.ts, end: lastTs };
  const checked = /catalog checked in (\d+) ms/.exec(text)?.[1];
  const phases = [...text.matchAll(/\[build\] ✓ Completed in ([\d.]+m? ?[\d.]*s)/g)].map((m) => m[1]);
  const total = Object.values(groups).reduce((a, g) => a + g.ms, 0);
  return { checksInConfigSetupMs: checked ? Number(checked) : undefined, phases, pagesMs: total, groups, slow, timeline };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = routeBreakdown(process.argv[2]);
  console.log(`checks in astro:config:setup: ${r.checksInConfigSetupMs} ms; phases: ${r.phases.join(', ')}; pages total ${(r.pagesMs / 1000).toFixed(1)} s`);
  for (const [k, g] of Object.entries(r.groups).sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(g.ms / 1000).toFixed(1).padStart(8)} s ${String(g.pages).padStart(6)} files ${g.medianMs.toFixed(2).padStart(9)} ms median  ${k}`);
  console.log(JSON.stringify({ slow: r.slow, timeline: r.timeline }));
}
