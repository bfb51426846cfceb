/**
 * Lighthouse on a built site: `npm run lighthouse -- [dist] [path ...]`
 * (default: dist/ and a code page in each locale, a provider table, the
 * search page and the guide). Serves the folder on loopback with gzip
 * (bench/lib/serve.mjs), runs Lighthouse in the Chromium the e2e tests use,
 * prints the four category scores per page and the audits that did not
 * pass, and exits 1 when any score is below 100.
 */
import path from 'node:path';
import { serve } from './lib/serve.mjs';
import { runLighthouse } from './lib/audit.mjs';

const [dist = 'dist', ...given] = process.argv.slice(2);
const paths = given.length ? given : ['/en/captchaai/ERROR_ZERO_BALANCE/', '/ru/gateway/CAPACITY/', '/zh/capmonster-cloud/ERROR_TOO_BIG_CAPTCHA_FILESIZE/', '/ru/capmonster-cloud/', '/en/search/', '/zh/guides/handling-errors/'];
const server = await serve(path.resolve(dist));
let below = 0;
try {
  for (const r of await runLighthouse(server.url, paths)) {
    const scores = Object.entries(r.scores).map(([c, s]) => `${c} ${s}`).join(', ');
    console.log(`${r.path}: ${scores}`);
    for (const f of r.failed) console.log(`  ${f.category}: ${f.id} (${f.score}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`);
    if (Object.values(r.scores).some((s) => s < 100)) below++;
  }
} finally {
  await server.close();
}
process.exitCode = below ? 1 : 0;
