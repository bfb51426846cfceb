/**
 * The source locale is explicit (--source, else site.yaml's sourceLocale),
 * and every translation an import writes is stamped against the catalog's
 * source-locale text, however many runs the locales come in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { codesIn, expectUsageError, LOCALES, run, tempDir } from './helpers.ts';

const pages = (...locales: string[]) => LOCALES.filter((l) => locales.includes(l.locale));

/** A catalog folder whose site.yaml (written by hand) makes ru the source locale. */
function ruSourceFolder(): string {
  const out = tempDir();
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'site.yaml'),
    stringify({
      name: { ru: 'Ошибки', en: 'Errors', zh: '错误', de: 'Fehler' },
      tagline: { ru: 'Коды.', en: 'Codes.', zh: '代码。', de: 'Codes.' },
      url: 'https://errors.example.com',
      locales: ['ru', 'en', 'zh', 'de'].map((id) => ({ id, name: id })),
      sourceLocale: 'ru',
      defaultLocale: 'ru',
      providers: ['solverhub'],
    }),
  );
  return out;
}

describe('the source locale', () => {
  it('is site.yaml\'s sourceLocale by default, and the result says so', () => {
    const result = run(ruSourceFolder(), { locales: pages('en', 'ru') });
    expect(result).toMatchObject({ sourceLocale: 'ru', sourceFrom: 'site.yaml' });
  });

  it('is --source in a new folder, which site.yaml then names, and translations are stamped against it', () => {
    const out = tempDir();
    const result = run(out, { locales: pages('en', 'ru'), source: 'ru-RU' });
    expect(result).toMatchObject({ sourceLocale: 'ru', sourceFrom: '--source' });
    const catalog = loadCatalog(out);
    expect(catalog.site).toMatchObject({ sourceLocale: 'ru', defaultLocale: 'ru' });
    expect(catalog.site.locales.map((l) => l.id)).toEqual(['ru', 'en']);
    const key = codesIn(out).ERROR_WRONG_KEY!;
    expect(key.texts.en!.source).toBe(sourceHash(key.texts.ru!));
    expect(key.texts.ru!.source).toBeUndefined();
    expect(runChecks(catalog).findings.filter((f) => f.check === 'stale-translation')).toEqual([]);
  });

  it('makes the source page the one the others are compared with, and reports the entries it lacks', () => {
    const result = run(tempDir(), { locales: pages('en', 'ru', 'zh'), source: 'ru' });
    const notes = result.notes.map((n) => `${path.basename(n.file)}:${n.line} ${n.message.split(';')[0]}`);
    expect(notes).toEqual([
      'ru.md:30 ru has no entry for ERROR_PROXY_LOGIN ("PROXY LOGIN FAILED"), which en has at tests/fixtures/import-docusaurus/en.md:50',
      'ru.md:30 ru has no entry for ERROR_PROXY_REFUSED ("PROXY REFUSED"), which en has at tests/fixtures/import-docusaurus/en.md:46',
      'zh.md:18 TASK_NOT_READY comes after ERROR_PICTURE_TOO_LARGE here, but after ERROR_UNKNOWN_TASK in ru (tests/fixtures/import-docusaurus/ru.md:28)',
    ]);
  });

  it('refuses a --source that site.yaml contradicts, or that a new folder has no page for, as usage errors', () => {
    expect(expectUsageError(() => run(ruSourceFolder(), { locales: pages('en', 'ru'), source: 'en' })).message).toBe("--source en contradicts site.yaml's sourceLocale, ru, which the checks compare translations with.");
    expect(expectUsageError(() => run(tempDir(), { locales: pages('en', 'zh'), source: 'ru' })).message).toBe('--source ru is not one of the pages, and a new catalog folder needs its source texts.');
  });
});

describe('importing locales in several runs', () => {
  it('stamps each translation against the source locale\'s text, so the check finds no stale translation', () => {
    const out = ruSourceFolder();
    run(out, { locales: pages('ru', 'en') });
    const second = run(out, { locales: pages('zh', 'de') });
    expect(second.sourceLocale).toBe('ru');
    const codes = codesIn(out);
    for (const code of Object.values(codes)) {
      const ru = code.texts.ru;
      for (const [locale, text] of Object.entries(code.texts)) {
        if (locale === 'ru') continue;
        expect(text.source, `${code.code} ${locale}`).toBe(ru ? sourceHash(ru) : undefined);
      }
    }
    const stale = runChecks(loadCatalog(out)).findings.filter((f) => f.check === 'stale-translation');
    expect(stale).toEqual([]);
  });

  it('leaves the stamp of a translation whose page did not change, so a changed source shows as stale', () => {
    const out = ruSourceFolder();
    run(out, { locales: pages('ru', 'en') });
    const changedRu = path.join(out, 'ru.md');
    writeFileSync(changedRu, '### `WRONG KEY`\nКод ошибки в API: `ERROR_WRONG_KEY`\nКлюча нет.\n');
    run(out, { locales: [{ locale: 'ru', file: changedRu }, ...pages('en')] });
    const stale = runChecks(loadCatalog(out)).findings.filter((f) => f.check === 'stale-translation');
    expect(stale.map((f) => `${f.code} ${f.locales.join(',')}`)).toEqual(['ERROR_WRONG_KEY en,ru']);
  });
});
