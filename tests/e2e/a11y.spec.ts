/** axe finds no violation on any page type, in any locale. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { wordIndexLoaded } from './word-index.ts';
import { codesOf } from './catalog.ts';

// axe walks every node of the page: on a shared, busy host one run can take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const types = ['/', '{l}/', '{l}/capmonster-cloud/', '{l}/captchaai/CAPCHA_NOT_READY/', '{l}/gateway/CAPACITY/', '{l}/search/', '{l}/guides/handling-errors/', '{l}/consistency/', '{l}/e/ERROR_ZERO_BALANCE/', '{l}/no-such-page/'];

for (const locale of ['en', 'ru', 'zh']) {
  for (const type of types) {
    if (type === '/' && locale !== 'en') continue;
    const path = type.replace('{l}', `/${locale}`);
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violation with the search results open', async ({ page }) => {
  await page.goto('/ru/');
  await page.getByRole('searchbox').click();
  await page.keyboard.type('прокси');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  // Once the word index has redrawn the results, so that axe does not look at a list being replaced.
  await wordIndexLoaded(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a provider page can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/en/gateway/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab to the category filter and choose with the arrow keys.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'category')) break;
  }
  await page.keyboard.press('ArrowRight');
  const checked = await page.locator('input[name=category]:checked').getAttribute('value');
  expect(checked).not.toBe('');
  const visible = await page.locator('tbody tr:visible').count();
  expect(visible).toBeGreaterThan(0);
  expect(visible).toBeLessThan(codesOf('gateway').length);
});

/** The states of the search the reader can meet, each looked at once the word index has redrawn it. */
for (const locale of ['en', 'ru', 'zh']) {
  const states: [string, string, string][] = [
    ['a corrected typo, filtered to the page’s provider, with the option to search all providers', `/${locale}/captchaai/ERROR_PAGEURL/`, 'CAPTCHA_NOT_READY'],
    ['a list cut at ten, with the option to see all results', `/${locale}/`, '200'],
    ['no result', `/${locale}/`, 'qqqqxxxzzz'],
  ];
  for (const [state, path, query] of states)
    test(`axe finds no violation in the search box showing ${state} (${locale})`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('searchbox').click();
      await page.keyboard.type(query);
      await wordIndexLoaded(page);
      await expect(page.locator('.search-results')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

  test(`axe finds no violation on the results page, filtered and with a note (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent('ERROR_PROXY_TIMEOUT')}&provider=gateway`);
    await wordIndexLoaded(page);
    await expect(page.locator('.search-list li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`axe finds no violation on the results page without JavaScript (${locale})`, async ({ page }) => {
    // axe itself needs JavaScript (in a page with scripting off its run never ends), so the page is served as a browser
    // without JavaScript shows it: no scripts, and what <noscript> holds shown.
    const path = `/${locale}/search/?q=balance`;
    const html = await (await page.request.get(path)).text();
    const bare = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<(\/?)noscript>/g, '<$1div>');
    await page.route((url) => url.pathname + url.search === path, (route) => route.fulfill({ body: bare, contentType: 'text/html; charset=utf-8' }));
    await page.goto(path);
    await expect(page.locator('main .notice')).toBeVisible();
    await expect(page.locator('#all-codes')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
