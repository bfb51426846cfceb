import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/browser.ts';

const PORT = 4329;
const HOSTILE_PORT = 4330;
const executablePath = chromiumExecutable();
const astro = 'node node_modules/astro/bin/astro.mjs build';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // The shipped catalog, built into its own folder and served under the README's strict CSP.
      command: `ERRCAT_OUT=.errcat/e2e-dist ${astro} && node tests/e2e/serve.mjs .errcat/e2e-dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/en/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
    {
      // A catalog full of injection attempts (tests/fixtures/hostile).
      command: `ERRCAT_CATALOG=tests/fixtures/hostile/catalog ERRCAT_OUT=.errcat/e2e-hostile ${astro} && node tests/e2e/serve.mjs .errcat/e2e-hostile ${HOSTILE_PORT}`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/en/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
  ],
});
