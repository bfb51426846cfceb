/**
 * How a command ends: exit codes, and the two kinds of mistake a person can
 * fix, printed the same way by every command (text or JSON). A usage error
 * (a wrong flag) says what to write instead; an input error points at
 * file:line:column. Anything else is a bug and keeps its stack trace.
 */
import pc from 'picocolors';
import { CatalogLoadError } from '../catalog/load.ts';
import { UsageError } from '../catalog/usage-error.ts';
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

/** Prints a command-line mistake, with the command whose --help shows the usage. */
export function printUsageError(e: UsageError, command: string, format: Format = 'text'): void {
  if (format !== 'text') {
    console.log(JSON.stringify({ error: e.message, flag: e.flag, hint: e.hint, usage: `errcat ${command} --help` }, null, 2));
    return;
  }
  console.error(`${pc.bold(`errcat ${command}`)} ${pc.red('usage error')} ${e.message}\n  ${pc.cyan('hint:')} ${e.hint}\n  (run errcat ${command} --help for usage)`);
}

/** Runs a command's work; a usage or input error is printed and exits 2, a bug is thrown on. */
export function guarded(setExit: (code: number) => void, work: () => number, format: Format = 'text', command = ''): void {
  try {
    setExit(work());
  } catch (e) {
    if (e instanceof UsageError) printUsageError(e, command, format);
    else if (e instanceof CatalogLoadError) printLoadError(e, format);
    else throw e;
    setExit(EXIT.unusable);
  }
}
