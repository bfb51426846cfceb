/** Exit codes, and how every command prints unusable input (file:line:col and a hint, exit 2). */
import pc from 'picocolors';
import { CatalogLoadError } from '../catalog/load.ts';
import type { Format } from './format.ts';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** Prints an unusable-input error the same way everywhere. */
export function printLoadError(e: CatalogLoadError, format: Format = 'text'): void {
  if (format !== 'text') {
    console.log(JSON.stringify({ error: e.message, file: e.position.file, line: e.position.line, column: e.position.column, hint: e.hint }, null, 2));
    return;
  }
  const where = e.position.line ? `${e.position.file}:${e.position.line}:${e.position.column}` : e.position.file;
  console.error(`${pc.bold(where)} ${pc.red('error')} ${e.message}\n  ${pc.cyan('hint:')} ${e.hint}`);
}

/** Runs a command's work; unusable input is printed with its position and exits 2. */
export function guarded(setExit: (code: number) => void, work: () => number, format: Format = 'text'): void {
  try {
    setExit(work());
  } catch (e) {
    if (!(e instanceof CatalogLoadError)) throw e;
    printLoadError(e, format);
    setExit(EXIT.unusable);
  }
}
