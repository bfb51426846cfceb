/**
 * What an import reports besides the catalog it writes: notes and warnings
 * about the pages (each at a page's file:line:column), and the error that
 * stops an import whose input cannot be used.
 */
import { CatalogLoadError } from '../catalog/load.ts';
import type { Position } from '../checks/finding.ts';

/**
 * warning: something on a page could not be imported as it stands (a
 * partial entry, a code one locale lacks); the rest is imported.
 * note: worth knowing, nothing was lost (entries in a different order).
 */
export type NoteSeverity = 'warning' | 'note';

export interface ImportNote extends Position {
  severity: NoteSeverity;
  /** The code the note is about, when there is one. */
  code?: string;
  /** Locales the note is about, the odd one first. */
  locales?: string[];
  /** What was found and what the import did about it. */
  message: string;
  /** What to do. */
  hint: string;
}

/**
 * Unusable input (a missing file, bytes that are not UTF-8 text, a page with
 * no entry, a catalog file that does not parse): nothing is written, exit 2.
 * A CatalogLoadError, so the CLI prints it like every other unusable input.
 */
export class ImportError extends CatalogLoadError {
  constructor(message: string, position: Position, hint: string) {
    super(message, position, hint);
    this.name = 'ImportError';
  }
}

export function compareNotes(a: ImportNote, b: ImportNote): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
