/**
 * The search's word index (/search/{locale}.words.json) arrives after the
 * codes and redraws the results: tests wait for it, or hold it back to see
 * the search before it arrives.
 */
import type { Page } from '@playwright/test';

/** Waits until the search has attached its word index, or given up on it (search-ui.ts marks `search:words`). */
export function wordIndexLoaded(page: Page): Promise<unknown> {
  return page.waitForFunction(() => performance.getEntriesByName('search:words').length > 0);
}

/**
 * Holds back every request for the locale's word index until `release()`;
 * `holdAgain()` holds the requests made after it (a reload) until the next `release()`.
 */
export async function holdWordIndex(page: Page, locale: string): Promise<{ release: () => void; holdAgain: () => void }> {
  let release!: () => void;
  let held!: Promise<void>;
  const holdAgain = () => void (held = new Promise<void>((r) => (release = r)));
  holdAgain();
  await page.route(`**/search/${locale}.words.json`, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release(), holdAgain };
}
