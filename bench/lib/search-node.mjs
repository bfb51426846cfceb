/**
 * The browser's search code (src/search/query.ts, options.ts) timed in Node
 * on a built index, to find where query time goes without a browser:
 * JSON.parse, MiniSearch.loadJSON, and runSearch for every prefix of the
 * queries. Run with --cpu-prof to profile.
 *   node bench/lib/search-node.mjs <dist> <locale> "query one" "query two" ...
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { searchOptions } from '../../src/search/options.ts';
import { runSearch } from '../../src/search/query.ts';
import { stemmerFor } from '../../src/search/build.ts';

const [dist, locale, ...queries] = process.argv.slice(2);
const lang = locale === 'zh' ? 'zh-CN' : locale;
const text = readFileSync(path.join(dist, 'search', `${locale}.json`), 'utf8');
const stem = await stemmerFor(lang);
let t = performance.now();
const parsed = JSON.parse(text);
const parseMs = performance.now() - t;
t = performance.now();
const index = MiniSearch.loadJSON(text, searchOptions(stem));
const loadJsonMs = performance.now() - t;
const times = [];
for (let round = 0; round < 3; round++)
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) {
      const s = performance.now();
      const hits = runSearch(index, chars.slice(0, i).join(''));
      times.push({ q: chars.slice(0, i).join(''), ms: performance.now() - s, hits: hits.length, round });
    }
  }
const later = times.filter((x) => x.round > 0).map((x) => x.ms).sort((a, b) => a - b);
console.log(JSON.stringify({ bytes: text.length, terms: Object.keys(parsed.index ?? {}).length || parsed.index?.length, documentCount: index.documentCount, parseMs, loadJsonMs, p50: later[Math.floor(later.length / 2)], p95: later[Math.floor(later.length * 0.95)], slowest: times.filter((x) => x.round > 0).sort((a, b) => b.ms - a.ms).slice(0, 6).map((x) => `${x.q} ${x.ms.toFixed(1)}ms`) }));
