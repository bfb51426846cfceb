/**
 * A finding: one thing a check (or the loader) reports. Every finding points at a place in
 * the catalog (file, line, column, 1-based) and says what is wrong and what
 * to do, in the maintainer's terms.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface Finding extends Position {
  /** The check's id, which is its file name: `quantity-drift`. */
  check: string;
  severity: Severity;
  provider?: string;
  code?: string;
  /** Locales the finding is about, the drifting one first. */
  locales: string[];
  /** What is wrong and why. */
  message: string;
  /** What to do. */
  hint: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.check.localeCompare(b.check) ||
    a.message.localeCompare(b.message)
  );
}
