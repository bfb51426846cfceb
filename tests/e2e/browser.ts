/**
 * Which Chromium the e2e tests and the benchmark drive: Playwright's own
 * when it is installed, else the system one (Debian: /usr/bin/chromium).
 * With neither, the run stops with a message saying how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightsOwn(): string | undefined {
  try {
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : undefined;
  } catch {
    return undefined; // no Playwright browser
  }
}

/** The Chromium binary to launch: CHROMIUM_PATH, Playwright's own, or the system one. Throws, saying how to install one, when there is none. */
export function chromiumExecutable(): string {
  const named = process.env.CHROMIUM_PATH;
  if (named && !existsSync(named)) throw new Error(`CHROMIUM_PATH is ${named}, which does not exist.`);
  const found = named || playwrightsOwn() || SYSTEM.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium to run the e2e tests and the benchmark in.\n' +
      '  Install one: on Debian or Ubuntu, `sudo apt-get install -y chromium fonts-noto-cjk`;\n' +
      '  elsewhere `npx playwright install chromium`; or point CHROMIUM_PATH at a Chromium binary.',
  );
}
