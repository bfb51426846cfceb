/**
 * Times `errcat import docusaurus` in-process on generated pages (an en page
 * and a ru page in another order, tests/unit/import/big-page.ts) of each
 * size given, smallest first, each into a fresh folder, and prints one JSON
 * line: per size the CPU (user + system) and wall time of the import, and
 * the process's peak RSS after it.
 *   node bench/lib/time-import.mjs 2000,10000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importBig } from '../../tests/unit/import/big-page.ts';

const sizes = process.argv[2].split(',').map(Number).sort((a, b) => a - b);
const out = [];
for (const entries of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `errcat-bench-import-${entries}-`));
  try {
    const t = performance.now();
    const cpuMs = importBig(entries, dir) * 1000;
    out.push({ entries, cpuMs, wallMs: performance.now() - t, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(out));
