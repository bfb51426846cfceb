/**
 * What the import writes, errcat check reads: a file larger than the
 * loader's limit is refused before anything is written. The limit is made
 * small here (the loader's own is 16 MB), so that small pages reach it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importDocusaurus } from '../../../src/import/docusaurus.ts';
import { ImportError } from '../../../src/import/entry.ts';
import { bigPage } from './big-page.ts';
import { mergeFolder, snapshot, tempDir } from './helpers.ts';

const LIMIT = 64 * 1024;

vi.mock('../../../src/catalog/load.ts', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../../src/catalog/load.ts')>()), MAX_FILE_BYTES: 64 * 1024 }));

function pageOf(dir: string, entries: number): string {
  const file = path.join(dir, `en-${entries}.md`);
  writeFileSync(file, bigPage(entries));
  return file;
}

describe('an import whose errors.yaml would exceed what errcat check reads', () => {
  it('is refused up front with the sizes and a hint, and writes nothing', () => {
    const dir = tempDir();
    const out = path.join(dir, 'catalog');
    let error: unknown;
    try {
      importDocusaurus({ provider: 'big', locales: [{ locale: 'en', file: pageOf(dir, 300) }], out });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(new RegExp(`big/errors\\.yaml would be [\\d,]+ bytes, and errcat check reads catalog files of at most ${LIMIT.toLocaleString('en')} bytes; nothing was written\\.$`));
    expect((error as ImportError).hint).toBe('Import fewer entries into one provider: split the page, and import each part with its own --provider.');
    expect(existsSync(out)).toBe(false);
  });

  it('is refused on a dry run too, and when merging into a provider that exists', () => {
    const dir = tempDir();
    expect(() => importDocusaurus({ provider: 'big', locales: [{ locale: 'en', file: pageOf(dir, 300) }], out: path.join(dir, 'catalog'), dryRun: true })).toThrow(ImportError);
    const out = mergeFolder();
    const before = snapshot(out);
    expect(() => importDocusaurus({ provider: 'solverhub', locales: [{ locale: 'en', file: pageOf(dir, 300) }], out })).toThrow(/would be/);
    expect(snapshot(out)).toEqual(before);
  });

  it('is written when it fits', () => {
    const dir = tempDir();
    const result = importDocusaurus({ provider: 'big', locales: [{ locale: 'en', file: pageOf(dir, 30) }], out: path.join(dir, 'catalog') });
    expect(result.written).toBe(true);
  });
});
