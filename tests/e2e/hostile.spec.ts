/** A catalog full of injection attempts (tests/fixtures/hostile), served under the strict CSP. */
import { test, expect } from '@playwright/test';

test.use({ baseURL: process.env.ERRCAT_E2E_HOSTILE_URL ?? 'http://127.0.0.1:4330' });

// Each page, with a hostile text of the catalog it must show as text (tests/fixtures/hostile).
const PROVIDER = `Evil "><img src=x onerror=alert('provider')> Inc`;
const pages: Record<string, string> = {
  '/en/': PROVIDER,
  '/ru/': PROVIDER,
  '/zh/': PROVIDER,
  '/en/evil/': PROVIDER,
  '/en/evil/ERROR_XSS/': "</title><script>alert('title')</script>",
  '/ru/evil/ERROR_XSS/': '<style>*{color:red}</style>Заголовок',
  '/zh/evil/ERROR_XSS/': "标题<script>alert('zh')</script>",
  '/en/search/': PROVIDER,
  '/en/consistency/': PROVIDER,
  '/en/guides/evil-guide/': 'Plain guide text survives.',
};

for (const [path, text] of Object.entries(pages)) {
  test(`no catalog text runs script on ${path}, and the text still shows`, async ({ page }) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(path);
    // Hover and click everything an attacker might have wired up.
    for (const el of await page.locator('main a, main b, main details, main svg').all()) {
      await el.hover({ timeout: 1000 }).catch(() => {});
    }
    // Whatever a hover set off has run once the browser has drawn two frames after it.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.type !== 'application/json').length)).toBe(0);
    await expect(page.locator('main')).toContainText(text);
  });
}

test('the code page shows the texts as text and drops the dangerous links', async ({ page }) => {
  await page.goto('/en/evil/ERROR_XSS/');
  await expect(page.locator('section:has(#what)')).toContainText('Plain text survives.');
  await expect(page.locator('p.lead')).toHaveText("</title><script>alert('title')</script>");
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  await expect(page.locator('main iframe, main object, main embed, main form, main script')).toHaveCount(0);
});

test('links that leave the site without a scheme are written with https, so they lead where they show', async ({ page }) => {
  await page.goto('/en/evil/ERROR_XSS/');
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('https://evil.example/');
  expect(hrefs).toContain('https://evil.example/p');
  for (const href of hrefs) expect(href).not.toMatch(/^\s*[/\\]{2}|^\/\\/);
});

test('the hostile guide keeps its text and carries no event handler, script link or script element', async ({ page }) => {
  await page.goto('/en/guides/evil-guide/');
  await expect(page.locator('article')).toContainText('Plain guide text survives.');
  await expect(page.locator('article table')).toHaveCount(1);
  const attributes = await page.locator('main *').evaluateAll((els) => els.flatMap((el) => [...el.attributes].map((a) => `${el.tagName.toLowerCase()} ${a.name}=${a.value}`)));
  expect(attributes.filter((a) => /^\S+ on/i.test(a) || /^\S+ (srcdoc|set:html)=/i.test(a))).toEqual([]);
  expect(attributes.filter((a) => /^\S+ (href|src|action|formaction)=\s*(javascript|data|vbscript):/i.test(a))).toEqual([]);
  await expect(page.locator('main script, main iframe, main object, main embed, main style, main form')).toHaveCount(0);
});

