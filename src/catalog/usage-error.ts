/**
 * A mistake on the command line (a wrong flag, a value a flag cannot take):
 * the command did nothing; exit 2 with what to write instead. Input errors
 * (a file with a problem, at file:line:column) are `CatalogLoadError`s; any
 * other error is a bug and keeps its stack trace.
 */
export class UsageError extends Error {
  /** What to write instead, with an example. */
  readonly hint: string;
  /** The flag or argument at fault, e.g. "--locale". */
  readonly flag: string | undefined;
  constructor(message: string, hint: string, flag?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
    this.flag = flag;
  }
}
