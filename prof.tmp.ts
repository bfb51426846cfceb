import { loadCatalog } from '/work/main/src/catalog/load.ts';
import { CHECKS } from '/work/main/src/checks/index.ts';
const c = loadCatalog(process.argv[2]!);
for (const check of CHECKS) { const t = performance.now(); const f = check.run(c); console.log(check.id.padEnd(24), (performance.now()-t).toFixed(0).padStart(6), 'ms', f.length); }
