/** A code page as an integrator reads it: the retry box, the code on the wire, code to handle it, and where the entry comes from. */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../../bench/lib/sizes.mjs';

/** The built site the e2e server serves (playwright.config.ts). */
const DIST = '.errcat/e2e-dist';

const retryOf = async (page: Page, provider: string, code: string) => {
  const { code: c } = await (await page.request.get(`/api/v1/${provider}/${code}.json`)).json();
  const { decision: _decision, ...machine } = c.retry;
  return machine as Record<string, unknown>;
};

test.describe('the retry box', () => {
  const cases = [
    { path: 'gateway/NOT_FOUND', says: /^No\. /, never: [] as RegExp[] },
    { path: 'capmonster-cloud/ERROR_ZERO_BALANCE', says: /topped up/, never: [/fix the request/] },
    { path: 'gateway/CAPACITY', says: /response gives in retryAfter or the Retry-After header; it is usually 5 seconds/, never: [/^Yes, after waiting/] },
    { path: 'captchaai/CAPCHA_NOT_READY', says: /not a failure.*every 5 seconds/, never: [] },
    { path: 'captchaai/ERROR_SERVER_ERROR', says: /first wait 10 seconds\. Multiply the wait by 2 after each failure\. Give up after 5 attempts\./, never: [] },
  ];
  for (const c of cases) {
    test(`on ${c.path} says what to do for this code and shows every parameter of the machine value`, async ({ page }) => {
      await page.goto(`/en/${c.path}/`);
      const box = page.locator('section.retry-box');
      await expect(box.locator('p.advice')).toHaveText(c.says);
      for (const bad of c.never) await expect(box.locator('p.advice')).not.toHaveText(bad);
      const [provider, code] = c.path.split('/') as [string, string];
      const machine = await retryOf(page, provider, code);
      await expect(box.locator('p.machine code')).toHaveText(`retry = ${JSON.stringify(machine)}`);
    });
  }

  test('where the response carries the wait, the box says that value wins', async ({ page }) => {
    await page.goto('/en/gateway/CAPACITY/');
    await expect(page.locator('section.retry-box')).toContainText('Where the response names a wait, it wins over after.');
    await page.goto('/en/captchaai/ERROR_SERVER_ERROR/');
    await expect(page.locator('section.retry-box')).not.toContainText('wins over');
  });

  test('equivalent codes show their own policy, and a different one is marked', async ({ page }) => {
    await page.goto('/en/gateway/CAPACITY/');
    const row = page.locator('table.equivalents tr', { hasText: 'ERROR_NO_SLOT_AVAILABLE' });
    await expect(row).toContainText('with backoff');
    await expect(row.locator('.differs')).toHaveText('differs');
    await page.goto('/en/gateway/AUTH_INVALID/');
    await expect(page.locator('table.equivalents tbody tr')).toHaveCount(2);
    await expect(page.locator('table.equivalents .differs')).toHaveCount(0);
  });
});

test.describe('the code as the API returns it', () => {
  test('CapMonster Cloud: HTTP 200 with errorId 1 and the code in errorCode', async ({ page }) => {
    await page.goto('/en/capmonster-cloud/ERROR_ZERO_BALANCE/');
    const example = page.locator('#examples ~ figure.example pre, section:has(#examples) figure.example pre');
    await expect(example).toHaveCount(1);
    await expect(example).toContainText('HTTP/1.1 200 OK');
    await expect(example).toContainText('"errorId": 1');
    await expect(example).toContainText('"errorCode": "ERROR_ZERO_BALANCE"');
  });

  test('CaptchaAI: the JSON answer with json=1 and the plain-text answer without', async ({ page }) => {
    await page.goto('/en/captchaai/ERROR_WRONG_USER_KEY/');
    const figures = page.locator('section:has(#examples) figure.example');
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(0).locator('figcaption')).toHaveText('Phase: in.php, res.php · with json=1');
    await expect(figures.nth(0).locator('pre')).toContainText('"request": "ERROR_WRONG_USER_KEY"');
    await expect(figures.nth(1).locator('figcaption')).toContainText('without json=1');
    expect((await figures.nth(1).locator('pre').textContent())!.trim()).toBe('HTTP/1.1 200 OK\n\nERROR_WRONG_USER_KEY');
  });

  test('the gateway: its status, retryable, retryAfter and the Retry-After header', async ({ page }) => {
    await page.goto('/en/gateway/CAPACITY/');
    const pre = page.locator('section:has(#examples) figure.example pre');
    await expect(pre).toContainText('HTTP/1.1 429 Too Many Requests');
    await expect(pre).toContainText('Retry-After: 5');
    await expect(pre).toContainText('"retryable": true');
    await expect(pre).toContainText('"retryAfter": 5');
    await page.goto('/en/gateway/AUTH_INVALID/');
    await expect(pre).toContainText('"retryable": false');
    await expect(pre).not.toContainText('Retry-After');
  });
});

