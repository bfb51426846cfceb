import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/browser.ts';

// ERRCAT_E2E_PORT moves both servers, so checkouts side by side can run their tests at once.
const PORT = Number(process.env.ERRCAT_E2E_PORT ?? 4329);
const HOSTILE_PORT = PORT + 1;
process.env.ERRCAT_E2E_HOSTILE_URL = `http://127.0.0.1:${HOSTILE_PORT}`;
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
      // Its log is kept for site.spec.ts (no warnings), and printed if the build fails.
      command: `mkdir -p .errcat && (ERRCAT_OUT=.errcat/e2e-dist ${astro} > .errcat/e2e-build.log 2>&1 || (cat .errcat/e2e-build.log; exit 1)) && node tests/e2e/serve.mjs .errcat/e2e-dist ${PORT}`,
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
