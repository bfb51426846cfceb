/** On a phone (390 px wide): nothing is cut off, the title outranks the headings, the search box keeps its room. */
import { test, expect } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

for (const locale of ['en', 'ru', 'zh']) {
  test(`the ${locale} guide fits the screen, its first table included`, async ({ page }) => {
    await page.goto(`/${locale}/guides/handling-errors/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const table = await page.locator('article table').first().boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(390);
  });

  test(`on a ${locale} code page the title is larger than the section headings, and the page does not scroll sideways`, async ({ page }) => {
    await page.goto(`/${locale}/capmonster-cloud/ERROR_TOO_BIG_CAPTCHA_FILESIZE/`);
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('h1')).toBeGreaterThan(await size('main h2'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('the provider filter of the search does not squeeze the search box', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/ru/captchaai/');
    await page.locator('#q').click();
    await page.keyboard.type('прокси');
    await expect(page.locator('select.search-provider')).toBeVisible();
    const box = (await page.locator('#q').boundingBox())!;
    expect(box.width, `at ${width} px`).toBeGreaterThanOrEqual(Math.min(260, width - 120));
  }
});

test('the provider table becomes cards whose values line up beside their labels, and fits the screen', async ({ page }) => {
  await page.goto('/zh/capmonster-cloud/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const cell = page.locator('tbody tr[data-text]').first().locator('td').nth(1);
  const [td, name] = [(await cell.boundingBox())!, (await cell.locator('.muted').boundingBox())!];
  // The provider's display name sits in the value column, under the title, not under the label.
  expect(name.x).toBeGreaterThan(td.x + 80);
  expect((await page.locator('tbody tr[data-text] .pill').first().boundingBox())!.width).toBeLessThan(200);
});
