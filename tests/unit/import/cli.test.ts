import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pc from 'picocolors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { formatImportText } from '../../../src/cli/import.ts';
import { importDocusaurus } from '../../../src/import/docusaurus.ts';
import { capture, strip } from './helpers.ts';

const FIXTURES = 'tests/fixtures/import-docusaurus';
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});


describe('errcat import docusaurus', () => {
  it('imports the pages, prints what it did and exits 0', async () => {
    const dir = tempDir();
    const io = capture();
    const code = await main(['import', 'docusaurus', '--provider', 'solverhub', '--locale', `en=${FIXTURES}/en.md`, '--locale', `ru=${FIXTURES}/ru.md`, '--out', dir]);
    expect(code).toBe(0);
    const text = strip(io.out.join('\n'));
    expect(text).toContain('tests/fixtures/import-docusaurus/ru.md:30:1 warning ru has no entry for ERROR_PROXY_REFUSED');
    expect(text).toContain('Read 7 entries from tests/fixtures/import-docusaurus/en.md (en), 5 entries from tests/fixtures/import-docusaurus/ru.md (ru).');
    expect(text).toContain('Added 7 codes: ERROR_WRONG_KEY (en, ru)');
    expect(existsSync(path.join(dir, 'solverhub', 'errors.yaml'))).toBe(true);
  });

  it('prints a dry run\'s changes as JSON and writes nothing', async () => {
    const dir = path.join(tempDir(), 'catalog');
    const io = capture();
    const code = await main(['import', 'docusaurus', '-p', 'solverhub', '-l', `en=${FIXTURES}/en.md`, '--out', dir, '--dry-run', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join('\n'));
    expect(json).toMatchObject({ provider: 'solverhub', dryRun: true, written: false, pages: [{ locale: 'en', entries: 7 }] });
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(['created', 'created', 'created']);
    expect(existsSync(dir)).toBe(false);
  });

  it('exits 2 with file:line:column and a hint for a page that is not an error page', async () => {
    const dir = tempDir();
    const io = capture();
    const code = await main(['import', 'docusaurus', '--provider', 'solverhub', '--locale', `en=${FIXTURES}/not-a-page.md`, '--out', dir]);
    expect(code).toBe(2);
    const text = strip(io.err.join('\n'));
    expect(text).toContain('tests/fixtures/import-docusaurus/not-a-page.md:1:1 error tests/fixtures/import-docusaurus/not-a-page.md is not an error page');
    expect(text).toContain('hint:');
    expect(existsSync(path.join(dir, 'site.yaml'))).toBe(false);
  });

  it('exits 2 for a --locale that is not locale=file', async () => {
    const io = capture();
    expect(await main(['import', 'docusaurus', '--provider', 'solverhub', '--locale', `${FIXTURES}/en.md`, '--out', tempDir()])).toBe(2);
    expect(strip(io.err.join('\n'))).toContain('usage error --locale tests/fixtures/import-docusaurus/en.md is not <locale>=<file>.');
  });

  it('prints the source locale and where it came from, and the catalog locale of each page', async () => {
    const dir = tempDir();
    const io = capture();
    const code = await main(['import', 'docusaurus', '-p', 'solverhub', '-l', `en-US=${FIXTURES}/en.md`, '-l', `pt-BR=${FIXTURES}/de.md`, '--source', 'en-US', '--out', dir]);
    expect(code).toBe(0);
    const text = strip(io.out.join('\n'));
    expect(text).toContain('Read 7 entries from tests/fixtures/import-docusaurus/en.md (en-US as en-us), 6 entries from tests/fixtures/import-docusaurus/de.md (pt-BR as pt-br).');
    expect(text).toContain('Source locale: en-us (from --source); translations are stamped against its texts.');
  });

  it('keeps summaries written by hand and lists them, and replaces them with --overwrite', async () => {
    const dir = tempDir();
    cpSync('tests/fixtures/import-merge/catalog', dir, { recursive: true });
    const args = ['import', 'docusaurus', '-p', 'solverhub', '-l', `en=${FIXTURES}/en.md`, '--out', dir];
    let io = capture();
    expect(await main(args)).toBe(0);
    expect(strip(io.out.join('\n'))).toContain('Kept 1 summary written by hand that the pages would replace: ERROR_WRONG_KEY (en); --overwrite replaces it.');
    vi.restoreAllMocks();
    io = capture();
    expect(await main([...args, '--overwrite'])).toBe(0);
    expect(strip(io.out.join('\n'))).toContain('Replaced 1 summary written by hand (--overwrite): ERROR_WRONG_KEY (en).');
  });

  it('ends a wrong command line with a usage error, its hint and where the usage is, exit 2, in text and JSON', async () => {
    let io = capture();
    expect(await main(['import', 'docusaurus', '-p', 'Solver Hub', '-l', `en=${FIXTURES}/en.md`, '--out', tempDir()])).toBe(2);
    expect(strip(io.err.join('\n'))).toBe(
      'errcat import docusaurus usage error The provider id "Solver Hub" is not kebab-case.\n  hint: Use lower-case words joined by "-", e.g. --provider capmonster-cloud; it becomes the folder name and the URL segment.\n  (run errcat import docusaurus --help for usage)',
    );
    vi.restoreAllMocks();
    io = capture();
    expect(await main(['import', 'docusaurus', '-p', 'solverhub', '-l', `zh CN!!=${FIXTURES}/zh.md`, '--format', 'json', '--out', tempDir()])).toBe(2);
    expect(JSON.parse(io.out.join('\n'))).toEqual([
      { check: 'usage', severity: 'error', file: '', line: 0, column: 0, locales: [], message: '"zh CN!!" is not a locale id.', flag: '--locale', hint: expect.stringContaining('pt-BR'), usage: 'errcat import docusaurus --help' },
    ]);
  });

  it('says on a second run that nothing changed', () => {
    const dir = tempDir();
    const options = { provider: 'solverhub', locales: [{ locale: 'en', file: `${FIXTURES}/en.md` }], out: dir };
    importDocusaurus(options);
    const text = formatImportText(importDocusaurus(options), pc.createColors(false));
    expect(text).toBe('Read 7 entries from tests/fixtures/import-docusaurus/en.md (en).\nSource locale: en (sourceLocale in site.yaml); translations are stamped against its texts.\n7 codes are unchanged.\nNothing changed.');
    expect(readFileSync(path.join(dir, 'site.yaml'), 'utf8')).toContain('providers: [solverhub]');
  });
});
