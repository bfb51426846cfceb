/**
 * Input errcat cannot use, whatever said so: a catalog file that is missing,
 * not YAML or not UTF-8 (CatalogLoadError, with its position), or a path the
 * system refuses (EACCES, EISDIR, ...). One shape for the CLI and the build,
 * printed without a stack trace; anything else is a bug and keeps its stack.
 */
import { CatalogLoadError } from './load-error.ts';

export interface Unusable {
  file: string;
  /** 0 when the trouble is the file as a whole. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

const SYSTEM: Record<string, [string, string]> = {
  EACCES: ['permission denied', 'Give the user running errcat access to it.'],
  EPERM: ['operation not permitted', 'Give the user running errcat access to it, or clear its immutable flag.'],
  EROFS: ['the filesystem is read-only', 'Use a copy on a writable filesystem.'],
  ENOSPC: ['the disk is full', 'Free some space and run it again.'],
  EISDIR: ['it is a folder where a file belongs', 'Replace the folder with the file.'],
  ENOTDIR: ['part of the path is a file where a folder belongs', 'Check the path.'],
  ENOENT: ['it does not exist', 'Check the path.'],
  ELOOP: ['it is a loop of symbolic links', 'Point the links at a real file.'],
  EMFILE: ['too many files are open', 'Raise the limit (ulimit -n) and run it again.'],
};

/** The error as unusable input, or undefined when it is a bug. */
export function unusable(e: unknown): Unusable | undefined {
  if (e instanceof CatalogLoadError) return { ...e.position, message: e.message, hint: e.hint };
  const err = e as NodeJS.ErrnoException;
  const known = err instanceof Error && typeof err.code === 'string' ? SYSTEM[err.code] : undefined;
  if (!known) return undefined;
  const file = err.path ?? '';
  return { file, line: 0, column: 0, message: `${file || 'A file'} cannot be used: ${known[0]} (${err.code}).`, hint: known[1] };
}
