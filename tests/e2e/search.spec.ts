import { test, expect, type Page } from '@playwright/test';
import type { SearchData } from '../../src/search/options.ts';
import { holdWordIndex, wordIndexLoaded } from './word-index.ts';

async function search(page: Page, path: string, query: string) {
  await page.goto(path);
  await page.getByRole('searchbox').click();
  await page.keyboard.type(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  return options;
}

/** Pastes `text` into the search box, as a reader pastes a response or a log line. */
async function paste(page: Page, path: string, text: string) {
  await page.goto(path);
  await page.getByRole('searchbox').click();
  await page.keyboard.insertText(text);
  await wordIndexLoaded(page);
  return page.getByRole('listbox').getByRole('option');
}

/** The codes file of a locale, for counts that come from the catalog. */
async function codesOf(page: Page, locale: string): Promise<SearchData> {
  return (await (await page.request.get(`/search/${locale}.json`)).json()) as SearchData;
}

/** The search box: a searchbox in the page, a combobox once the search has started. */
const box = (page: Page) => page.locator('#q');
const hits = (page: Page) => page.getByRole('listbox').getByRole('option').filter({ has: page.locator('.r-code') });
const note = (page: Page) => page.locator('.search-results .r-note');

const cases: { locale: string; query: string; first: RegExp; why: string }[] = [
  { locale: 'en', query: 'error_zero_balance', first: /^ERROR_ZERO_BALANCE/, why: 'an exact code in lower case' },
  { locale: 'en', query: 'WRONG_CAPTCHA_ID', first: /^ERROR_NO_SUCH_CAPCHA_ID.*CapMonster Cloud/s, why: 'an alias' },
  { locale: 'en', query: 'zero balance', first: /ZERO_BALANCE|BALANCE_EMPTY/, why: 'a fragment with a space' },
  { locale: 'ru', query: 'ZERO_BAL', first: /^ERROR_ZERO_BALANCE/, why: 'a fragment with an underscore' },
  { locale: 'zh', query: 'proxy-banned', first: /^PROXY_BANNED/, why: 'a fragment with a hyphen' },
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

/** What each locale says, as the reader reads it. */
const say = {
  en: {
    box: 'Search error codes',
    all: 'All providers',
    searchAll: 'Search all providers: 1 more',
    corrected: 'Showing ERROR_ZERO_BALANCE for ERROR_ZERO_BALANSE',
    found: (code: string) => `Found in the pasted text: ${code}`,
    nearest: 'No code is named ERROR_PROXY_TIMEOUT. The nearest codes:',
    showAll: (n: number) => `Show all ${n} results`,
    shown: (shown: number, n: number) => `${shown} of ${n} results`,
    resultsFor: (q: string) => `Results for “${q}”`,
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    words: 'proxy password',
    noscript: /^Searching needs JavaScript/,
  },
  ru: {
    box: 'Поиск по кодам ошибок',
    all: 'Все провайдеры',
    searchAll: 'Искать у всех провайдеров: ещё 1',
    corrected: 'Показываем ERROR_ZERO_BALANCE вместо ERROR_ZERO_BALANSE',
    found: (code: string) => `Найдено во вставленном тексте: ${code}`,
    nearest: 'Кода ERROR_PROXY_TIMEOUT нет. Ближайшие коды:',
    showAll: (n: number) => `Показать все (${n})`,
    shown: (shown: number, n: number) => `Показаны ${shown} из ${n}`,
    resultsFor: (q: string) => `Результаты по запросу «${q}»`,
    count: (n: number) => ({ one: `Найден ${n} код`, few: `Найдено ${n} кода`, many: `Найдено ${n} кодов` })[new Intl.PluralRules('ru').select(n) as 'one'] ?? `Найдено ${n} кода`,
    words: 'нет средств',
    noscript: /^Для поиска нужен JavaScript/,
  },
  zh: {
    box: '搜索错误代码',
    all: '全部服务商',
    searchAll: '搜索全部服务商：另有 1 条',
    corrected: '显示的是 ERROR_ZERO_BALANCE，而非 ERROR_ZERO_BALANSE',
    found: (code: string) => `在粘贴的文本中找到：${code}`,
    nearest: '没有名为 ERROR_PROXY_TIMEOUT 的代码。最接近的代码：',
    showAll: (n: number) => `查看全部 ${n} 条结果`,
    shown: (shown: number, n: number) => `显示 ${n} 条结果中的 ${shown} 条`,
    resultsFor: (q: string) => `“${q}”的搜索结果`,
    count: (n: number) => `共 ${n} 条结果`,
    words: '代理 超时',
    noscript: /^搜索需要 JavaScript/,
  },
};

for (const [locale, s] of Object.entries(say)) {
  test.describe(`search in ${locale}`, () => {
    test('on a CaptchaAI page the filter starts at CaptchaAI, and Enter on a code CapMonster Cloud shares opens CaptchaAI’s page', async ({ page }) => {
      await page.goto(`/${locale}/captchaai/ERROR_PAGEURL/`);
      await page.getByRole('searchbox').click();
      await page.keyboard.type('ERROR_ZERO_BALANCE');
      await expect(page.locator('select.search-provider')).toHaveValue('captchaai');
      await expect(hits(page)).toHaveCount(1);
      await expect(hits(page).first()).toContainText('CaptchaAI');
      // The other provider's code is one option away.
      await expect(page.getByRole('option', { name: s.searchAll })).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/captchaai/ERROR_ZERO_BALANCE/$`));
    });

    test('searching all providers shows a code several providers share at each of them, the reader’s provider first', async ({ page }) => {
      await page.goto(`/${locale}/captchaai/ERROR_PAGEURL/`);
      await page.getByRole('searchbox').click();
      await page.keyboard.type('ERROR_ZERO_BALANCE');
      await page.getByRole('option', { name: s.searchAll }).click();
      await expect(page.locator('select.search-provider')).toHaveValue('');
      await expect(page.locator('select.search-provider option:checked')).toHaveText(s.all);
      await expect(hits(page).locator('.r-provider')).toHaveText(['CaptchaAI', 'CapMonster Cloud']);
      await expect(hits(page).locator('.r-code')).toHaveText(['ERROR_ZERO_BALANCE', 'ERROR_ZERO_BALANCE']);
      await expect(box(page)).toBeFocused();
    });

    test('a corrected typo says what it corrected', async ({ page }) => {
      await search(page, `/${locale}/`, 'ERROR_ZERO_BALANSE');
      await expect(note(page)).toHaveText(s.corrected);
      await expect(hits(page).locator('.r-code')).toHaveText(['ERROR_ZERO_BALANCE', 'ERROR_ZERO_BALANCE']);
      await expect(page.locator('form [role=status]')).toContainText(s.corrected);
    });

    test('a list cut at ten says how many codes match and leads to all of them', async ({ page }) => {
      const data = await codesOf(page, locale);
      const n = data.docs.filter(([, , , http]) => http === 200).length;
      expect(n).toBeGreaterThan(10);
      await search(page, `/${locale}/`, '200');
      await expect(hits(page)).toHaveCount(10);
      await expect(page.locator('form [role=status]')).toHaveText(s.shown(10, n));
      const inBox = (await hits(page).locator('.r-code').allTextContents()).join(' ');
      await page.getByRole('option', { name: s.showAll(n) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=200$`));
      // The results page: the query in the box, every result, the same ranking as the box.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.resultsFor('200'));
      await expect(box(page)).toHaveValue('200');
      await expect(page.locator('.search-count')).toHaveText(s.count(n));
      const list = page.locator('.search-list li');
      await expect(list).toHaveCount(n);
      expect((await page.locator('.search-list .r-code').allTextContents()).slice(0, 10).join(' ')).toBe(inBox);
      await expect(page.locator('#all-codes')).toBeHidden();
    });

    test('when codes fill the list at once, the count follows and matches the results page', async ({ page }) => {
      await search(page, `/${locale}/`, 'ERROR_');
      await expect(hits(page)).toHaveCount(10);
      // Counted once the reader pauses: an option that leads to all N, and "10 of N".
      const showAll = new RegExp(`^${s.showAll(999).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('999', '(\\d+)')}$`);
      const option = page.getByRole('option', { name: showAll });
      await expect(option).toBeVisible();
      const n = Number(showAll.exec((await option.textContent())!)![1]);
      expect(n).toBeGreaterThan(10);
      await expect(page.locator('form [role=status]')).toHaveText(s.shown(10, n));
      await option.click();
      await expect(page.locator('.search-list li')).toHaveCount(n);
    });

    const pasted = [
      { what: 'a CaptchaAI JSON answer', text: '{"status":0,"request":"ERROR_PAGEURL"}', code: 'ERROR_PAGEURL', provider: 'CaptchaAI' },
      { what: 'a CapMonster Cloud JSON answer', text: '{"errorId":1,"errorCode":"ERROR_TASK_ABSENT","errorDescription":"Task not found"}', code: 'ERROR_TASK_ABSENT', provider: 'CapMonster Cloud' },
      { what: 'a log line', text: '2026-11-30T12:00:01Z WARN res.php status=0 request=ERROR_PAGEURL attempt=2', code: 'ERROR_PAGEURL', provider: 'CaptchaAI' },
    ];
    for (const p of pasted)
      test(`${p.what}, pasted, finds the code inside it`, async ({ page }) => {
        const options = await paste(page, `/${locale}/`, p.text);
        await expect(options).toHaveCount(1);
        await expect(options.first().locator('.r-code')).toHaveText(p.code);
        await expect(options.first().locator('.r-provider')).toHaveText(p.provider);
        await expect(note(page)).toHaveText(s.found(p.code));
      });

    test('a word the catalog does not use does not empty the list', async ({ page }) => {
      const options = await search(page, `/${locale}/`, s.words);
      await wordIndexLoaded(page);
      const first = await options.first().locator('.r-code').textContent();
      await page.keyboard.type(' qqzxv');
      await expect(options.first().locator('.r-code')).toHaveText(first!);
    });

    test('a code-shaped query that names no code offers the nearest codes', async ({ page }) => {
      await search(page, `/${locale}/`, 'ERROR_PROXY_TIMEOUT');
      await expect(note(page)).toHaveText(s.nearest);
      await expect(hits(page).locator('.r-code')).toContainText(['PROXY_TIMEOUT', 'ERROR_PROXY_READ_TIMEOUT']);
    });

    test('the search button leads to the results page, filtered as the box was', async ({ page }) => {
      const gateway = (await codesOf(page, locale)).providers.find(([id]) => id === 'gateway')![1];
      await page.goto(`/${locale}/gateway/`);
      await page.getByRole('searchbox').fill('proxy');
      await expect(page.locator('select.search-provider')).toHaveValue('gateway');
      await box(page).press('Escape');
      await page.locator('form.search button[type=submit]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=proxy&provider=gateway$`));
      await expect(page.locator('.search-list .r-provider').first()).toBeVisible();
      for (const provider of await page.locator('.search-list .r-provider').allTextContents()) expect(provider).toBe(gateway);
      // The button beside the count widens the search, and the address follows.
      await page.locator('.search-all').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=proxy&from=gateway$`));
      await expect(page.locator('.search-list .r-provider').first()).toHaveText(gateway);
      expect(new Set(await page.locator('.search-list .r-provider').allTextContents()).size).toBeGreaterThan(1);
    });
  });

  test.describe(`without JavaScript, in ${locale}`, () => {
    test.use({ javaScriptEnabled: false });
    test('the search box leads to a page that lists every code and says how to narrow it', async ({ page }) => {
      const data = await codesOf(page, locale);
      await page.goto(`/${locale}/`);
      await page.getByRole('searchbox').fill('ERROR_ZERO_BALANCE');
      await page.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=ERROR_ZERO_BALANCE$`));
      await expect(page.locator('td.code-cell a')).toHaveCount(data.docs.length);
      await expect(page.locator('main .notice p')).toHaveText(s.noscript);
      // It names the provider tables, which filter without JavaScript.
      await expect(page.locator('main .notice li a')).toHaveText(data.providers.map(([, name]) => name));
    });
  });
}

