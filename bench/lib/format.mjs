/** How the report writes figures. Units: 1 kB = 1,000 bytes; memory in MiB (1,048,576 bytes); times in ms or s. */

export const f0 = (x) => (x == null || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
export const f1 = (x) => (x == null || Number.isNaN(x) ? '–' : (Math.round(x * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
export const ms = (x) => (x == null ? '–' : x >= 10_000 ? `${f1(x / 1000)} s` : x >= 100 ? `${f0(x)} ms` : `${f1(x)} ms`);
export const kB = (b) => (b == null ? '–' : b >= 1e6 ? `${f1(b / 1e6)} MB` : `${f1(b / 1000)} kB`);
export const mib = (m) => (m == null ? '–' : `${f0(m)} MiB`);
export const spread = (s, fmt) => (!s || !s.n ? '–' : s.n === 1 ? `${fmt(s.median)} (n=1)` : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})`);
export const yes = (ok) => (ok == null ? '–' : ok ? '**met**' : '**missed**');
