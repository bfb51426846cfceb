import { loadCatalog } from '/work/main/src/catalog/load.ts';
import { check } from '/work/main/src/checks/quantity-drift.ts';
import { check as fl } from '/work/main/src/checks/fact-literal.ts';
const c = loadCatalog(process.argv[2]!);
for (let i = 0; i < 2; i++) { const t = performance.now(); check.run(c); fl.run(c); console.log((performance.now()-t).toFixed(0)); }
