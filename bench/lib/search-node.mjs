/**
 * The browser's search code timed in Node on a built index, to find where
 * query time goes without a browser: loading the index, and a search for
 * every prefix of the queries (three rounds; the first is reported apart as
 * warm-up). Run with --cpu-prof to profile.
 *   node bench/lib/search-node.mjs <dist> <locale> "query one" "query two" ...
 * Uses src/search/engine.ts (CodeSearch: loadMs is the codes alone,
 * attachWordsMs loading the word index).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { stemmerFor } from '../../src/search/build.ts';
import { CodeSearch } from '../../src/search/engine.ts';
import { searchOptions } from '../../src/search/options.ts';
import { wordIndex as makeWordIndex } from '../../src/search/words.ts';

const [dist, locale, ...queries] = process.argv.slice(2);
const lang = locale === 'zh' ? 'zh-CN' : locale;
const text = readFileSync(path.join(dist, 'search', `${locale}.json`), 'utf8');
const stem = await stemmerFor(lang);

// Codes first (/search/{locale}.json); the word index (/search/{locale}.words.json), if the build has one,
// is attached after timing the codes alone, as the browser does.
const wordsFile = path.join(dist, 'search', `${locale}.words.json`);
let wordIndex;
let attachMs;
if (existsSync(wordsFile)) {
  const words = readFileSync(wordsFile, 'utf8');
  const t = performance.now();
  wordIndex = makeWordIndex(MiniSearch, words, searchOptions(stem));
  attachMs = performance.now() - t;
}
const load = (attach = false) => {
  const s = CodeSearch.fromJSON(text);
  if (attach && wordIndex) s.attachWords(wordIndex);
  return s;
};
const search = (index, q) => index.search(q).hits;

let t = performance.now();
load();
const loadMs = performance.now() - t;
t = performance.now();
load();
const loadWarmMs = performance.now() - t;
const index = load(true);
const times = [];
for (let round = 0; round < 3; round++)
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) {
      const s = performance.now();
      const hits = search(index, chars.slice(0, i).join(''));
      times.push({ q: chars.slice(0, i).join(''), ms: performance.now() - s, hits: hits.length, round });
    }
  }
const later = times.filter((x) => x.round > 0).map((x) => x.ms).sort((a, b) => a - b);
console.log(JSON.stringify({ bytes: text.length, loadMs, loadWarmMs, attachWordsMs: attachMs, p50: later[Math.floor(later.length / 2)], p95: later[Math.floor(later.length * 0.95)], slowest: times.filter((x) => x.round > 0).sort((a, b) => b.ms - a.ms).slice(0, 6).map((x) => `${x.q} ${x.ms.toFixed(1)}ms`) }));
