/**
 * The live preview: `astro dev` on a copy of the shipped catalog, a page
 * open in Chromium, a catalog file edited and saved. The open page changes
 * without being reloaded by the test, and the toolbar app lists the finding
 * the edit made. The server runs on ERRCAT_E2E_PORT + 2 and stops with the
 * test; the copy is deleted.
 */
import { test, expect as expectNow } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A dev server renders on request and reloads on save: on a busy machine that takes seconds.
const expect = expectNow.configure({ timeout: 30_000 });

const PORT = Number(process.env.ERRCAT_E2E_PORT ?? 4329) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGE = `${ORIGIN}/en/captchaai/ERROR_WRONG_USER_KEY/`;

let dir: string;
let server: ChildProcess;
let log = '';

async function ready(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not answer ${url} within ${ms} ms:\n${log}`);
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  // Starting astro dev takes a while on a busy machine: the hook gets the time the wait below allows.
  test.setTimeout(150_000);
  dir = mkdtempSync(path.join(tmpdir(), 'errcat-dev-'));
  cpSync('catalog', path.join(dir, 'catalog'), { recursive: true });
  cpSync('content', path.join(dir, 'content'), { recursive: true });
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    env: { ...process.env, ERRCAT_CATALOG: path.join(dir, 'catalog'), ERRCAT_CONTENT: path.join(dir, 'content'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (b) => (log += b));
  server.stderr!.on('data', (b) => (log += b));
  await ready(PAGE, 140_000);
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a saved catalog file changes the open page, and its finding shows in the toolbar app', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('p.lead')).toHaveText('Malformed API key');

  // One save: a new en title, and a zh text that types the key length instead of citing {keyLength}.
  const file = path.join(dir, 'catalog', 'captchaai', 'errors.yaml');
  const before = readFileSync(file, 'utf8');
  const zhCause = 'CaptchaAI 的密钥固定由 {keyLength} 个字符组成';
  expect(before).toContain(zhCause);
  writeFileSync(file, before.replace('title: Malformed API key', 'title: Broken API key').replace(zhCause, 'CaptchaAI 的密钥固定由 33 个字符组成'));

  // The page reloads itself with the new text.
  await expect(page.locator('p.lead')).toHaveText('Broken API key');
  expect(log).toMatch(/errors\.yaml:\d+:\d+ error \[literal-parity\] ERROR_WRONG_USER_KEY: The zh cause lacks \{keyLength\}/);

  // The app's icon says the page has an error; the app lists the page's findings with file:line and hint.
  await expect(page.locator('astro-dev-toolbar .item[data-app-id="errcat-findings"] .notification')).toHaveAttribute('data-level', 'error');
  await page.locator('astro-dev-toolbar #dev-bar').hover();
  await page.locator('astro-dev-toolbar .item[data-app-id="errcat-findings"]').click();
  const app = page.locator('[data-errcat="findings"]');
  await expect(app).toContainText('about captchaai/ERROR_WRONG_USER_KEY');
  const finding = app.locator('li', { hasText: 'literal-parity' });
  await expect(finding).toContainText(/captchaai\/errors\.yaml:\d+:\d+/);
  await expect(finding).toContainText('The zh cause lacks {keyLength}');
  await expect(finding).toContainText('hint: Use the same placeholders as the source text');
  await expect(app).toContainText(/Whole catalog: [1-9]\d* errors?/);
});

test('YAML that cannot be read shows in the error overlay with its line, and the page comes back once it is fixed', async ({ page }) => {
  await page.goto(PAGE);
  const file = path.join(dir, 'catalog', 'gateway', 'errors.yaml');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, `${good}\ncodes: []\n`);
  await expect(page.locator('vite-error-overlay')).toContainText(/errors\.yaml is not valid YAML: Map keys must be unique/);
  await expect(page.locator('vite-error-overlay')).toContainText('A key may appear once per mapping');
  await expect(page.locator('vite-error-overlay')).toContainText(/gateway\/errors\.yaml:\d+:1/);
  writeFileSync(file, good);
  await expect(page.locator('p.lead')).toHaveText('Broken API key');
});

test('a saved guide changes its open page, a new guide gets a page, and a removed one loses it', async ({ page }) => {
  await page.goto(`${ORIGIN}/en/guides/handling-errors/`);
  await expect(page.locator('article h1')).toHaveText('How to handle errors and retries');
  const file = path.join(dir, 'content', 'en', 'handling-errors.mdx');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('title: How to handle errors and retries', 'title: Errors and retries').replace('A program that calls', 'Any program that calls'));
  await expect(page.locator('article h1')).toHaveText('Errors and retries');
  await expect(page.locator('article')).toContainText('Any program that calls');
  writeFileSync(file, good);

  writeFileSync(path.join(dir, 'content', 'en', 'polling.mdx'), '---\ntitle: Polling for results\ndescription: How often to ask.\n---\n\nAsk every five seconds.\n');
  await expect(async () => {
    await page.goto(`${ORIGIN}/ru/guides/polling/`, { timeout: 10_000 });
    await expectNow(page.locator('article h1')).toHaveText('Polling for results', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  // The ru page shows the en guide, and says so.
  await expect(page.locator('p.notice')).toBeVisible();

  // A removed guide's pages go with it: the open page reloads itself into the 404 page.
  rmSync(path.join(dir, 'content', 'en', 'polling.mdx'));
  await expect(page.locator('main h1')).toHaveText('Страница не найдена');
  expect((await fetch(`${ORIGIN}/en/guides/polling/`, { signal: AbortSignal.timeout(10_000) })).status).toBe(404);
  // Closing the page while a reload from the dev server is under way has hung Chromium for minutes: leave it first.
  await page.goto('about:blank');
});

test("a guide's wrong front matter shows in the error overlay with its line and hint, and the page comes back once it is fixed", async ({ page }) => {
  await page.goto(`${ORIGIN}/en/guides/handling-errors/`);
  const file = path.join(dir, 'content', 'en', 'handling-errors.mdx');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('description: ', 'descripton: '));
  await expect(page.locator('vite-error-overlay')).toContainText(/handling-errors\.mdx:3:1 Unknown field "descripton"/);
  await expect(page.locator('vite-error-overlay')).toContainText('Did you mean "description"?');
  // The terminal has it too, once the checks have run again (the overlay can come first).
  await expect.poll(() => log).toMatch(/handling-errors\.mdx:3:1 error \[schema\] Unknown field "descripton"/);
  writeFileSync(file, good);
  await expect(page.locator('article h1')).toHaveText('How to handle errors and retries');
});
