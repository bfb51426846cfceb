/**
 * Reader for error references written as tables (`errcat import markdown`):
 * every table on the page whose code column holds codes becomes entries, one
 * per row. A code cell may hold aliases after the code (more code spans, or
 * code-like words) and a message after them, which serves as the
 * description where the table has no description column. The section
 * heading above a table, the HTTP status and a yes/no retry column are kept
 * as what the page states (`Stated`), each at its line.
 *
 * Pure and total: the reader never throws; whatever it cannot read becomes a
 * note at the page's file:line.
 */
import { CodeIdSchema } from '../catalog/schema.ts';
import type { ImportNote, PageEntry, PageReader, ParsedPage, Stated } from './entry.ts';
import { cellWords, chooseColumns, columnsFromHeader, isHeaderRow, looksLikeCode, statusOf, yesNo, type Columns } from './table-columns.ts';
import { readTables, type Cell, type Table } from './table-read.ts';
import { importPages, type ImportOptions, type ImportResult } from './import.ts';
import { categoryOfHeading } from './texts.ts';

/** A reader of table pages; `columns` (0-based) overrides what the header words and rows say. */
export function tableReader(columns?: Columns): PageReader {
  return (text, file) => parseTablePage(text, file, columns);
}

export function parseTablePage(text: string, file: string, given?: Columns): ParsedPage {
  const entries: PageEntry[] = [];
  const notes: ImportNote[] = [];
  for (const table of readTables(text)) readTable(table, file, given, entries, notes);
  return { entries, notes };
}

/** The share of rows whose code cell must hold a code for the table to count as a table of codes. */
const CODE_TABLE_SHARE = 0.5;

function readTable(table: Table, file: string, given: Columns | undefined, entries: PageEntry[], notes: ImportNote[]): void {
  for (const line of table.stray ?? [])
    notes.push({
      severity: 'warning',
      file,
      line,
      column: 1,
      message: 'This line of a YFM table stands outside any row (a row opens and closes with ||), so what it holds was not read.',
      hint: 'Close the row above it with || at its end, or open this one with || at its start.',
    });
  let { header, rows } = table;
  let cols = given ?? chooseColumns(header, header ? rows : rows.slice(1));
  // A YFM table marks no header: a first row whose words name columns is one.
  if (!header && rows[0] && isHeaderRow(rows[0], cols)) {
    header = rows[0];
    rows = rows.slice(1);
    if (!given) cols = chooseColumns(header, rows);
  }
  if (rows.length === 0) return;
  const code = cols.code;
  const withCode = code === undefined ? 0 : rows.filter((r) => codesIn(r[code]?.text ?? '').codes.length > 0).length;
  if (code === undefined || withCode / rows.length < CODE_TABLE_SHARE) {
    // A table whose header names a code column but whose cells hold none the catalog can hold: say so.
    const named = header ? columnsFromHeader(header).code : undefined;
    if (header && named !== undefined && rows.some((r) => r[named]?.text.trim()))
      notes.push({
        severity: 'warning',
        file,
        line: table.line,
        column: 1,
        message: `This table's column ${named + 1} ("${cellWords(header[named]?.text ?? '')}") holds no codes the catalog can hold (such as "${cellWords(rows[0]![named]?.text ?? '')}"), so the table was skipped.`,
        hint: 'A catalog code starts with a letter (ERROR_ZERO_BALANCE, AUTH_INVALID). If another column holds the codes, name it: --columns code=<n>.',
      });
    return;
  }
  const section = sectionOf(table);
  for (const row of rows) {
    // GFM reads a header and delimiter row written right after a table as body rows: a new header, not an entry.
    if (row.every((c) => /^:?-+:?$/.test(c.text.trim())) || isHeaderRow(row, cols)) continue;
    const entry = readRow(row, cols, file, section, notes);
    if (entry) entries.push(entry);
  }
}

function sectionOf(table: Table): Stated['section'] {
  const nearest = table.sections[table.sections.length - 1];
  // A level-1 heading is the page's title, not a section: it names a category only when a word matches.
  if (!nearest || (nearest.level === 1 && !categoryOfHeading(nearest.text))) return undefined;
  for (const h of [...table.sections].reverse()) {
    const category = categoryOfHeading(h.text);
    if (category) return { heading: h.text, line: h.line, category };
  }
  return { heading: nearest.text, line: nearest.line };
}

