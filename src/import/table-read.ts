/**
 * Finding the tables on a Markdown page, whatever their syntax: GitHub pipe
 * tables (read by markdown-it, the parser the site renders with), tables
 * written as HTML inside the Markdown (read by parse5, with source
 * positions), and Diplodoc/YFM multiline tables (`#|` … `|#`, rows
 * `|| … ||`), which neither knows and a small reader below takes apart.
 * Each table keeps the section heading above it and the page line of every
 * cell, so that whatever is imported from it can be placed at file:line.
 */
import MarkdownIt from 'markdown-it';
import { cellHtmlToMarkdown, htmlTables } from './table-html.ts';
import type { Cell, Heading, Table } from './table.ts';

export type { Cell, Heading, Table } from './table.ts';

const md = new MarkdownIt({ html: true });
type Token = ReturnType<typeof md.parse>[number];

/** Every table on the page, in page order. */
export function readTables(text: string): Table[] {
  const lines = text.split(/\r\n?|\n/);
  const yfm = yfmTables(lines);
  // markdown-it must not read a YFM table's rows as paragraphs or pipe tables: blank them, keeping line numbers.
  const hidden = new Set(yfm.flatMap((t) => range(t.from, t.to)));
  const visible = lines.map((l, i) => (hidden.has(i) ? '' : l)).join('\n');
  const tokens = md.parse(visible, {});
  const headings: Heading[] = [];
  const tables: Omit<Table, 'sections'>[] = yfm.map((t) => t.table);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open' && t.map) headings.push({ text: plain(tokens[i + 1]?.content ?? ''), level: Number(t.tag.slice(1)), line: t.map[0] + 1 });
    else if (t.type === 'table_open') i = pipeTable(tokens, i, tables);
    else if (t.type === 'html_block' && t.map && /<table[\s>]/i.test(t.content)) tables.push(...htmlTables(t.content, t.map[0] + 1));
  }
  return tables.sort((a, b) => a.line - b.line).map((t) => ({ ...t, sections: sectionsAt(headings, t.line) }));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** A heading's words without Markdown marks. */
function plain(s: string): string {
  return s.replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\{#[^}]*\}\s*$/, '').trim();
}

/** The nearest heading of each level above `line`, outermost first. */
function sectionsAt(headings: Heading[], line: number): Heading[] {
  const stack: Heading[] = [];
  for (const h of headings) {
    if (h.line > line) break;
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
  }
  return stack;
}

/** A pipe table's rows from markdown-it's tokens; returns the index of its table_close. */
function pipeTable(tokens: Token[], start: number, out: Omit<Table, 'sections'>[]): number {
  let header: Cell[] | undefined;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let rowLine = 0;
  let inHead = false;
  let i = start;
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
    const t = tokens[i]!;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') {
      row = [];
      rowLine = (t.map?.[0] ?? 0) + 1;
    } else if (t.type === 'inline') row.push({ text: cellHtmlToMarkdown(t.content.trim()), line: rowLine });
    else if (t.type === 'tr_close') {
      if (inHead) header = row;
      else rows.push(row);
    }
  }
  out.push({ syntax: 'pipe', line: (tokens[start]!.map?.[0] ?? 0) + 1, header, rows });
  return i;
}

// ---------------------------------------------------------------------------
// YFM multiline tables:
//
//     #|
//     || Code | Description ||
//     || `A_B` | Text that may run
//        over several lines ||
//     |#
//
// A row opens with `||` and closes with `||`; cells are parted by a `|` that
// is outside code spans. Tables may nest; a nested table stays inside its cell.

interface YfmBlock {
  from: number;
  to: number;
  table: Omit<Table, 'sections'>;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

function yfmTables(lines: string[]): YfmBlock[] {
  const blocks: YfmBlock[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const f = FENCE.exec(lines[i]!)?.[1];
    if (f && (!fence || f.startsWith(fence))) {
      fence = fence ? undefined : f;
      continue;
    }
    if (fence || !/^\s*#\|\s*$/.test(lines[i]!)) continue;
    const end = closingLine(lines, i);
    if (end === undefined) continue;
    blocks.push({ from: i, to: end, table: { syntax: 'yfm', line: i + 2, ...yfmRows(lines, i + 1, end) } });
    i = end;
  }
  return blocks;
}

/** The line of the `|#` that closes the table opened at `open`, nested tables skipped. */
function closingLine(lines: string[], open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < lines.length; i++) {
    if (/^\s*#\|\s*$/.test(lines[i]!)) depth++;
    else if (/^\s*\|#\s*$/.test(lines[i]!) && --depth === 0) return i;
  }
  return undefined;
}

/** Splits the table body (lines from..to, exclusive) into rows of cells, and the lines whose text stands outside any row. */
function yfmRows(lines: string[], from: number, to: number): { rows: Cell[][]; stray: number[] } {
  const rows: Cell[][] = [];
  const stray = new Set<number>();
  let rowLine = 0;
  let row: Cell[] | undefined;
  let cell: { parts: string[]; line: number } | undefined;
  let depth = 0;
  const closeCell = () => {
    if (row && cell) row.push({ text: cellHtmlToMarkdown(dedent(cell.parts).trim()), line: cell.line });
    cell = undefined;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (/^\s*#\|\s*$/.test(line)) depth++;
    if (depth > 0) {
      cell?.parts.push(line);
      if (/^\s*\|#\s*$/.test(line)) depth--;
      continue;
    }
    let rest = line;
    let pos = 0;
    while (pos <= rest.length) {
      const sep = nextSeparator(rest, pos);
      const piece = rest.slice(pos, sep?.at ?? rest.length);
      if (cell) cell.parts.push(piece);
      else if (!row && piece.trim()) stray.add(i + 1);
      if (!sep) break;
      if (sep.kind === '||') {
        if (!row) {
          row = [];
          rowLine = i + 1;
          cell = { parts: [], line: i + 1 };
        } else {
          closeCell();
          rows.push(row);
          row = undefined;
        }
      } else if (row) {
        closeCell();
        cell = { parts: [], line: i + 1 };
      } else stray.add(i + 1);
      pos = sep.at + sep.kind.length;
      if (cell && rest.slice(pos).trim() === '') cell.line = i + 2;
      else if (cell) cell.line = i + 1;
    }
    rest = '';
  }
  // A row still open at the table's end was never closed: what it holds is not read.
  if (row) stray.add(rowLine);
  return { rows, stray: [...stray] };
}

/** The next `||` or `|` outside a code span, from `pos`. */
function nextSeparator(s: string, pos: number): { at: number; kind: '||' | '|' } | undefined {
  for (let i = pos; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(s.slice(i))![0];
      const close = s.indexOf(run, i + run.length);
      if (close !== -1) i = close + run.length - 1;
      continue;
    }
    if (c === '|') return s[i + 1] === '|' ? { at: i, kind: '||' } : { at: i, kind: '|' };
  }
  return undefined;
}

/** Lines of a multiline cell without the indentation they share. */
function dedent(parts: string[]): string {
  const lines = parts.join('\n').split('\n');
  const indents = lines.slice(1).filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l, k) => (k === 0 ? l.trim() : l.slice(cut).trimEnd())).join('\n');
}
