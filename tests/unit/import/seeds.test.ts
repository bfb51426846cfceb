/**
 * Imports the real CapMonster Cloud pages (the project's seed documents)
 * when they are beside the repository, and runs the checks on the result.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { importDocusaurus } from '../../../src/import/docusaurus.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const pages = {
  en: path.join(seeds, '000_c69cd849729c2538.txt'),
  ru: path.join(seeds, '001_82dd34de8a13cf5c.txt'),
  zh: path.join(seeds, '002_00a339be409245be.txt'),
};
const haveSeeds = Object.values(pages).every((p) => existsSync(p));

if (!haveSeeds) console.warn(`Skipping the seed-page import tests: the seed pages are not in ${seeds}.`);

describe('importing the CapMonster Cloud seed pages', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'errcat-seeds-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const errorsFile = path.join(out, 'capmonster-cloud', 'errors.yaml');
  const imported = () => {
    if (!existsSync(errorsFile)) {
      importDocusaurus({ provider: 'capmonster-cloud', name: 'CapMonster Cloud', out, locales: Object.entries(pages).map(([locale, file]) => ({ locale, file })) });
    }
    return runChecks(loadCatalog(out));
  };

  it.skipIf(!haveSeeds)('reads 26 en, 23 ru and 26 zh entries and writes a catalog that loads', () => {
    const result = importDocusaurus({ provider: 'capmonster-cloud', name: 'CapMonster Cloud', out, dryRun: true, locales: Object.entries(pages).map(([locale, file]) => ({ locale, file })) });
    expect(result.pages.map((p) => `${p.locale} ${p.entries.length}`)).toEqual(['en 26', 'ru 23', 'zh 26']);
    expect(result.codes.find((c) => c.code === 'ERROR_NO_SUCH_CAPCHA_ID')).toBeDefined();
    imported();
    expect(loadCatalog(out).findings).toEqual([]);
    expect(readFileSync(errorsFile, 'utf8')).toContain(`origin: ${pages.ru}:19`);
  });

  it.skipIf(!haveSeeds)('lets locale-complete report the three proxy codes the ru page lacks, at their place in errors.yaml', () => {
    const findings = imported().findings.filter((f) => f.check === 'locale-complete');
    const text = readFileSync(errorsFile, 'utf8').split('\n');
    const lineOf = (code: string) => text.findIndex((l) => l === `  - code: ${code}`) + 1;
    const missing = ['ERROR_PROXY_MISSING', 'ERROR_PROXY_NOT_AUTHORISED', 'ERROR_PROXY_READ_TIMEOUT'];
    expect(findings.map((f) => `${f.code} ${f.locales.join(',')} ${f.severity}`)).toEqual(missing.map((c) => `${c} ru,en error`));
    for (const f of findings) {
      expect(f.file).toBe(errorsFile);
      const start = lineOf(f.code!);
      expect(start).toBeGreaterThan(0);
      expect(f.line).toBeGreaterThan(start);
      expect(f.line).toBeLessThan(start + 40);
      expect(f.message).toBe(`${f.code}: There is no ru text.`);
    }
  });

  it.skipIf(!haveSeeds)('lets quantity-drift report the zh size limit of ERROR_TOO_BIG_CAPTCHA_FILESIZE as an error', () => {
    const drift = imported().findings.filter((f) => f.check === 'quantity-drift' && f.code === 'ERROR_TOO_BIG_CAPTCHA_FILESIZE');
    expect(drift.some((f) => f.severity === 'error' && f.locales[0] === 'zh')).toBe(true);
  });
});
