/** Links that keep the reader's language: short links, not-found pages and the language switcher, in ru and zh browsers. */
import { test, expect } from '@playwright/test';

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('a lower-case short link lands on the Russian page', async ({ page }) => {
    await page.goto('/e/error_task_absent/');
    await expect(page).toHaveURL(/\/ru\/capmonster-cloud\/ERROR_TASK_ABSENT\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('a lower-case short link several providers share lands on the Russian choice', async ({ page }) => {
    await page.goto('/e/error_zero_balance/');
    await expect(page).toHaveURL(/\/ru\/e\/ERROR_ZERO_BALANCE\/$/);
  });

  test('the short link a support agent copies opens in the language of whoever follows it', async ({ page, context, baseURL, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/ru/captchaai/ERROR_ZERO_BALANCE/');
    await page.getByRole('button', { name: 'Скопировать короткую ссылку' }).click();
    const short = await page.evaluate(() => navigator.clipboard.readText());
    expect(short).toBe('https://errors.example.com/captchaai/ERROR_ZERO_BALANCE/');
    const zh = await browser.newContext({ locale: 'zh-CN', baseURL });
    const reader = await zh.newPage();
    await reader.goto(new URL(short).pathname);
    await expect(reader).toHaveURL(/\/zh\/captchaai\/ERROR_ZERO_BALANCE\/$/);
    await zh.close();
  });

  test('a path that names nothing, without a language, gets the Russian not-found page', async ({ page }) => {
    await page.goto('/nothing/here/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
    await expect(page).toHaveURL(/\/nothing\/here\/$/);
  });
});

test.describe('a reader whose browser prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a short link and a provider path land on the Chinese page', async ({ page }) => {
    await page.goto('/e/ERROR_TASK_ABSENT/');
    await expect(page).toHaveURL(/\/zh\/capmonster-cloud\/ERROR_TASK_ABSENT\/$/);
    await page.goto('/gateway/capacity/');
    await expect(page).toHaveURL(/\/zh\/gateway\/CAPACITY\/$/);
  });
});

for (const [locale, name] of [['ru', 'Единый шлюз'], ['zh', '统一网关']] as const)
  test(`the gateway is named in the ${locale} page's language, in the page and in its title`, async ({ page }) => {
    await page.goto(`/${locale}/gateway/CAPACITY/`);
    await expect(page).toHaveTitle(new RegExp(`^CAPACITY: .* · ${name} · `));
    await expect(page.locator('body')).not.toContainText('Unified gateway');
    await expect(page.locator('nav.crumbs')).toContainText(name);
    await page.goto(`/${locale}/gateway/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    // Named so where another code lists it as related, too.
    await page.goto(`/${locale}/captchaai/ERROR_ZERO_BALANCE/`);
    await expect(page.locator('section:has(#related) li', { hasText: 'BALANCE_EMPTY' })).toContainText(` · ${name} · `);
  });

test('_redirects sends a short link or a provider path only under a language condition, and never permanently', async ({ request }) => {
  const { providers } = (await (await request.get('/search/en.json')).json()) as { providers: [string, string][] };
  const lines = (await (await request.get('/_redirects')).text()).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const neutral = new RegExp(`^/(e|${providers.map(([id]) => id).join('|')})/`);
  const short = lines.filter((l) => neutral.test(l));
  expect(short.length).toBeGreaterThan(0);
  // Each such line is temporary (302) and names the reader's language; without a condition the page at the path chooses.
  for (const line of short) expect(line).toMatch(/^\S+ \/[a-z-]+\/\S+ 302!? Language=[\w,-]+$/);
  expect(short.filter((l) => l.startsWith('/e/ERROR_TASK_ABSENT/ ')).map((l) => l.split(' ').at(-1))).toEqual(['Language=en', 'Language=ru', 'Language=zh,zh-cn']);
});

test.describe('the not-found page speaks the language of the path', () => {
  const cases = [
    { locale: 'en', lang: 'en', heading: 'Page not found', all: 'All error codes', provider: 'CaptchaAI' },
    { locale: 'ru', lang: 'ru', heading: 'Страница не найдена', all: 'Все коды ошибок', provider: 'CaptchaAI' },
    { locale: 'zh', lang: 'zh-CN', heading: '找不到页面', all: '全部错误代码', provider: 'CaptchaAI' },
  ];
  for (const c of cases) {
    test(`under /${c.locale}/ it is in ${c.lang}, links every code, and suggests the provider's nearest codes first`, async ({ page }) => {
      const path = `/${c.locale}/captchaai/ERROR_ZERO_BALANSE_X/`;
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.heading);
      await expect(page.getByRole('link', { name: c.all })).toHaveAttribute('href', `/${c.locale}/search/`);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      const items = page.locator('#closest li');
      await expect(items.first()).toHaveText(`ERROR_ZERO_BALANCE · ${c.provider}`);
      await expect(items.first().getByRole('link')).toHaveAttribute('href', `/${c.locale}/captchaai/ERROR_ZERO_BALANCE/`);
    });
  }

  test('suggestions are codes, not their aliases, and a provider named in the path comes first, by its display name', async ({ page }) => {
    await page.goto('/zh/gateway/ERROR_NO_SUCH_CAPCHA_IX/');
    const items = await page.locator('#closest li').allTextContents();
    expect(items.length).toBeGreaterThan(1);
    expect(items[0]).toMatch(/ · 统一网关$/);
    const firstOther = items.findIndex((t) => !t.endsWith('统一网关'));
    expect(items.slice(firstOther).every((t) => !t.endsWith('统一网关'))).toBe(true);
    expect(items).toContain('ERROR_NO_SUCH_CAPCHA_ID · CapMonster Cloud');
    // WRONG_CAPTCHA_ID, the alias nearest to the path, is offered as the code it stands for.
    expect(items.map((t) => t.split(' · ')[0])).not.toContain('WRONG_CAPTCHA_ID');
  });
});

test.describe('the language switcher', () => {
  test('keeps the section the reader is at', async ({ page }) => {
    await page.goto('/en/captchaai/CAPCHA_NOT_READY/#facts');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/captchaai\/CAPCHA_NOT_READY\/#facts$/);
    await expect(page.locator('#facts')).toHaveText(/Ограничения и интервалы/);
  });

  test('keeps a section the reader moved to after the page loaded, in the guide too', async ({ page }) => {
    await page.goto('/ru/guides/handling-errors/');
    await page.evaluate(() => (location.hash = '#backoff'));
    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/guides\/handling-errors\/#backoff$/);
    await expect(page.locator('#backoff')).toBeVisible();
  });

  test('keeps the provider table\'s filters', async ({ page }) => {
    await page.goto('/en/gateway/');
    await page.getByRole('radio', { name: 'Proxy' }).check();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/gateway\/\?category=proxy$/);
    await expect(page.getByRole('radio', { name: '代理' })).toBeChecked();
  });
});
