/**
 * What a page reader produces (entries) and what an import reports besides
 * the catalog it writes: notes and warnings about the pages (each at a
 * page's file:line:column), and the error that stops an import whose input
 * cannot be used. Shared by every reader in src/import/.
 */
import { CatalogLoadError } from '../catalog/load.ts';
import type { Position } from '../checks/finding.ts';
import type { Category } from '../catalog/schema.ts';

/** One error entry read from a documentation page. */
export interface PageEntry {
  /** The code as the page writes it: the first code on the code line. */
  code: string;
  /** The other codes on the code line, in page order. */
  aliases: string[];
  /** The display name from the heading, as written (without backticks). */
  name: string;
  /** Line of the heading, 1-based. */
  line: number;
  /** Line of the code line. */
  codeLine: number;
  /** Line where the description starts. */
  descriptionLine: number;
  /** The label before the codes as written, e.g. "API error code:"; may be empty. */
  label: string;
  /** The description, Markdown as written (comments and admonitions left out). */
  description: string;
  /** Facts a table row states besides the texts, each at its page line. */
  stated?: Stated;
}

/** What a page states about a code beyond its texts. */
export interface Stated {
  /** The HTTP status column. */
  http?: { value: number; line: number };
  /** A yes/no retry column, with the word as written. */
  retryable?: { value: boolean; word: string; line: number };
  /** The section heading above the table, and the category it names, if any. */
  section?: { heading: string; line: number; category?: Category };
}

/** What a reader makes of one page. Readers never throw. */
export interface ParsedPage {
  entries: PageEntry[];
  notes: ImportNote[];
}

export type PageReader = (text: string, file: string) => ParsedPage;

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
