/**
 * The site keeps its Content Security Policy where the host sends no
 * headers: the built pages carry it in a <meta> tag. A plain static server
 * (no headers) serves the built site; an inline script injected into the
 * page, as a hole in the rendering would put it there, must not run.
 */
import { test, expect, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from './serve.mjs';

const BUILT = path.resolve('.errcat/e2e-dist');
let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = serve(BUILT, 0);
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

test.afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Opens `pathname` with an inline script added before </body>, and the page's <meta> policy removed when `stripMeta`. */
async function openWithInjectedScript(page: Page, pathname: string, stripMeta = false) {
  const headers: Record<string, string>[] = [];
  await page.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    headers.push(response.headers());
    if (!response.headers()['content-type']?.startsWith('text/html')) return route.fulfill({ response });
    let body = (await response.text()).replace('</body>', '<script>document.documentElement.dataset.injected = "ran"</script></body>');
    if (stripMeta) body = body.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, body });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${origin}${pathname}`);
  await page.waitForLoadState('load');
  const ran = await page.evaluate(() => document.documentElement.dataset.injected === 'ran');
  // A request still in flight (the favicon) must not outlive the test in the route handler.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  return { headers, violations, ran };
}

for (const pathname of ['/en/', '/ru/captchaai/ERROR_WRONG_USER_KEY/', '/zh/search/']) {
  test(`${pathname} served without headers still refuses an injected inline script`, async ({ page }) => {
    const { headers, violations, ran } = await openWithInjectedScript(page, pathname);
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h['content-security-policy']).toBeUndefined();
    expect(ran).toBe(false);
    expect(violations.join('\n')).toMatch(/inline script/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('without the <meta> policy the same injected script runs, so the policy is what stops it', async ({ page }) => {
  const { ran } = await openWithInjectedScript(page, '/en/', true);
  expect(ran).toBe(true);
});
