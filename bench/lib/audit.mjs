/**
 * Lighthouse (Node API, Chromium launched by chrome-launcher: the one the
 * e2e tests use, headless) on a few pages of a served site: the four
 * category scores, and the audits that did not pass. Also axe-core (via
 * @axe-core/playwright) on the same pages, in light and dark color schemes,
 * as a second accessibility opinion. `audits` runs both on the shipped
 * catalog's home, a provider index and a code page.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import AxeBuilder from '@axe-core/playwright';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { launch } from './search-bench.mjs';
import { serve } from './serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(baseUrl, paths, { runs = 1 } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const out = [];
  try {
    for (const p of paths) {
      const scores = [];
      let failed = [];
      for (let r = 0; r < runs; r++) {
        const result = await lighthouse(baseUrl + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${p}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        scores.push(Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])));
        failed = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id])
            .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
            .map((a) => ({ category: c, id: a.id, score: a.score, title: a.title, displayValue: a.displayValue })),
        );
        if (r === 0) {
          const m = (id) => lhr.audits[id]?.numericValue;
          scores[0].metrics = { fcpMs: m('first-contentful-paint'), lcpMs: m('largest-contentful-paint'), tbtMs: m('total-blocking-time'), cls: m('cumulative-layout-shift'), siMs: m('speed-index') };
          scores[0].lighthouseVersion = lhr.lighthouseVersion;
          // What shifted, when CLS is not 0: the elements Lighthouse names.
          const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
          scores[0].layoutShifts = shifts.map((i) => ({ score: i.score, selector: i.node?.selector, snippet: i.node?.snippet?.slice(0, 160) }));
          scores[0].userAgent = lhr.environment?.hostUserAgent;
        }
      }
      const min = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...scores.map((s) => s[c] ?? 0))]));
      out.push({ path: p, scores: min, runs: scores, failed });
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

export async function runAxe(browser, baseUrl, paths) {
  const out = [];
  for (const p of paths) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(baseUrl + p, { waitUntil: 'load' });
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      out.push({ path: p, colorScheme, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })) });
      await context.close();
    }
  }
  return out;
}

/** Lighthouse (2 runs a page) and axe on the shipped catalog's built site; a Lighthouse failure is recorded with `fail` and axe still runs. */
export async function audits(dist, fail) {
  const server = await serve(dist);
  const pages = ['/en/', '/en/capmonster-cloud/', '/en/capmonster-cloud/ERROR_ZERO_BALANCE/'];
  try {
    const out = {};
    try {
      out.lighthouse = await runLighthouse(server.url, pages, { runs: 2 });
    } catch (e) {
      fail('lighthouse', e);
      out.lighthouseError = String(e?.message ?? e);
    }
    const browser = await launch();
    try {
      out.axe = await runAxe(browser, server.url, pages);
    } finally {
      await browser.close();
    }
    return out;
  } finally {
    await server.close();
  }
}
