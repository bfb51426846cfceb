/**
 * Full-page screenshots of a site served at 127.0.0.1:4321 (`npm run preview`):
 *   node bench/screenshot.mjs <out dir> /en/@390 /ru/capmonster-cloud/@1280@dark ...
 * (path@width@color scheme), in the Chromium the e2e tests use.
 */
import { launch } from './lib/search-bench.mjs';

const [,, out, ...paths] = process.argv;
const browser = await launch();
for (const spec of paths) {
  const [path, w, scheme] = spec.split('@');
  const page = await browser.newPage({ viewport: { width: Number(w || 1280), height: 900 }, colorScheme: scheme || 'light' });
  await page.goto('http://127.0.0.1:4321' + path);
  const name = `${out}/${path.replace(/\W+/g,'_')}_${w||1280}${scheme||''}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
  await page.close();
}
await browser.close();
