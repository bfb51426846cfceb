/**
 * An import writes every file or none: when one file cannot be written
 * (here: a write or rename refused by the filesystem, injected), the folder
 * is left as it was and the command exits 2 with the file and a hint.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { CatalogLoadError } from '../../../src/catalog/load.ts';
import { FIXTURES, LOCALES, mergeFolder, run, snapshot, tempDir } from './helpers.ts';

/** Paths whose writes and renames fail with `code` while set. */
const refuse = vi.hoisted(() => ({ match: undefined as RegExp | undefined, code: 'EACCES' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refused = (target: unknown) => {
    if (refuse.match?.test(String(target))) throw Object.assign(new Error(`${refuse.code}: operation not permitted, open '${String(target)}'`), { code: refuse.code });
  };
  const patched = {
    writeFileSync: ((file, ...rest) => (refused(file), fs.writeFileSync(file, ...rest))) as typeof fs.writeFileSync,
    renameSync: ((from, to) => (refused(to), fs.renameSync(from, to))) as typeof fs.renameSync,
  };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});

afterEach(() => {
  refuse.match = undefined;
  vi.restoreAllMocks();
});

describe('an import that cannot write one of its files', () => {
  it('writes none of them when site.yaml cannot be written', () => {
    const out = tempDir();
    refuse.match = /site\.yaml/;
    expect(() => run(out)).toThrow(CatalogLoadError);
    refuse.match = undefined;
    expect(snapshot(out)).toEqual({});
    expect(existsSync(path.join(out, 'solverhub'))).toBe(false);
  });

  it('leaves a merged errors.yaml as it was when the rename over it fails', () => {
    const out = mergeFolder();
    const before = snapshot(out);
    refuse.match = /solverhub\/errors\.yaml$/;
    expect(() => run(out, { locales: LOCALES.slice(0, 2) })).toThrow(/errors\.yaml could not be written \(EACCES: .*\); nothing was changed\./);
    refuse.match = undefined;
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 2 with the file and a hint, and no stack trace', async () => {
    const out = tempDir();
    const err: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    refuse.match = /provider\.yaml/;
    refuse.code = 'EROFS';
    const code = await main(['import', 'docusaurus', '--provider', 'solverhub', '--locale', `en=${FIXTURES}/en.md`, '--out', out]);
    refuse.code = 'EACCES';
    expect(code).toBe(2);
    const text = err.join('\n').replace(/\x1b\[[0-9;]*m/g, '');
    expect(text).toContain(`${path.join(out, 'solverhub', 'provider.yaml')} error ${path.join(out, 'solverhub', 'provider.yaml')} could not be written (EROFS:`);
    expect(text).toContain('hint: Check that --out names a folder you may write to');
    expect(text).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual({});
  });
});
