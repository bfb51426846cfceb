/**
 * errcat stamp: edits with the catalog's checked YAML editor, writes every
 * provider's file or none, and ends a mistake with exit 2 and a hint, never
 * a stack trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { stamp } from '../../../src/cli/stamp.ts';
import { catalogFiles, code } from '../helpers.ts';

/** Writes and renames of paths matching `match` fail with `code` while set: a read-only catalog. */
const refuse = vi.hoisted(() => ({ match: undefined as RegExp | undefined, code: 'EROFS' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refused = (target: unknown) => {
    if (refuse.match?.test(String(target))) throw Object.assign(new Error(`${refuse.code}: read-only file system, open '${String(target)}'`), { code: refuse.code });
  };
  const patched = {
    writeFileSync: ((file, ...rest) => (refused(file), fs.writeFileSync(file, ...rest))) as typeof fs.writeFileSync,
    renameSync: ((from, to) => (refused(to), fs.renameSync(from, to))) as typeof fs.renameSync,
  };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});

const temps: string[] = [];
afterEach(() => {
  refuse.match = undefined;
  vi.restoreAllMocks();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A catalog folder from files (relative path -> text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-stamp-'));
  temps.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

function capture() {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  return () => out.join('\n').replace(/\x1b\[[0-9;]*m/g, '');
}

/** errors.yaml holding the one code ERROR_SAMPLE, its texts written as `texts` (the lines below "texts:"). */
function sampleErrors(texts: string): string {
  return `codes:\n  - code: ERROR_SAMPLE\n    http: 400\n    category: input\n    phases: [submit]\n    retry: { policy: after-fix }\n    texts:\n${texts}`;
}

/** errors.yaml whose ru text has an old stamp written as `stamp`. */
function withRuStamp(stamp: string): string {
  return sampleErrors(`      en:\n        summary: Something was wrong with the request.\n      ru:\n        source: ${stamp}\n        summary: В запросе что-то не так.\n`);
}

const twoProviders = () => catalogFiles({ providers: { acme: { codes: [code()] }, beta: { codes: [code({ code: 'ERROR_OTHER' })] } } });

describe('errcat stamp', () => {
  it('on a read-only catalog prints the file and a hint, exits 2, and changes nothing', async () => {
    const dir = folder(twoProviders());
    const before = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
    const output = capture();
    refuse.match = new RegExp(`^${dir}/`);
    const exit = await main(['stamp', '--all', '--catalog', dir]);
    refuse.match = undefined;
    expect(exit).toBe(2);
    const text = output();
    expect(text).toContain(`${path.join(dir, 'acme/errors.yaml')} error ${path.join(dir, 'acme/errors.yaml')} could not be written (EROFS: read-only file system`);
    expect(text).toContain('hint: Check that you may write to the catalog folder');
    expect(text).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toBe(before);
  });

  it('writes every provider\'s file or none', () => {
    const dir = folder(twoProviders());
    const before = { acme: readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8'), beta: readFileSync(path.join(dir, 'beta/errors.yaml'), 'utf8') };
    refuse.match = /beta\/errors\.yaml$/;
    expect(() => stamp(dir, [], true)).toThrow(/beta\/errors\.yaml could not be written/);
    refuse.match = undefined;
    expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toBe(before.acme);
    expect(stamp(dir, [], true)).toBe(4);
    expect(readFileSync(path.join(dir, 'beta/errors.yaml'), 'utf8')).not.toBe(before.beta);
  });

  it('stamps a text after an anchor and a comment, and one written as a flow mapping, keeping the file valid', () => {
    const dir = folder({
      ...catalogFiles(),
      'acme/errors.yaml': sampleErrors(`      en: &en
        summary: Something was wrong with the request.
      ru: &ru
        # translated by hand
        summary: В запросе что-то не так.
      zh: { summary: "请求有问题。" }
`),
    });
    expect(stamp(dir, ['acme/ERROR_SAMPLE'], false)).toBe(2);
    const text = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
    const hash = sourceHash({ summary: 'Something was wrong with the request.' });
    expect(text).toContain(`      ru: &ru\n        # translated by hand\n        source: "${hash}"\n        summary:`);
    expect(text).toContain(`      zh: { source: "${hash}", summary: "请求有问题。" }`);
    const catalog = loadCatalog(dir);
    expect(catalog.findings).toEqual([]);
    expect(catalog.providers[0]!.codes[0]!.texts).toMatchObject({ ru: { source: hash }, zh: { source: hash } });
  });

  it('replaces an old stamp in place, keeping a comment after it', () => {
    const dir = folder({
      ...catalogFiles(),
      'acme/errors.yaml': withRuStamp('"00000000" # before the review'),
    });
    expect(stamp(dir, ['acme/ERROR_SAMPLE', 'ru'], false)).toBe(1);
    expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toContain(`        source: "${sourceHash({ summary: 'Something was wrong with the request.' })}" # before the review\n`);
  });

  it('replaces an old stamp written in single quotes with a file that still parses', () => {
    const dir = folder({
      ...catalogFiles(),
      'acme/errors.yaml': withRuStamp("'00000000'"),
    });
    expect(stamp(dir, ['acme/ERROR_SAMPLE'], false)).toBe(1);
    expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toContain(`        source: "${sourceHash({ summary: 'Something was wrong with the request.' })}"\n        summary:`);
    expect(loadCatalog(dir).findings).toEqual([]);
  });

  it('says what to write when the command line names nothing or a code that does not exist, and exits 2', async () => {
    const dir = folder(catalogFiles());
    let output = capture();
    expect(await main(['stamp', '--catalog', dir])).toBe(2);
    expect(output()).toContain('errcat stamp usage error Say what to stamp: provider/CODE [locale...], or --all.\n  hint: Example: npx errcat stamp capmonster-cloud/ERROR_ZERO_BALANCE ru\n  (run errcat stamp --help for usage)');
    vi.restoreAllMocks();
    output = capture();
    expect(await main(['stamp', 'acme/ERROR_NONE', '--catalog', dir])).toBe(2);
    expect(output()).toContain(`errcat stamp usage error There is no code acme/ERROR_NONE in the catalog ${dir}.`);
  });
});
