import { chromium } from '@playwright/test';
const [,, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
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
