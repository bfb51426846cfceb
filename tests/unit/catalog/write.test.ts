/**
 * Writing several catalog files is all or nothing: a failure injected at
 * every step (each folder made, each file staged, each old file kept, each
 * rename) leaves the folder exactly as it was.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFilesAtomic, WriteError } from '../../../src/catalog/write.ts';
import { CatalogLoadError } from '../../../src/catalog/load.ts';

/** Fails the n-th call of any of the named fs functions (counted from 1), once armed. */
const inject = vi.hoisted(() => ({ armed: false, calls: 0, failAt: [] as number[], code: 'EACCES', seen: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap = <F extends (...a: never[]) => unknown>(name: string, fn: F): F =>
    ((...args: Parameters<F>) => {
      if (inject.armed) {
        inject.calls++;
        inject.seen.push(`${name} ${String(args[0])}`);
        if (inject.failAt.includes(inject.calls)) throw Object.assign(new Error(`${inject.code}: injected, ${name} '${String(args[0])}'`), { code: inject.code });
      }
      return fn(...args);
    }) as F;
  const mutating = {
    mkdirSync: wrap('mkdirSync', fs.mkdirSync),
    writeFileSync: wrap('writeFileSync', fs.writeFileSync),
    linkSync: wrap('linkSync', fs.linkSync),
    copyFileSync: wrap('copyFileSync', fs.copyFileSync),
    renameSync: wrap('renameSync', fs.renameSync),
  };
  return { ...fs, ...mutating, default: { ...fs, ...mutating } };
});

const temps: string[] = [];
afterEach(() => {
  inject.armed = false;
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = entry.isFile() ? readFileSync(full, 'utf8') : '<dir>';
  }
  return files;
}

/** A catalog folder with one file that exists and two that a change creates, one in a new folder. */
function scene() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-write-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'acme'));
  writeFileSync(path.join(dir, 'acme', 'errors.yaml'), 'codes: old\n');
  const files = [
    { path: path.join(dir, 'acme', 'errors.yaml'), content: 'codes: new\n' },
    { path: path.join(dir, 'fresh', 'deep', 'provider.yaml'), content: 'id: fresh\n' },
    { path: path.join(dir, 'site.yaml'), content: 'name: new\n' },
  ];
  return { dir, files };
}

describe('writing several catalog files', () => {
  it('writes every file, makes the folders they need and leaves no staging file behind', () => {
    const { dir, files } = scene();
    writeFilesAtomic(files);
    expect(snapshot(dir)).toEqual({
      acme: '<dir>',
      'acme/errors.yaml': 'codes: new\n',
      fresh: '<dir>',
      'fresh/deep': '<dir>',
      'fresh/deep/provider.yaml': 'id: fresh\n',
      'site.yaml': 'name: new\n',
    });
  });

  it('leaves the folder as it was when any single step fails, and names the file it could not write', () => {
    const { files: probe, dir: probeDir } = scene();
    inject.armed = true;
    inject.failAt = [];
    inject.calls = 0;
    inject.seen = [];
    writeFilesAtomic(probe);
    inject.armed = false;
    const steps = inject.seen.map((s) => s.replace(probeDir, '<dir>'));
    // Two folders made, three files staged, one old file kept, three renames.
    expect(steps.filter((s) => s.startsWith('mkdirSync'))).toHaveLength(2);
    expect(steps.filter((s) => s.startsWith('writeFileSync'))).toHaveLength(3);
    expect(steps.filter((s) => s.startsWith('linkSync'))).toHaveLength(1);
    expect(steps.filter((s) => s.startsWith('renameSync'))).toHaveLength(3);

    for (let step = 1; step <= steps.length; step++) {
      const { dir, files } = scene();
      const before = snapshot(dir);
      // Where a hard link fails, the old file is copied aside instead: fail that too.
      const failAt = steps[step - 1]!.startsWith('linkSync') ? [step, step + 1] : [step];
      Object.assign(inject, { armed: true, calls: 0, failAt, seen: [] });
      let error: unknown;
      try {
        writeFilesAtomic(files);
      } catch (e) {
        error = e;
      }
      inject.armed = false;
      expect(error, `step ${step}: ${steps[step - 1]}`).toBeInstanceOf(WriteError);
      expect(error).toBeInstanceOf(CatalogLoadError);
      // The file the failing step was for: its own staging file, its kept copy, or a folder made for it.
      const about = steps[step - 1]!;
      const failedOn = about.includes('errors.yaml') ? files[0]! : about.includes('site.yaml') ? files[2]! : files[1]!;
      expect((error as WriteError).position.file, `step ${step}: ${about}`).toBe(failedOn.path);
      expect((error as WriteError).message).toMatch(/could not be written \(EACCES: .*\); nothing was changed\.$/);
      expect(snapshot(dir), `step ${step}: ${steps[step - 1]}`).toEqual(before);
    }
  });

  it('keeps an old file under its name while the new one is staged, so a kill leaves one or the other', () => {
    const { dir, files } = scene();
    Object.assign(inject, { armed: true, calls: 0, failAt: [], seen: [] });
    writeFilesAtomic(files);
    inject.armed = false;
    const target = path.join(dir, 'acme', 'errors.yaml');
    // The old file is linked aside, never moved away: at no step is errors.yaml missing.
    expect(inject.seen).toContain(`linkSync ${target}`);
    expect(inject.seen.filter((s) => s.startsWith(`renameSync ${target}`))).toEqual([]);
  });

  it('copies an old file aside where hard links fail, and still writes every file', () => {
    const { dir, files } = scene();
    Object.assign(inject, { armed: true, calls: 0, failAt: [], seen: [] });
    writeFilesAtomic(files);
    const link = inject.seen.findIndex((s) => s.startsWith('linkSync')) + 1;
    const again = scene();
    Object.assign(inject, { armed: true, calls: 0, failAt: [link], seen: [] });
    writeFilesAtomic(again.files);
    inject.armed = false;
    expect(inject.seen[link]).toMatch(/^copyFileSync /);
    expect(snapshot(again.dir)).toEqual(snapshot(dir));
  });

  it('throws a WriteError with a hint for a single file that cannot be written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-write-'));
    temps.push(dir);
    Object.assign(inject, { armed: true, calls: 0, failAt: [1], seen: [], code: 'EROFS' });
    const file = path.join(dir, 'urls.txt');
    expect(() => writeFileAtomic(file, 'x')).toThrow(WriteError);
    inject.code = 'EACCES';
    expect(readdirSync(dir)).toEqual([]);
  });
});
