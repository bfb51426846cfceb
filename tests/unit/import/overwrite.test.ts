/**
 * Importing over summaries written by hand: the import says which it would
 * replace (file:line in errors.yaml) and replaces them only with overwrite.
 * Written by hand means never imported (no origin), or edited after the
 * import (no longer the hash `imported:` records).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { codesIn, LOCALES, mergeFolder, page, run, snapshot, tempDir } from './helpers.ts';

const HAND = 'Written by hand before the import.';
const PAGE_EN = 'The key sent with the request belongs to no account. Copy it again from the [key page](https://panel.solverhub.example/keys) and send the request once more.';

function lineOf(file: string, text: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('importing over a summary that was never imported', () => {
  it('keeps it, and names the field and its line in errors.yaml', () => {
    const out = mergeFolder();
    const errors = path.join(out, 'solverhub', 'errors.yaml');
    const line = lineOf(errors, `summary: ${HAND}`);
    const column = readFileSync(errors, 'utf8').split('\n')[line - 1]!.indexOf(HAND) + 1;
    const result = run(out);
    expect(codesIn(out).ERROR_WRONG_KEY!.texts.en!.summary).toBe(HAND);
    expect(result.handWritten).toEqual([
      { file: errors, line, column, code: 'ERROR_WRONG_KEY', locale: 'en', field: 'summary', page: `${page('en.md')}:20`, why: 'no-origin', replaced: false },
    ]);
    const note = result.notes.find((n) => n.file === errors)!;
    expect(note).toMatchObject({ severity: 'warning', line, code: 'ERROR_WRONG_KEY', locales: ['en'] });
    expect(note.message).toBe(`The en summary of ERROR_WRONG_KEY was written by hand (it has no origin), and the page says something else at ${page('en.md')}:20; the import kept it.`);
    expect(note.hint).toContain('--overwrite');
    expect(result.codes[0]).toEqual({ code: 'ERROR_WRONG_KEY', status: 'updated', added: ['ru', 'zh', 'de'], updated: [] });
  });

  it('stamps the translations it brings against the en text they were made from, so the check says en differs', () => {
    const out = mergeFolder();
    run(out);
    const key = codesIn(out).ERROR_WRONG_KEY!;
    expect(key.texts.ru!.source).toBe(sourceHash({ title: key.texts.en!.title, summary: PAGE_EN, cause: key.texts.en!.cause, action: key.texts.en!.action }));
    const stale = runChecks(loadCatalog(out)).findings.filter((f) => f.check === 'stale-translation' && f.code === 'ERROR_WRONG_KEY' && f.message.includes('changed after'));
    expect(stale.map((f) => f.locales[0])).toEqual(['ru', 'zh', 'de']);
  });

  it('replaces it with overwrite, and says it did', () => {
    const out = mergeFolder();
    const result = run(out, { overwrite: true });
    expect(codesIn(out).ERROR_WRONG_KEY!.texts.en!.summary).toBe(PAGE_EN);
    expect(result.handWritten.map((h) => `${h.code} ${h.locale} ${h.replaced}`)).toEqual(['ERROR_WRONG_KEY en true']);
    expect(result.notes.find((n) => n.code === 'ERROR_WRONG_KEY' && n.locales?.[0] === 'en')?.severity).toBe('note');
    const stale = runChecks(loadCatalog(out)).findings.filter((f) => f.check === 'stale-translation' && f.code === 'ERROR_WRONG_KEY' && f.message.includes('changed after'));
    expect(stale).toEqual([]);
  });

  it('lists it on a dry run and writes nothing', () => {
    const out = mergeFolder();
    const before = snapshot(out);
    expect(run(out, { dryRun: true }).handWritten.map((h) => h.code)).toEqual(['ERROR_WRONG_KEY']);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('importing over a summary edited after the import', () => {
  const EDITED = 'Der Schlüssel gehört zu keinem Konto; kopieren Sie ihn neu.';

  function importedThenEdited() {
    const out = tempDir();
    run(out);
    const errors = path.join(out, 'solverhub', 'errors.yaml');
    const text = readFileSync(errors, 'utf8');
    const from = text.lastIndexOf('summary:', text.indexOf('Der Schlüssel aus der Anfrage'));
    const end = text.indexOf('        origin: tests/fixtures/import-docusaurus/de.md:9');
    writeFileSync(errors, `${text.slice(0, from)}summary: ${EDITED}\n${text.slice(end)}`);
    expect(codesIn(out).ERROR_WRONG_KEY!.texts.de!.summary).toBe(EDITED);
    return { out, errors };
  }

  function changedGermanPage(out: string): typeof LOCALES {
    const file = path.join(out, 'de.md');
    writeFileSync(file, readFileSync(page('de.md'), 'utf8').replace('Der Schlüssel aus der Anfrage', 'Der Schlüssel in der Anfrage'));
    return LOCALES.map((l) => (l.locale === 'de' ? { locale: 'de', file } : l));
  }

  it('keeps the edit silently while the page still says what it said at the import', () => {
    const { out } = importedThenEdited();
    const before = snapshot(out);
    const result = run(out);
    expect(result.handWritten).toEqual([]);
    expect(result.written).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps the edit and warns when the page changed too', () => {
    const { out, errors } = importedThenEdited();
    const result = run(out, { locales: changedGermanPage(out) });
    expect(codesIn(out).ERROR_WRONG_KEY!.texts.de!.summary).toBe(EDITED);
    expect(result.handWritten).toMatchObject([{ code: 'ERROR_WRONG_KEY', locale: 'de', why: 'edited', replaced: false, line: lineOf(errors, EDITED) }]);
    expect(result.notes.find((n) => n.file === errors)?.message).toContain('was edited by hand after it was imported');
  });

  it('replaces the edit with overwrite, and records the new text as imported', () => {
    const { out } = importedThenEdited();
    run(out, { locales: changedGermanPage(out), overwrite: true });
    const de = codesIn(out).ERROR_WRONG_KEY!.texts.de!;
    expect(de.summary.startsWith('Der Schlüssel in der Anfrage')).toBe(true);
    expect(de.imported).toBe(sourceHash({ summary: de.summary }));
    expect(run(out, { locales: changedGermanPage(out) }).written).toBe(false);
  });
});