test.describe('how to handle it', () => {
  test('TypeScript shows first; Python and curl are a click away, each naming the code and its waits', async ({ page }) => {
    await page.goto('/en/captchaai/ERROR_SERVER_ERROR/');
    const ts = page.locator('.snippet[data-lang="ts"] pre');
    const py = page.locator('.snippet[data-lang="python"] pre');
    await expect(ts).toBeVisible();
    await expect(py).toBeHidden();
    await expect(ts).toContainText("'ERROR_SERVER_ERROR'");
    await expect(ts).toContainText('let wait = 10;');
    await page.getByRole('radio', { name: 'Python' }).check();
    await expect(py).toBeVisible();
    await expect(ts).toBeHidden();
    await expect(py).toContainText('range(1, 5 + 1)');
    await page.getByRole('radio', { name: 'curl' }).check();
    await expect(page.locator('.snippet[data-lang="shellscript"] pre')).toContainText('curl -s https://ocr.captchaai.com/in.php');
  });

  test('the snippets are highlighted at build time with classes, and the page has no inline style and no CSP error', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/zh/gateway/CAPACITY/');
    await expect(page.locator('.snippet[data-lang="ts"] .tk-keyword').first()).toBeVisible();
    expect(await page.locator('[style]').count()).toBe(0);
    // A token's colour comes from the stylesheet: the keyword is not the text colour.
    const [keyword, text] = await page.evaluate(() => [getComputedStyle(document.querySelector('.tk-keyword')!).color, getComputedStyle(document.body).color]);
    expect(keyword).not.toBe(text);
    expect(errors).toEqual([]);
  });

  test('the copy button puts the snippet on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/en/gateway/UNSOLVABLE/');
    await page.getByRole('button', { name: 'Copy TypeScript' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('.snippet[data-lang="ts"] pre').textContent());
    expect(copied).toContain("body.error !== 'UNSOLVABLE'");
    await expect(page.locator('.snippets [role="status"]')).toHaveText('Copied to the clipboard.');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the tabs still switch, and no copy button shows', async ({ page }) => {
      await page.goto('/en/captchaai/CAPCHA_NOT_READY/');
      await page.getByRole('radio', { name: 'Python' }).check();
      await expect(page.locator('.snippet[data-lang="python"] pre')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy Python' })).toBeHidden();
    });
  });

  test('the guide shows one snippet per retry policy', async ({ page }) => {
    await page.goto('/en/guides/handling-errors/');
    for (const id of ['never', 'after-fix', 'after-wait', 'poll', 'backoff']) await expect(page.locator(`#${id} + .snippets .snippet[data-lang="ts"] pre`)).toBeVisible();
  });
});

test.describe('where the entry comes from', () => {
  test('the tab title names the provider', async ({ page }) => {
    await page.goto('/en/captchaai/ERROR_ZERO_BALANCE/');
    await expect(page).toHaveTitle(/^ERROR_ZERO_BALANCE: .* · CaptchaAI · /);
  });

  test('the page links to the line its entry is edited at, says when its texts changed, and links its JSON', async ({ page }) => {
    await page.goto('/en/captchaai/ERROR_ZERO_BALANCE/');
    const lines = readFileSync('catalog/captchaai/errors.yaml', 'utf8').split('\n');
    const line = lines.findIndex((l) => l.trim() === '- code: ERROR_ZERO_BALANCE') + 1;
    const entry = page.locator('section.entry');
    await expect(entry.getByRole('link', { name: 'Edit this entry' })).toHaveAttribute('href', new RegExp(`/catalog/captchaai/errors\\.yaml#L${line}$`));
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const json = entry.getByRole('link', { name: 'This code as JSON' });
    const data = await (await page.request.get((await json.getAttribute('href'))!)).json();
    expect(data.code.code).toBe('ERROR_ZERO_BALANCE');
  });

  test('the provider page links its JSON', async ({ page }) => {
    await page.goto('/ru/gateway/');
    const href = await page.getByRole('link', { name: 'Все коды провайдера в JSON' }).getAttribute('href');
    expect((await (await page.request.get(href!)).json()).provider.id).toBe('gateway');
  });
});

test('every code page stays under 20 kB gzip before search is used (HTML, CSS and the scripts it loads), and the browser fetches no more than that', async ({ page }) => {
  const pages: string[] = [];
  for (const locale of ['en', 'ru', 'zh'])
    for (const provider of readdirSync(path.join(DIST, locale))) {
      const dir = path.join(DIST, locale, provider);
      if (!statSync(dir).isDirectory()) continue;
      for (const code of readdirSync(dir)) if (/^[A-Z]/.test(code)) pages.push(path.join(locale, provider, code, 'index.html'));
    }
  expect(pages.length).toBeGreaterThan(100);
  const heaviest = pages.map((p) => pageWeight(DIST, p)).sort((a, b) => b.total.gzip - a.total.gzip)[0]!;
  expect(heaviest.total.gzip, `${heaviest.page}: ${JSON.stringify(heaviest.total)}`).toBeLessThan(20 * 1024);

  // The heaviest page in Chromium, untouched until the network is idle: every response, each compressed as a host serves it.
  const fetched: Promise<[string, number]>[] = [];
  page.on('response', (r) => fetched.push(r.body().then((b): [string, number] => [new URL(r.url()).pathname, gzipSync(b, { level: 6 }).length], (): [string, number] => [r.url(), 0])));
  await page.goto(`/${heaviest.page.replace(/index\.html$/, '')}`);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(fetched);
  const total = files.reduce((n, [, bytes]) => n + bytes, 0);
  expect(total, JSON.stringify(files)).toBeLessThan(20 * 1024);
  // The count above misses no script or stylesheet the browser loads before the reader searches.
  const counted = new Set([...heaviest.cssFiles, ...heaviest.jsFiles]);
  expect(files.filter(([file]) => /\.(js|css)$/.test(file) && !counted.has(file))).toEqual([]);
});
