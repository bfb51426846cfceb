/** The provider table: filters that count, say when nothing matches and live in the URL; sorting; code names that do not break. */
import { test, expect, type Page } from '@playwright/test';

const codesOf = async (page: Page, provider: string) => (await (await page.request.get(`/api/v1/${provider}.json`)).json()).codes as { code: string; http: number; category: string; retry: { policy: string } }[];

test('the heading counts the rows a filter leaves', async ({ page }) => {
  const codes = await codesOf(page, 'capmonster-cloud');
  await page.goto('/en/capmonster-cloud/');
  const heading = page.locator('#codes');
  await expect(heading).toHaveText(`${codes.length} error codes`);
  await page.getByRole('radio', { name: 'Proxy' }).check();
  const proxy = codes.filter((c) => c.category === 'proxy').length;
  await expect(heading).toHaveText(`Error codes: ${proxy} of ${codes.length}`);
  await expect(page.locator('tbody tr:visible')).toHaveCount(proxy);
});

test('a filter that matches nothing says so', async ({ page }) => {
  const codes = await codesOf(page, 'capmonster-cloud');
  expect(codes.some((c) => c.category === 'polling' && c.retry.policy === 'never')).toBe(false);
  await page.goto('/en/capmonster-cloud/');
  await page.getByRole('radio', { name: 'Polling' }).check();
  await page.getByRole('radio', { name: 'never' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'No code matches these filters.' })).toBeVisible();
  await expect(page.locator('#codes')).toHaveText(`Error codes: 0 of ${codes.length}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the radio filters still work, and an empty combination still says so', async ({ page }) => {
    await page.goto('/en/capmonster-cloud/');
    await page.getByRole('radio', { name: 'Polling' }).check();
    await expect(page.locator('tbody tr:visible')).toHaveCount(2);
    await page.getByRole('radio', { name: 'never' }).check();
    await expect(page.locator('tbody tr:visible')).toHaveCount(1);
    await expect(page.locator('tbody tr:visible')).toHaveText('No code matches these filters.');
    await page.getByRole('group', { name: 'Category' }).getByRole('radio', { name: 'All' }).check();
    await expect(page.locator('tbody tr.none-row:visible')).toHaveCount(0);
  });
});

test('the text filter narrows by code or name, and the filters stay in the URL through a reload', async ({ page }) => {
  await page.goto('/en/gateway/');
  await page.getByRole('textbox', { name: 'Filter by code or name' }).fill('proxy');
  const rows = page.locator('tbody tr:visible');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(/proxy/i);
  await page.getByRole('group', { name: 'Retry' }).getByRole('radio', { name: 'after a fix' }).check();
  await expect(page).toHaveURL(/\?retry=after-fix&filter=proxy$/);
  const shown = await rows.count();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Filter by code or name' })).toHaveValue('proxy');
  await expect(page.getByRole('group', { name: 'Retry' }).getByRole('radio', { name: 'after a fix' })).toBeChecked();
  await expect(rows).toHaveCount(shown);
});

test('a column sorts up and down, and says so', async ({ page }) => {
  const statuses = (await codesOf(page, 'gateway')).map((c) => c.http);
  await page.goto('/en/gateway/');
  const header = page.getByRole('columnheader', { name: /HTTP status/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const cells = page.locator('tbody tr[data-text] td:nth-child(3)');
  expect((await cells.allTextContents()).map(Number)).toEqual([...statuses].sort((a, b) => a - b));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect((await cells.allTextContents()).map(Number)).toEqual([...statuses].sort((a, b) => b - a));
  await expect(page).toHaveURL(/\?sort=-http$/);
});

test('code and phase names never break inside a word on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const provider of ['capmonster-cloud', 'captchaai']) {
    await page.goto(`/en/${provider}/`);
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('tbody td code, td.code-cell > a')].filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
  }
});

test('a code name that may break after an underscore still reads as one word to assistive technology, on a phone and on a wide screen', async ({ page }) => {
  test.setTimeout(90_000);
  const names = async () => {
    // Chromium's own accessibility tree, which screen readers and voice control read (not Playwright's computation).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    await cdp.detach();
    return nodes.filter((n) => ['link', 'heading', 'option'].includes(n.role?.value ?? '')).map((n) => n.name?.value ?? '');
  };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/en/captchaai/', '/en/capmonster-cloud/ERROR_ZERO_BALANCE/', '/en/guides/handling-errors/']) {
      await page.goto(path);
      const all = await names();
      expect(all.filter((n) => n.includes('ERROR_ZERO_BALANCE')).length, `${path} at ${width} px`).toBeGreaterThan(0);
      expect(all.filter((n) => /_\s/.test(n)), `${path} at ${width} px`).toEqual([]);
    }
    await page.getByRole('searchbox').click();
    await page.keyboard.type('ERROR_ZERO_BALANCE');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    expect((await names()).filter((n) => /_\s/.test(n)), `search at ${width} px`).toEqual([]);
  }
});
