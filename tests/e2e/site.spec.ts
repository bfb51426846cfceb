import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { codesOf } from './catalog.ts';

const homes = [
  { locale: 'en', lang: 'en', heading: 'Captcha API error codes', providers: ['CapMonster Cloud', 'CaptchaAI', 'Unified gateway'] },
  { locale: 'ru', lang: 'ru', heading: 'Коды ошибок API распознавания капч', providers: ['CapMonster Cloud', 'CaptchaAI', 'Единый шлюз'] },
  { locale: 'zh', lang: 'zh-CN', heading: '验证码 API 错误代码', providers: ['CapMonster Cloud', 'CaptchaAI', '统一网关'] },
];

for (const home of homes) {
  test(`the ${home.locale} home lists the providers in its language`, async ({ page }) => {
    await page.goto(`/${home.locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', home.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading);
    for (const name of home.providers) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('search')).toBeVisible();
  });
}

const codePages = [
  { path: '/en/capmonster-cloud/ERROR_ZERO_BALANCE/', title: /funds/i, retry: /topped up/i },
  { path: '/ru/captchaai/ERROR_WRONG_USER_KEY/', title: /[а-яё]/i, retry: /[а-яё]/i },
  { path: '/zh/gateway/BALANCE_EMPTY/', title: /[\u4e00-\u9fff]/, retry: /[\u4e00-\u9fff]/ },
];

for (const c of codePages) {
  test(`the code page ${c.path} shows its texts in its language`, async ({ page }) => {
    await page.goto(c.path);
    const code = c.path.split('/')[3]!;
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
    await expect(page.locator('p.lead')).toHaveText(c.title);
    await expect(page.locator('section.retry-box')).toContainText(c.retry);
    await expect(page.locator('#what + .md, section:has(#what) .md')).not.toBeEmpty();
  });
}

test('the shipped catalog builds without a warning: a maintainer reads every warning as something to act on', () => {
  const log = readFileSync('.errcat/e2e-build.log', 'utf8');
  expect(log).toContain('catalog checked');
  expect(log.split('\n').filter((l) => /\[WARN\]/.test(l))).toEqual([]);
});

test('the language switcher keeps the reader on the same code', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/ERROR_TOO_BIG_CAPTCHA_FILESIZE/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/capmonster-cloud\/ERROR_TOO_BIG_CAPTCHA_FILESIZE\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The size limit is rendered from the fact, with Russian number formatting.
  await expect(page.locator('section:has(#what)')).toContainText(/50\s000\sбайт/);
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/capmonster-cloud\/ERROR_TOO_BIG_CAPTCHA_FILESIZE\/$/);
});

test('a code page lists related codes apart from its equivalents, in the reader\'s language', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/ERROR_ZERO_BALANCE/');
  const equivalents = page.locator('section:has(#equivalents)');
  const related = page.locator('section:has(#related)');
  await expect(related.getByRole('heading', { level: 2 })).toHaveText(/Related codes/);
  await expect(related.getByRole('link', { name: 'ERROR_ZERO_BALANCE' })).toHaveAttribute('href', '/en/captchaai/ERROR_ZERO_BALANCE/');
  await expect(equivalents.getByRole('link', { name: 'BALANCE_EMPTY' })).toBeVisible();
  await expect(equivalents.locator('a[href*="/captchaai/"]')).toHaveCount(0);
  await page.goto('/ru/captchaai/ERROR_ZERO_BALANCE/');
  await expect(page.locator('section:has(#related) h2')).toHaveText(/Связанные коды/);
  // A provider whose name is translated is named in the reader's language.
  await expect(page.locator('section:has(#related)')).toContainText('Единый шлюз');
  await expect(page.locator('section:has(#related)')).not.toContainText('[object Object]');
  await expect(page.locator('section:has(#equivalents)')).toHaveCount(0);
  await page.goto('/zh/gateway/INPUT_MISSING/');
  await expect(page.locator('section:has(#related) li')).toHaveCount(2);
});

test('code pages declare hreflang alternates and a canonical link', async ({ page }) => {
  await page.goto('/zh/captchaai/CAPCHA_NOT_READY/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/zh\/captchaai\/CAPCHA_NOT_READY\/$/);
  for (const lang of ['en', 'ru', 'zh-CN', 'x-default']) {
    await expect(page.locator(`link[rel=alternate][hreflang="${lang}"]`)).toHaveCount(1);
  }
});

test('the provider table filters by category and by retry policy without a page load', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/');
  const rows = page.locator('tbody tr[data-text]');
  const all = await rows.count();
  expect(all).toBe(codesOf('capmonster-cloud').length);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  await page.getByRole('radio', { name: 'Proxy' }).check();
  const proxyRows = page.locator('tbody tr:visible');
  await expect(proxyRows.first()).toBeVisible();
  const shown = await proxyRows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  for (const row of await proxyRows.all()) await expect(row).toHaveAttribute('data-category', 'proxy');
  await page.getByRole('group', { name: 'Category' }).getByRole('radio', { name: 'All' }).check();
  await page.getByRole('radio', { name: 'poll again' }).check();
  await expect(page.locator('tbody tr:visible')).toHaveCount(1);
  await expect(page.locator('tbody tr:visible')).toContainText('CAPTCHA_NOT_READY');
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(timeOrigin);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a code page still shows its content', async ({ page }) => {
    await page.goto('/en/captchaai/ERROR_ZERO_BALANCE/');
    await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(page.locator('section.retry-box')).toContainText(/wait/i);
    // Copy buttons need the clipboard script, so they stay hidden.
    await expect(page.getByRole('button', { name: 'Copy code' })).toBeHidden();
  });

  test('the root page offers every language as a plain link', async ({ page }) => {
    await page.goto('/');
    for (const name of ['English', 'Русский', '中文']) await expect(page.getByRole('link', { name })).toBeVisible();
  });

  test('the provider table shows every row', async ({ page }) => {
    await page.goto('/ru/gateway/');
    await expect(page.locator('tbody tr:visible')).toHaveCount(codesOf('gateway').length);
  });
});

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('lands on the Russian home from /', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
  });
});

test.describe('a reader whose browser prefers a language the site lacks', () => {
  test.use({ locale: 'de-DE' });
  test('lands on the default language from /', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test('the guide renders its tables from the catalog', async ({ page }) => {
  await page.goto('/en/guides/handling-errors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to handle errors and retries');
  await expect(page.locator('table').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'BALANCE_EMPTY' })).toBeVisible();
});
