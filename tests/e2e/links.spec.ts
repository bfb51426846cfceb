import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LinkChecker } from 'linkinator';
import { codesOf } from './catalog.ts';

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('a short link for a code one provider has lands on its Russian page', async ({ page }) => {
    await page.goto('/e/ERROR_TASK_ABSENT/');
    await expect(page).toHaveURL(/\/ru\/capmonster-cloud\/ERROR_TASK_ABSENT\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('a short link for a code several providers share lets the reader choose, in Russian', async ({ page }) => {
    await page.goto('/e/ERROR_ZERO_BALANCE/');
    await expect(page).toHaveURL(/\/ru\/e\/ERROR_ZERO_BALANCE\/$/);
    await expect(page.locator('p.lead')).toContainText('провайдер');
    await page.getByRole('link', { name: 'CaptchaAI' }).click();
    await expect(page).toHaveURL(/\/ru\/captchaai\/ERROR_ZERO_BALANCE\/$/);
  });

  test('a provider and code without a locale lands on the Russian page', async ({ page }) => {
    await page.goto('/gateway/CAPACITY/');
    await expect(page).toHaveURL(/\/ru\/gateway\/CAPACITY\/$/);
  });
});

test('an alias URL leads to the code page, which names the alias', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/WRONG_CAPTCHA_ID/');
  await expect(page).toHaveURL(/\/en\/capmonster-cloud\/ERROR_NO_SUCH_CAPCHA_ID\/$/);
  await expect(page.locator('#alias-WRONG_CAPTCHA_ID')).toHaveText('WRONG_CAPTCHA_ID');
});

test('a lower-case code path lands on the code', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/error_zero_balance');
  await expect(page).toHaveURL(/\/en\/capmonster-cloud\/ERROR_ZERO_BALANCE\/$/);
});

test('an unknown path offers the closest codes', async ({ page }) => {
  await page.goto('/en/captchaai/ERROR_ZERO_BALANSE_X/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('#closest li').first()).toContainText('ERROR_ZERO_BALANCE');
});

test('the copy buttons put the code, the short link, the page link and a Markdown link on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/en/gateway/BALANCE_EMPTY/');
  const read = () => page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Copy short link' }).click();
  expect(await read()).toBe('https://errors.example.com/e/BALANCE_EMPTY/');
  await page.getByRole('button', { name: 'Copy page link' }).click();
  expect(await read()).toBe('https://errors.example.com/en/gateway/BALANCE_EMPTY/');
  await page.getByRole('button', { name: 'Copy Markdown link' }).click();
  expect(await read()).toBe('[BALANCE_EMPTY](https://errors.example.com/e/BALANCE_EMPTY/)');
  await page.getByRole('button', { name: 'Copy code' }).click();
  expect(await read()).toBe('BALANCE_EMPTY');
  await expect(page.locator('.actions').getByRole('status')).toContainText('Copied');
});

test('every section of a code page has an anchor', async ({ page }) => {
  await page.goto('/en/captchaai/CAPCHA_NOT_READY/');
  for (const id of ['retry', 'what', 'fix', 'examples', 'handling', 'facts', 'equivalents', 'entry']) await expect(page.locator(`a.anchor[href="#${id}"]`)).toHaveCount(1);
});

test('the JSON exports validate against their published schema', async ({ request }) => {
  const schema = await (await request.get('/api/v1/schema.json')).json();
  const ajv = new Ajv2020({ strict: false });
  // With the formats the schema names (page addresses are `uri`), which Ajv alone skips with a warning.
  addFormats(ajv);
  const validate = ajv.compile(schema);
  for (const url of ['/api/v1/capmonster-cloud.json', '/api/v1/captchaai.json', '/api/v1/gateway.json', '/api/v1/gateway/BALANCE_EMPTY.json', '/api/v1/capmonster-cloud/ERROR_NO_SUCH_CAPCHA_ID.json']) {
    const data = await (await request.get(url)).json();
    expect(validate(data), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(data.version).toBe(1);
  }
  const gateway = await (await request.get('/api/v1/gateway.json')).json();
  expect(gateway.codes.map((c: { code: string }) => c.code)).toEqual(codesOf('gateway').map((c) => c.code));
  expect(gateway.codes.find((c: { code: string }) => c.code === 'CAPACITY')).toMatchObject({ http: 429, retry: { policy: 'after-wait', after: 5 }, pages: { ru: 'https://errors.example.com/ru/gateway/CAPACITY/' } });
});

test('sitemap.xml lists pages with hreflang alternates, and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://errors.example.com/zh/captchaai/ERROR_WRONG_USER_KEY/</loc>');
  expect(sitemap).toContain('hreflang="ru" href="https://errors.example.com/ru/captchaai/ERROR_WRONG_USER_KEY/"');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: https://errors.example.com/sitemap.xml');
  const redirects = await (await request.get('/_redirects')).text();
  // A short link is language-neutral: redirected only where the host knows the reader's language, and never permanently.
  expect(redirects).toContain('/e/ERROR_TASK_ABSENT/ /ru/capmonster-cloud/ERROR_TASK_ABSENT/ 302! Language=ru');
  expect(redirects).not.toMatch(/^\/e\/\S+ \S+ 301/m);
});

test('a link checker finds no broken internal link', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const checker = new LinkChecker();
  // Network errors are retried: on a busy machine a connection can drop while the crawler and the other tests share the server.
  const result = await checker.check({ path: `${baseURL}/`, recurse: true, concurrency: 8, retryErrors: true, retryErrorsCount: 3, linksToSkip: [`^(?!${baseURL!.replace(/[.]/g, '\\.')})`] });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (from ${l.parent})`);
  expect(broken).toEqual([]);
  expect(result.links.length).toBeGreaterThan(400);
});
