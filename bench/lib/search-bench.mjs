/**
 * Search timing in Chromium (Playwright), on a built site served by
 * bench/lib/serve.mjs.
 *
 * errcat's own search: open a code page in a fresh browser context (empty
 * cache), focus the header search box (which starts loading the search UI,
 * the stemmer and /search/{locale}.json), type queries character by
 * character, and time in the page, for every keystroke, from the keystroke
 * event (keydown, or beforeinput/input for characters typed as text) to the
 * moment the result list's DOM has been replaced (a MutationObserver on the
 * results popup that holds the listbox, which fires right after the
 * synchronous search and render).
 * "next frame" adds the wait for the following animation frame. The first
 * keystroke after focus is reported apart ("first query"): it includes the
 * downloads and MiniSearch.loadJSON. Bytes are what Chromium's network
 * events report as received (encodedDataLength: gzip bodies plus headers).
 *
 * Pagefind: the same page, `import('/pagefind/pagefind.js')`, then
 * `search(prefix)` for every prefix of the same queries, timed with and
 * without loading the top 10 results' data (titles/excerpts, which a result
 * list needs to render).
 */
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';

export function launch() {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}

const INSTRUMENT = () => {
  const B = { records: [], focusAt: null, pending: null, listboxSeen: false };
  window.__bench = B;
  const mark = (e) => {
    const t = e.target;
    if (!t || t.id !== 'q') return;
    if (!B.pending || B.pending.done) B.pending = { t0: e.timeStamp, kind: e.type, done: false };
  };
  document.addEventListener('keydown', (e) => { if (e.key.length === 1) mark(e); }, true);
  document.addEventListener('beforeinput', mark, true);
  window.addEventListener('input', (e) => {
    mark(e);
    if (B.pending) B.pending.value = e.target.value;
  }, true);
  document.addEventListener('focusin', (e) => {
    if (e.target && e.target.id === 'q' && B.focusAt === null) B.focusAt = performance.now();
  }, true);
  const mo = new MutationObserver((list) => {
    // The results list, or the sentences around it (a query with no result changes only those).
    const inResults = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest('.search-results');
    if (!list.some((r) => r.target && inResults(r.target))) return;
    const now = performance.now();
    const p = B.pending;
    if (!p || p.done || p.value === undefined || p.value === '') return;
    p.done = true;
    const lb = document.getElementById('search-listbox');
    const rec = { value: p.value, kind: p.kind, dom: now - p.t0, frame: null, fromFocus: B.focusAt === null ? null : now - B.focusAt, results: lb ? lb.querySelectorAll('[role=option]').length : 0, first: B.records.length === 0 };
    if (rec.first) {
      // Where the first query's time went: when each search download ended, relative to the keystroke.
      rec.resources = performance
        .getEntriesByType('resource')
        .filter((e) => /search-ui|\/search\/|\/_astro\/[a-z]{2}\.[\w-]+\.js/.test(e.name))
        .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime - p.t0, end: e.responseEnd - p.t0, bytes: e.transferSize }));
      // The search's own marks (search-ui.ts): when its code ran, when the codes arrived and were parsed.
      rec.marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('search:')).map((m) => [m.name.slice(7), m.startTime - p.t0]);
    }
    B.records.push(rec);
    requestAnimationFrame(() => setTimeout(() => { rec.frame = performance.now() - p.t0; }, 0));
  });
  const start = () => mo.observe(document.body, { childList: true, subtree: true });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
};

/**
 * Counts bytes received per request, at the context level so that requests
 * from workers (Pagefind searches in a Web Worker) count too:
 * Playwright's request.sizes() (encoded body + response headers).
 */
async function netCounter(page) {
  const pending = [];
  const list = [];
  page.context().on('requestfinished', (req) => {
    pending.push(
      (async () => {
        const s = await req.sizes();
        let body = s.responseBodySize;
        // A worker's script comes back with responseBodySize 0: take the Content-Length our server sent.
        if (!body) body = Number((await (await req.response())?.allHeaders())?.['content-length'] ?? 0);
        list.push({ url: req.url(), bytes: body + s.responseHeadersSize, body });
      })().catch(() => {}),
    );
  });
  return {
    async snapshot() {
      await Promise.all(pending);
      return { bytes: list.reduce((a, r) => a + r.bytes, 0), body: list.reduce((a, r) => a + r.body, 0), requests: list.length, urls: list.map((r) => `${new URL(r.url).pathname} ${r.body}`) };
    },
  };
}

