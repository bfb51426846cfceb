/**
 * Summarizes a V8 .cpuprofile: top functions by self time and by total
 * (inclusive) time, with file:line, as shares of the sampled time.
 *   node bench/lib/profile-summary.mjs <file.cpuprofile> [top=25] [filter]
 */
import { readFileSync } from 'node:fs';

export function summarize(file, top = 25, filter, exclude = []) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const key = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
    return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, t] of dt) {
    const n = nodes.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + t);
    // inclusive: every distinct frame on the stack gets the sample once
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(nodes.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const fmt = (m) =>
    [...m]
      .filter(([k]) => (!filter || filter.split('|').some((f) => k.includes(f))) && !exclude.some((x) => k.includes(x)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => ({ fn: k, ms: Math.round(t / 1000), share: Math.round((t / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), self: fmt(self), inclusive: fmt(incl) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top = '25', filter] = process.argv.slice(2);
  const s = summarize(file, Number(top), filter);
  console.log(`total sampled ${s.totalMs} ms`);
  console.log('--- self');
  for (const r of s.self) console.log(`${String(r.share).padStart(5)}% ${String(r.ms).padStart(7)} ms  ${r.fn}`);
  console.log('--- inclusive');
  for (const r of s.inclusive) console.log(`${String(r.share).padStart(5)}% ${String(r.ms).padStart(7)} ms  ${r.fn}`);
}
