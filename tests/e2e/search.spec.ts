import { test, expect, type Page } from '@playwright/test';
import { holdWordIndex, wordIndexLoaded } from './word-index.ts';

async function search(page: Page, path: string, query: string) {
  await page.goto(path);
  const box = page.getByRole('combobox');
  await page.getByRole('searchbox').or(box).first().click();
  await page.keyboard.type(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  return options;
}

const cases: { locale: string; query: string; first: RegExp; why: string }[] = [
  { locale: 'en', query: 'error_zero_balance', first: /^ERROR_ZERO_BALANCE/, why: 'an exact code in lower case' },
  { locale: 'en', query: 'WRONG_CAPTCHA_ID', first: /^ERROR_NO_SUCH_CAPCHA_ID.*CapMonster Cloud/s, why: 'an alias' },
  { locale: 'en', query: 'zero balance', first: /ZERO_BALANCE|BALANCE_EMPTY/, why: 'a fragment with a space' },
  { locale: 'ru', query: 'ZERO_BAL', first: /^ERROR_ZERO_BALANCE/, why: 'a fragment with an underscore' },
  { locale: 'zh', query: 'proxy-banned', first: /^PROXY_BANNED/, why: 'a fragment with a hyphen' },
  { locale: 'en', query: 'ERROR_ZERO_BALANSE', first: /^ERROR_ZERO_BALANCE/, why: 'a typo' },
  { locale: 'en', query: 'CAPCHA_NOT_READY', first: /^CAPCHA_NOT_READY.*CaptchaAI/s, why: 'the CaptchaAI spelling' },
  { locale: 'ru', query: 'CAPTCHA_NOT_READY', first: /^CAPTCHA_NOT_READY.*CapMonster Cloud/s, why: 'the CapMonster spelling' },
  { locale: 'en', query: '402', first: /^BALANCE_EMPTY.*HTTP 402/s, why: 'an HTTP status' },
  { locale: 'zh', query: '429', first: /^CAPACITY/, why: 'an HTTP status in zh' },
  { locale: 'ru', query: 'баланса', first: /BALANCE/, why: 'a Russian word form' },
  { locale: 'zh', query: '余额', first: /BALANCE/, why: 'Chinese without spaces' },
  { locale: 'en', query: 'balance is zero', first: /BALANCE/, why: 'English words' },
];

for (const c of cases) {
  test(`search in ${c.locale} finds ${c.why}: ${c.query}`, async ({ page }) => {
    const options = await search(page, `/${c.locale}/`, c.query);
    await expect(options.first()).toHaveText(c.first);
  });
}

test('each result shows code, provider, name, HTTP status and retry policy, and links to the page in the current language', async ({ page }) => {
  const options = await search(page, '/ru/', 'BALANCE_EMPTY');
  const first = options.first();
  await expect(first).toContainText('BALANCE_EMPTY');
  await expect(first).toContainText('Unified gateway');
  await expect(first).toContainText('HTTP 402');
  await expect(first).toContainText('после исправления');
  // The title, in Russian, from the titles file that loads right after the codes.
  await expect(first).toContainText('Баланс исчерпан');
  await first.click();
  await expect(page).toHaveURL(/\/ru\/gateway\/BALANCE_EMPTY\/$/);
});

test('the provider filter narrows the results to one provider', async ({ page }) => {
  const options = await search(page, '/en/', 'proxy');
  await page.getByRole('combobox', { name: 'Provider' }).or(page.locator('select.search-provider')).first().selectOption('captchaai');
  await expect(options.first()).toBeVisible();
  for (const text of await options.allTextContents()) expect(text).toContain('CaptchaAI');
});

test('the search box works with the keyboard alone', async ({ page }) => {
  await page.goto('/en/capmonster-cloud/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search error codes' });
  await expect(box).toBeFocused();
  await page.keyboard.type('proxy');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // The whole index, so that the results no longer change under the arrows (the next test covers that case).
  await wordIndexLoaded(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-1');
  const second = (await page.locator('#search-option-1 .r-code').textContent())!;
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/[a-z-]+/${second}/$`));
});

test('the option the reader has moved to stays chosen when the word index arrives, and a closed list stays closed', async ({ page }) => {
  const words = await holdWordIndex(page, 'en');
  await page.goto('/en/');
  const box = page.getByRole('combobox', { name: 'Search error codes' });
  await page.getByRole('searchbox').click();
  await page.keyboard.type('balance');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = (await page.locator('[role=option][aria-selected=true] .r-code').textContent())!;
  const meta = (await page.locator('[role=option][aria-selected=true] .r-meta').textContent())!;
  words.release();
  await wordIndexLoaded(page);
  const selected = page.locator('[role=option][aria-selected=true]');
  await expect(selected).toHaveCount(1);
  await expect(selected.locator('.r-code')).toHaveText(chosen);
  await expect(selected.locator('.r-meta')).toHaveText(meta);
  await expect(box).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id'))!);

  words.holdAgain();
  await page.reload();
  await page.getByRole('searchbox').click();
  await page.keyboard.type('balance');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  words.release();
  await wordIndexLoaded(page);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('while the word index loads, a word query says it is still loading, not that nothing matches', async ({ page }) => {
  const words = await holdWordIndex(page, 'zh');
  await page.goto('/zh/');
  await page.getByRole('searchbox').click();
  await page.keyboard.type('余额');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toHaveText('正在加载错误说明，以便一并搜索……');
  await expect(page.getByRole('status')).toHaveText('正在加载错误说明，以便一并搜索……');
  words.release();
  await expect(listbox.getByRole('option').first()).toHaveText(/BALANCE/);
  await expect(page.getByRole('status')).toHaveText(/^共 \d+ 条结果$/);
});

test('when the word index cannot be loaded, codes are still found and a word query says nothing matches', async ({ page }) => {
  await page.route('**/search/ru.words.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/ru/');
  await page.getByRole('searchbox').click();
  await page.keyboard.type('ZERO_BAL');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/^ERROR_ZERO_BALANCE/);
  await wordIndexLoaded(page);
  await page.getByRole('combobox', { name: 'Поиск по кодам ошибок' }).fill('баланса');
  await expect(page.getByRole('listbox')).toHaveText('Ни один код не подходит. Сократите запрос или введите HTTP-статус.');
});

test('no search script beyond the loader runs until the reader starts to search', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('/search/')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/gateway/CAPACITY/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => s.includes('search-ui') || s.endsWith('.json'))).toEqual([]);
  await page.getByRole('searchbox').click();
  await expect.poll(() => scripts.some((s) => s.endsWith('/search/en.json')) && scripts.some((s) => s.endsWith('/search/en.words.json'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box leads to a page listing every code', async ({ page }) => {
    await page.goto('/zh/');
    await page.getByRole('searchbox').fill('余额');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
    await expect(page.locator('td.code-cell a')).toHaveCount(65);
  });
});
