/**
 * Which Chromium the e2e tests drive: Playwright's own when it is installed,
 * else the system one (Debian: /usr/bin/chromium). With neither, the run
 * stops with a message saying how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own
  } catch {
    // no Playwright browser
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    'No Chromium to run the e2e tests with.\n' +
      '  Install one: on Debian or Ubuntu, `sudo apt-get install -y chromium fonts-noto-cjk`;\n' +
      '  elsewhere `npx playwright install chromium`; or point CHROMIUM_PATH at a Chromium binary.',
  );
}
