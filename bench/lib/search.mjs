/**
 * The search step on a built site, served locally: errcat's search typed in
 * Chromium on a code page of every locale (bench/lib/search-bench.mjs), and
 * Pagefind indexing and searching the same site for comparison.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { launch, measureErrcatSearch, measurePagefind, pagefindFirstBytes } from './search-bench.mjs';
import { serve } from './serve.mjs';
import { ROOT } from './session.mjs';
import { catalogIndex, pagefindSizes, stats } from './sizes.mjs';

const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');

// Queries typed char by char (per locale); the shipped catalog has its own vocabulary.
const QUERIES = {
  shipped: {
    en: ['zero balance', 'ERROR_CAPTCHA_UNSOLVABLE', 'proxy banned', 'wrong key'],
    ru: ['нет средств', 'прокси', 'капча не решена'],
    zh: ['余额', '代理', '验证码无法识别'],
  },
  synthetic: {
    en: ['proxy server timed out', 'ERROR_IMAGE_TOO_LARGE', 'balance', 'callback address'],
    ru: ['прокси-сервер', 'баланс аккаунта', 'время ожидания'],
    zh: ['代理服务器', '余额', '超时', '回调地址'],
  },
};

function searchPages(catalogDir, label) {
  const { locales, providers } = catalogIndex(catalogDir);
  const q = label === 'shipped' ? QUERIES.shipped : QUERIES.synthetic;
  const p = providers.find((x) => x.codes.length) ?? providers[0];
  return locales.map((l) => ({ path: `/${l}/${p.id}/${p.codes[0]}/`, locale: l, queries: q[l] ?? q.en }));
}

/** errcat's search: first query and later keystrokes, in all and per locale. */
export async function search(s, dist, catalogDir, label) {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const pages = searchPages(catalogDir, label);
    const r = await measureErrcatSearch(browser, server.url, pages, s.config.queryRuns);
    const byLocale = {};
    for (const pg of pages) {
      const f = r.first.filter((x) => x.page === pg.path);
      const b = r.bytes.filter((x) => x.page === pg.path);
      byLocale[pg.locale] = {
        page: pg.path,
        firstFromKeyMs: stats(f.map((x) => x.dom)),
        firstFromFocusMs: stats(f.map((x) => x.fromFocus)),
        firstFrameMs: stats(f.map((x) => x.frame).filter((x) => x != null)),
        bytesBeforeFirstResult: stats(b.map((x) => x.firstResult.bytes)),
        bodyBytesBeforeFirstResult: stats(b.map((x) => x.firstResult.body)),
        pageBytes: stats(b.map((x) => x.beforeSearch.bytes)),
        firstResultRequests: b[0]?.firstResult.urls,
        later: stats(r.later.filter((x) => x.page === pg.path).map((x) => x.dom)),
        // ms after the keystroke at which the search UI chunk and the index had arrived (negative: before it)
        uiArrivedMs: stats(f.map((x) => x.resources?.find((e) => e.name.includes('search-ui'))?.end).filter((x) => x != null)),
        indexArrivedMs: stats(f.map((x) => x.resources?.find((e) => e.name.startsWith('/search/'))?.end).filter((x) => x != null)),
        // The search's own marks: its code running (ui), and the codes parsed (ready).
        uiRanMs: stats(f.map((x) => x.marks?.find(([n]) => n === 'ui')?.[1]).filter((x) => x != null)),
        readyMs: stats(f.map((x) => x.marks?.find(([n]) => n === 'ready')?.[1]).filter((x) => x != null)),
      };
    }
    // Per context (run x locale) p95 of the later keystrokes, for the spread.
    const perRun = new Map();
    for (const x of r.later) {
      const k = `${x.page}|${x.run}`;
      perRun.set(k, [...(perRun.get(k) ?? []), x.dom]);
    }
    return {
      runs: s.config.queryRuns,
      firstFromKeyMs: stats(r.first.map((x) => x.dom)),
      firstFromFocusMs: stats(r.first.map((x) => x.fromFocus)),
      laterMs: stats(r.later.map((x) => x.dom)),
      laterFrameMs: stats(r.later.map((x) => x.frame).filter((x) => x != null)),
      laterP95PerRun: stats([...perRun.values()].map((v) => stats(v).p95)),
      slowestLater: [...r.later].sort((a, b) => b.dom - a.dom).slice(0, 5).map((x) => ({ value: x.value, ms: Math.round(x.dom * 10) / 10, page: x.page })),
      byLocale,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Pagefind on the same site: its index time and size, and its search timed on the same pages and queries. */
export async function pagefind(s, dist, catalogDir, label) {
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  const t = performance.now();
  execFileSync(PAGEFIND, ['--site', dist, '--glob', '{en,ru,zh}/**/*.html'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  const indexMs = performance.now() - t;
  const sizes = pagefindSizes(path.join(dist, 'pagefind'));
  const server = await serve(dist);
  const browser = await launch();
  try {
    const pages = searchPages(catalogDir, label);
    const runs = Math.max(2, Math.min(s.config.queryRuns, 3));
    const r = await measurePagefind(browser, server.url, pages, runs);
    const firstBytes = {};
    for (const pg of pages) {
      const b = await pagefindFirstBytes(browser, server.url, pg.path, [...pg.queries[0]][0]);
      firstBytes[pg.locale] = { bytes: b.firstResult.bytes, body: b.firstResult.body, requests: b.firstResult.requests };
    }
    return {
      indexMs,
      sizes,
      runs,
      initMs: stats(r.init),
      firstSearchMs: stats(r.first.map((x) => x.search)),
      firstWithDataMs: stats(r.first.map((x) => x.withData)),
      laterSearchMs: stats(r.later),
      laterWithDataMs: stats(r.laterWithData),
      firstBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