test('Chinese finds a text whose characters are not adjacent (代理…超时)', async ({ page }) => {
  const options = await search(page, '/zh/', '代理超时');
  await wordIndexLoaded(page);
  await expect(options.first().locator('.r-code')).toHaveText(/^(PROXY_TIMEOUT|ERROR_PROXY_READ_TIMEOUT)$/);
  await expect(options.first().locator('.r-title')).toHaveText('代理连接超时');
});

test('each result shows code, provider, name, HTTP status and retry policy, and links to the page in the current language', async ({ page }) => {
  const options = await search(page, '/ru/', 'BALANCE_EMPTY');
  const first = options.first();
  await expect(first).toContainText('BALANCE_EMPTY');
  // The provider's name in Russian, as the catalog translates it.
  await expect(first.locator('.r-provider')).toHaveText('Единый шлюз');
  await expect(first).toContainText('HTTP 402');
  await expect(first).toContainText('после исправления');
  // The title, in Russian, from the titles file that loads right after the codes.
  await expect(first).toContainText('Баланс исчерпан');
  await first.click();
  await expect(page).toHaveURL(/\/ru\/gateway\/BALANCE_EMPTY\/$/);
});

test('the provider filter narrows the results to one provider', async ({ page }) => {
  await search(page, '/en/', 'proxy');
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('captchaai');
  await expect(hits(page).first()).toBeVisible();
  for (const text of await hits(page).allTextContents()) expect(text).toContain('CaptchaAI');
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
  const provider = (await page.locator('[role=option][aria-selected=true] .r-provider').textContent())!;
  words.release();
  await wordIndexLoaded(page);
  const selected = page.locator('[role=option][aria-selected=true]');
  await expect(selected).toHaveCount(1);
  await expect(selected.locator('.r-code')).toHaveText(chosen);
  await expect(selected.locator('.r-provider')).toHaveText(provider);
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
  await expect(page.locator('.search-results')).toBeHidden();
});

