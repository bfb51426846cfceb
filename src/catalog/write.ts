/**
 * Writing catalog files safely. A change of several files is written whole
 * or not at all: every file is first staged next to its target (same folder,
 * so the same filesystem), then each is renamed over its target; when any
 * step fails, the targets already replaced get their old content back, the
 * new ones are removed with the folders made for them, and a `WriteError`
 * names the file that could not be written.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogLoadError } from './load.ts';

export interface FileWrite {
  path: string;
  content: string;
}

/** A file that could not be written (permissions, a read-only disk, a full disk); nothing was changed. */
export class WriteError extends CatalogLoadError {
  constructor(file: string, cause: unknown, hint: string) {
    super(`${file} could not be written (${reason(cause)}); nothing was changed.`, { file, line: 0, column: 0 }, hint);
    this.name = 'WriteError';
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code ? `${code}: ${message.replace(new RegExp(`^${code}: `), '').replace(/, \w+ '.*'$/, '')}` : message;
}

const HINT = 'Check that the folder exists and that you may write to it (permissions, a read-only disk, free space), then run the command again.';

interface Staged {
  target: string;
  tmp: string;
  /** A hard link (or copy) of the old target, to restore it; only for targets that existed. */
  backup?: string;
  /** The target holds the new content. */
  swapped: boolean;
}

/** Writes every file, or none: see the module comment. */
export function writeFilesAtomic(files: FileWrite[], hint = HINT): void {
  const staged: Staged[] = [];
  const madeDirs: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      makeDirs(path.dirname(f.path), madeDirs);
      const s: Staged = { target: f.path, tmp: sibling(f.path, 'tmp'), swapped: false };
      staged.push(s);
      writeFileSync(s.tmp, f.content);
    }
    for (const s of staged) {
      current = s.target;
      if (existsSync(s.target)) {
        s.backup = sibling(s.target, 'bak');
        keepCopy(s.target, s.backup);
      }
      renameSync(s.tmp, s.target);
      s.swapped = true;
    }
  } catch (e) {
    const failed = rollBack(staged, madeDirs);
    const error = new WriteError(current, e, hint);
    if (failed.length) error.message = error.message.replace(/nothing was changed\.$/, `and restoring ${failed.join(', ')} failed: restore ${failed.length === 1 ? 'it' : 'them'} from version control.`);
    throw error;
  }
  for (const s of staged) if (s.backup) removeQuietly(s.backup);
}

/** One file, written whole or not at all. */
export function writeFileAtomic(file: string, content: string, hint?: string): void {
  writeFilesAtomic([{ path: file, content }], hint);
}

function sibling(file: string, kind: 'tmp' | 'bak'): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${kind}`);
}

/** Creates the missing folders of `dir`, outermost first, and records them. */
function makeDirs(dir: string, made: string[]): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    mkdirSync(d);
    made.push(d);
  }
}

function keepCopy(target: string, backup: string): void {
  removeQuietly(backup);
  try {
    linkSync(target, backup);
  } catch {
    // A filesystem without hard links.
    copyFileSync(target, backup);
  }
}

/** Puts every target back as it was; returns the targets it could not restore. */
function rollBack(staged: Staged[], madeDirs: string[]): string[] {
  const failed: string[] = [];
  for (const s of [...staged].reverse()) {
    try {
      if (s.swapped) {
        if (s.backup) renameSync(s.backup, s.target);
        else unlinkSync(s.target);
      } else if (s.backup) removeQuietly(s.backup);
    } catch {
      failed.push(s.target);
    }
    removeQuietly(s.tmp);
  }
  for (const d of [...madeDirs].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // Not empty (something else was written there meanwhile): leave it.
    }
  }
  return failed;
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing to clean up, or it cannot be: the caller reports what matters.
  }
}
