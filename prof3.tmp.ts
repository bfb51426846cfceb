import { loadCatalog } from '/work/main/src/catalog/load.ts';
import { runChecks } from '/work/main/src/checks/run.ts';
let t = performance.now(); const c = loadCatalog(process.argv[2]!); console.log('load', (performance.now()-t).toFixed(0));
t = performance.now(); const r = runChecks(c); console.log('checks', (performance.now()-t).toFixed(0), r.findings.length);
