/** Writing catalog files safely: to a temporary file first, then renamed over the old one. */
import { renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/**
 * Writes several files so that all of them change or none does: each new
 * content goes to a temporary file beside its target, and only once every
 * one is written are they renamed into place. A failure while staging
 * removes the staged files and leaves the targets as they were.
 */
export function writeFilesTogether(files: ReadonlyMap<string, string>): void {
  const staged: [tmp: string, file: string][] = [];
  try {
    for (const [file, content] of files) {
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      staged.push([tmp, file]);
      writeFileSync(tmp, content);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
}
