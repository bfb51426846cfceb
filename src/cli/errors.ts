/**
 * How a command ends: exit codes, and the two kinds of mistake a person can
 * fix, printed the same way by every command in its format (text on stderr;
 * JSON and SARIF on stdout). A usage error (a wrong flag) says what to write
 * instead; unusable input points at file:line:column. Anything else is a bug
 * and keeps its stack trace.
 */
import pc from 'picocolors';
import { UsageError } from '../catalog/usage-error.ts';
import { formatUnusable, type Format } from '../checks/format.ts';
import { unusable, type Unusable } from '../catalog/unusable.ts';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** Prints input that could not be used, in the command's format. */
export function printUnusable(u: Unusable, format: Format = 'text'): void {
  if (format === 'text') console.error(formatUnusable(u, format, pc));
  else console.log(formatUnusable(u, format));
}

/** Prints a command-line mistake, with the command whose --help shows the usage; JSON is the findings array with one finding of check `usage`. */
export function printUsageError(e: UsageError, command: string, format: Format = 'text'): void {
  const usage = `errcat ${command} --help`;
  if (format !== 'text') {
    console.log(JSON.stringify([{ check: 'usage', severity: 'error', file: '', line: 0, column: 0, locales: [], message: e.message, hint: e.hint, flag: e.flag, usage }], null, 2));
    return;
  }
  console.error(`${pc.bold(`errcat ${command}`)} ${pc.red('usage error')} ${e.message}\n  ${pc.cyan('hint:')} ${e.hint}\n  (run ${usage} for usage)`);
}

/** Runs a command's work; a usage error or unusable input is printed and exits 2, a bug is thrown on. */
export function guarded(setExit: (code: number) => void, work: () => number, format: Format = 'text', command = ''): void {
  try {
    setExit(work());
  } catch (e) {
    caught(e, setExit, format, command);
  }
}

/** `guarded` for work that reads files asynchronously (an OpenAPI document and the files its $refs name). */
export async function guardedAsync(setExit: (code: number) => void, work: () => Promise<number>, format: Format = 'text', command = ''): Promise<void> {
  try {
    setExit(await work());
  } catch (e) {
    caught(e, setExit, format, command);
  }
}

function caught(e: unknown, setExit: (code: number) => void, format: Format, command: string): void {
  if (e instanceof UsageError) printUsageError(e, command, format);
  else {
    const u = unusable(e);
    if (!u) throw e;
    printUnusable(u, format);
  }
  setExit(EXIT.unusable);
}
