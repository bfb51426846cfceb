import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/browser.ts';

const PORT = 4329;
const executablePath = chromiumPath();

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
  webServer: {
    // The e2e tests build the shipped catalog into their own folder and serve it.
    command: `astro build && astro preview --host 127.0.0.1 --port ${PORT}`,
    env: { ERRCAT_OUT: '.errcat/e2e-dist' },
    url: `http://127.0.0.1:${PORT}/en/`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