function readRow(row: Cell[], cols: Columns, file: string, section: Stated['section'], notes: ImportNote[]): PageEntry | undefined {
  const codeCell = row[cols.code!];
  const line = row[0]?.line ?? codeCell?.line ?? 0;
  if (!codeCell || !codeCell.text.trim()) return undefined;
  const { codes, message } = codesIn(codeCell.text);
  if (codes.length === 0) {
    notes.push({ severity: 'warning', file, line: codeCell.line, column: 1, message: `This row's code cell ("${cellWords(codeCell.text).slice(0, 60)}") holds no code the catalog can hold, so the row was skipped.`, hint: 'A catalog code starts with a letter and holds letters, digits, "_", ".", ":" or "-".' });
    return undefined;
  }
  const textCell = cols.text === undefined ? undefined : row[cols.text];
  const description = textCell?.text.trim() || message;
  if (!description) {
    notes.push({ severity: 'warning', file, line: codeCell.line, column: 1, code: codes[0], message: `${codes[0]} has no description in this row, so it was skipped.`, hint: 'Write what the error means in the description column, or name the column with --columns text=<n>.' });
    return undefined;
  }
  const stated: Stated = {};
  const httpCell = cols.http === undefined ? undefined : row[cols.http];
  const http = httpCell && statusOf(httpCell.text);
  if (http !== undefined) stated.http = { value: http, line: httpCell!.line };
  const retryCell = cols.retry === undefined ? undefined : row[cols.retry];
  const retryable = retryCell && yesNo(retryCell.text);
  if (retryable !== undefined) stated.retryable = { value: retryable, word: cellWords(retryCell!.text), line: retryCell!.line };
  if (section) stated.section = section;
  const nameCell = cols.name === undefined ? undefined : row[cols.name];
  return {
    code: codes[0]!,
    aliases: codes.slice(1),
    name: nameCell ? cellWords(nameCell.text) : '',
    line,
    codeLine: codeCell.line,
    descriptionLine: textCell?.text.trim() ? textCell.line : codeCell.line,
    label: '',
    description,
    stated,
  };
}

/**
 * The codes a code cell holds, and the message after them: code spans that
 * hold codes (`A` or `B`), else the code-like words it starts with
 * (AUTH_INVALID, AUTH_BAD — Key not accepted).
 */
export function codesIn(cell: string): { codes: string[]; message: string } {
  // A code written as a link ([BAD_REQUEST](#bad-request)) is the code.
  const text = cell.replace(/\[([^\]]+)\]\([^)]*\)/g, (m, inner: string) => (CodeIdSchema.safeParse(inner.replace(/`/g, '').trim()).success ? inner : m));
  const valid = (s: string) => CodeIdSchema.safeParse(s).success;
  const spans = [...text.matchAll(/(`+)\s*([^`]+?)\s*\1/g)].map((m) => m[2]!).filter(valid);
  if (spans.length) {
    const rest = text.replace(/(`+)\s*([^`]+?)\s*\1/g, (m, _t, inner: string) => (valid(inner) ? ' ' : m));
    return { codes: unique(spans), message: tidy(rest) };
  }
  const words = text.trim().split(/(\s+|,|;|\/)/);
  const codes: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!.replace(/^[(（]|[)）:：]$/g, '');
    if (w.trim() === '' || /^[,;/]$/.test(w) || /^(or|или|或|oder|o|ou)$/i.test(w)) continue;
    if (!looksLikeCode(w) || !valid(w)) break;
    codes.push(w);
  }
  return { codes: unique(codes), message: tidy(words.slice(i).join('')) };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** A message left after the codes, without the separators that stood between. */
function tidy(rest: string): string {
  return rest
    .replace(/^[\s,;/:：—–\-()（）]+/, '')
    .replace(/^(or|или|或)\s+/i, '')
    .replace(/\s*\\\n\s*/g, '\\\n')
    .replace(/^\\\n/, '')
    .replace(/[\s(（]+$/, '')
    .trim();
}

const TABLE_SHAPE = 'An entry is a row of a table whose column of codes is found from its header (Code, Код, 错误码, …) or its cells, e.g.\n    | Code | HTTP | Description |\n    |---|---|---|\n    | `ERROR_ZERO_BALANCE` | 402 | The account has no money left. |\n  Name the columns outright with --columns code=1,http=2,text=3.';

/** Reads table pages, one per locale, into `<out>/<provider>/errors.yaml`. */
export function importMarkdown(options: ImportOptions & { columns?: Columns }): ImportResult {
  return importPages(tableReader(options.columns), { command: 'errcat import markdown', entryShape: TABLE_SHAPE, ...options });
}