test('while the word index loads, a word query says it is still loading, not that nothing matches', async ({ page }) => {
  const words = await holdWordIndex(page, 'zh');
  await page.goto('/zh/');
  await page.getByRole('searchbox').click();
  await page.keyboard.type('余额');
  await expect(page.locator('.search-results .r-none')).toHaveText('正在加载错误说明，以便一并搜索……');
  await expect(page.locator('form [role=status]')).toHaveText('正在加载错误说明，以便一并搜索……');
  words.release();
  await expect(hits(page).first()).toHaveText(/BALANCE/);
  await expect(page.locator('form [role=status]')).toHaveText(/^共 \d+ 条结果$/);
});

test('when the word index cannot be loaded, codes are still found and a word query says nothing matches', async ({ page }) => {
  await page.route('**/search/ru.words.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/ru/');
  await page.getByRole('searchbox').click();
  await page.keyboard.type('ZERO_BAL');
  await expect(hits(page).first()).toHaveText(/^ERROR_ZERO_BALANCE/);
  await wordIndexLoaded(page);
  await page.getByRole('combobox', { name: 'Поиск по кодам ошибок' }).fill('баланса');
  await expect(page.locator('.search-results .r-none')).toHaveText('Ни один код не подходит. Сократите запрос или введите HTTP-статус.');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('no search script beyond the loader runs until the reader starts to search', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.resourceType() === 'stylesheet' || r.url().includes('/search/')) scripts.push(new URL(r.url()).pathname);
  });
  // By the load event the page's module scripts, the loader among them, have run.
  await page.goto('/en/gateway/CAPACITY/', { waitUntil: 'load' });
  const loader = await page.locator('script[type=module][src]').evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname));
  expect(loader.length).toBeGreaterThan(0);
  expect(scripts).toEqual(expect.arrayContaining(loader));
  expect(await page.evaluate(() => performance.getEntriesByName('search:start').length)).toBe(0);
  expect(scripts.filter((s) => s.includes('search-ui') || s.endsWith('.json'))).toEqual([]);
  await page.getByRole('searchbox').click();
  await expect.poll(() => scripts.some((s) => s.endsWith('/search/en.json')) && scripts.some((s) => s.endsWith('/search/en.words.json'))).toBe(true);
});

test('a number format is made while the search loads, not on the first keystroke that shows a count', async ({ page }) => {
  // Chromium takes tens of milliseconds to make the first Intl.NumberFormat on a page.
  await page.addInitScript(() => {
    const made: string[] = ((window as unknown as { numberFormats: string[] }).numberFormats = []);
    const Original = Intl.NumberFormat;
    Intl.NumberFormat = function (this: unknown, ...args: ConstructorParameters<typeof Original>) {
      made.push(String(args[0]));
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
  });
  await page.goto('/ru/');
  expect(await page.evaluate(() => (window as unknown as { numberFormats: string[] }).numberFormats)).toEqual([]);
  await page.getByRole('searchbox').focus();
  await wordIndexLoaded(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { numberFormats: string[] }).numberFormats)).toEqual(['ru']);
  await expect(page.locator('.search-results')).toBeHidden();
});