/**
 * One fresh context per (run, page): focus, type every query char by char,
 * and collect the in-page records.
 */
export async function measureErrcatSearch(browser, baseUrl, pages, runs, { delay = 25 } = {}) {
  const first = [];
  const later = [];
  const bytes = [];
  for (let run = 0; run < runs; run++) {
    for (const { path, queries } of pages) {
      const context = await browser.newContext();
      await context.addInitScript(INSTRUMENT);
      const page = await context.newPage();
      const net = await netCounter(page);
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      const beforeSearch = await net.snapshot();
      // Focus and the first keystroke back to back: the first query includes loading the search.
      await page.focus('#q');
      for (const [qi, q] of queries.entries()) {
        if (qi > 0) await page.evaluate(() => { document.getElementById('q').value = ''; });
        const chars = [...q];
        for (const [ci, ch] of chars.entries()) {
          const n = qi === 0 && ci === 0 ? 0 : await page.evaluate(() => window.__bench.records.length);
          await page.keyboard.type(ch);
          if (qi === 0 && ci === 0) {
            // the first query: wait for its results before typing on, and count the bytes so far
            await page.waitForFunction(() => window.__bench.records.length > 0, null, { timeout: 60_000 });
            const after = await net.snapshot();
            bytes.push({ page: path, beforeSearch, firstResult: after });
          } else {
            await page.waitForFunction((k) => window.__bench.records.length > k, n, { timeout: 30_000 }).catch(() => {});
          }
          await page.waitForTimeout(delay);
        }
      }
      await page.waitForTimeout(50);
      const recs = await page.evaluate(() => window.__bench.records);
      for (const r of recs) (r.first ? first : later).push({ ...r, page: path, run });
      await context.close();
    }
  }
  return { first, later, bytes };
}

/** Pagefind in the same page: init, then search(prefix) for every prefix of every query. */
export async function measurePagefind(browser, baseUrl, pages, runs) {
  const first = [];
  const later = [];
  const laterWithData = [];
  const init = [];
  const bytes = [];
  for (let run = 0; run < runs; run++) {
    for (const { path, queries } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const net = await netCounter(page);
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      const beforeSearch = await net.snapshot();
      const r = await page.evaluate(async (qs) => {
        const out = { init: 0, first: null, later: [], laterData: [] };
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        await pf.init();
        out.init = performance.now() - t0;
        let firstDone = false;
        for (const q of qs) {
          const chars = [...q];
          for (let i = 1; i <= chars.length; i++) {
            const term = chars.slice(0, i).join('');
            const s = performance.now();
            const res = await pf.search(term);
            const mid = performance.now();
            await Promise.all(res.results.slice(0, 10).map((x) => x.data()));
            const end = performance.now();
            if (!firstDone) {
              // first query from the start of loading, as a reader would wait for it
              out.first = { value: term, search: mid - t0, withData: end - t0, results: res.results.length };
              firstDone = true;
            } else {
              out.later.push(mid - s);
              out.laterData.push(end - s);
            }
          }
        }
        return out;
      }, queries);
      const after = await net.snapshot();
      init.push(r.init);
      first.push({ ...r.first, page: path });
      later.push(...r.later);
      laterWithData.push(...r.laterData);
      bytes.push({ page: path, beforeSearch, afterAll: after });
      await context.close();
    }
  }
  return { init, first, later, laterWithData, bytes };
}

/** Bytes of a first Pagefind query alone: a fresh context, init + one search + top-10 data. */
export async function pagefindFirstBytes(browser, baseUrl, path, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = await netCounter(page);
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  const before = await net.snapshot();
  await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const res = await pf.search(q);
    await Promise.all(res.results.slice(0, 10).map((x) => x.data()));
  }, query);
  await page.waitForTimeout(100);
  const after = await net.snapshot();
  await context.close();
  return { beforeSearch: before, firstResult: after };
}
