/**
 * Reader for Docusaurus error pages (Markdown or MDX) of this shape:
 *
 *     ### `NO FUNDS`
 *     API error code: `ERROR_ZERO_BALANCE` <br />
 *     The account has no money left. [Top up](https://...) and retry.
 *
 * An entry is recognized by structure, never by words, so a page in a
 * language not seen before reads the same way: a heading (the display name,
 * usually in backticks), then, as the first line below it, a line that holds
 * only code spans that look like codes, optionally after a label ending in a
 * colon (":" or "："); two or more codes on that line are the code and its
 * aliases. The description runs from there to the next heading.
 *
 * Front matter, admonitions (`:::info ... :::`, also with an indented
 * closing line), MDX comments `{/* ... *\/}` and HTML comments (also across
 * lines) and fenced code are not read as entries. Texts keep their Markdown
 * as written; only `<br />` (raw HTML, which the catalog refuses) becomes a
 * Markdown hard break.
 *
 * Pure and total: `parseDocusaurusPage` never throws; whatever it cannot
 * read becomes a note with the page's file:line:column.
 */
import { CodeIdSchema } from '../catalog/schema.ts';
import { readMarkdown } from '../catalog/text/read.ts';
import { BR, buildDescription, type DescriptionLine } from './description.ts';
import type { ImportNote, PageEntry, ParsedPage } from './entry.ts';
import { importPages, type ImportOptions, type ImportResult } from './import.ts';

export type { ImportNote, PageEntry, ParsedPage } from './entry.ts';
export type { ImportOptions, ImportResult } from './import.ts';

/** Reads the entries of one page. Never throws. */
export function parseDocusaurusPage(text: string, file: string): ParsedPage {
  const notes: ImportNote[] = [];
  const lines = scanLines(text, file, notes);
  markAdmonitions(lines, file, notes);
  return { entries: readEntries(lines, file, notes), notes };
}

/** Reads Docusaurus pages, one per locale, into `<out>/<provider>/errors.yaml`. */
export function importDocusaurus(options: ImportOptions): ImportResult {
  return importPages(parseDocusaurusPage, options);
}

// ---------------------------------------------------------------------------
// Lines: what is prose, what is fenced code, what is left out.

type Kind = 'text' | 'fence' | 'skip';

interface Line {
  /** 1-based line number. */
  n: number;
  raw: string;
  /** The line with comments removed. */
  visible: string;
  kind: Kind;
}

const FENCE = /^ *(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;

function scanLines(text: string, file: string, notes: ImportNote[]): Line[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw = source.split(/\r\n?|\n/);
  const lines: Line[] = raw.map((s, i) => ({ n: i + 1, raw: s, visible: s, kind: 'text' }));

  let start = 0;
  if (raw[0]?.trimEnd() === '---') {
    const end = raw.findIndex((s, i) => i > 0 && (s.trimEnd() === '---' || s.trimEnd() === '...'));
    if (end > 0) {
      for (let i = 0; i <= end; i++) lines[i]!.kind = 'skip';
      start = end + 1;
    }
  }

  let fence: { ch: string; len: number } | undefined;
  let comment: { end: string; line: number; column: number } | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      line.kind = 'fence';
      const close = FENCE.exec(line.raw);
      if (close && close[1]![0] === fence.ch && close[1]!.length >= fence.len && close[2]!.trim() === '') fence = undefined;
      continue;
    }
    if (!comment) {
      const open = FENCE.exec(line.raw);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { ch: open[1]![0]!, len: open[1]!.length };
        line.kind = 'fence';
        continue;
      }
    }
    const stripped = stripComments(line.raw, comment, line.n);
    comment = stripped.open;
    line.visible = stripped.text;
    if (stripped.commented && line.visible.trim() === '') line.kind = 'skip';
  }
  if (comment) {
    notes.push({
      severity: 'warning',
      file,
      line: comment.line,
      column: comment.column,
      message: 'This comment is never closed, so the rest of the page was read as commented out.',
      hint: comment.end === '-->' ? 'Close the comment with -->.' : 'Close the comment with */}.',
    });
  }
  return lines;
}

/** Removes `{/* ... *\/}` and `<!-- ... -->` from one line, outside code spans. */
function stripComments(
  s: string,
  state: { end: string; line: number; column: number } | undefined,
  n: number,
): { text: string; open: typeof state; commented: boolean } {
  let out = '';
  let i = 0;
  let commented = false;
  let open = state;
  const code = codeSpans(s);
  while (i < s.length) {
    if (open) {
      commented = true;
      const close = open.end === '-->' ? { at: s.indexOf('-->', i), len: 3 } : findMdxClose(s, i);
      if (close.at === -1) return { text: out, open, commented };
      i = close.at + close.len;
      open = undefined;
      continue;
    }
    const ch = s[i]!;
    const span = code?.find((c) => c.start === i);
    if (span) {
      out += s.slice(i, span.end);
      i = span.end;
      continue;
    }
    if (ch === '{') {
      let j = i + 1;
      while (s[j] === ' ' || s[j] === '\t') j++;
      if (s[j] === '/' && s[j + 1] === '*') {
        open = { end: '*/}', line: n, column: i + 1 };
        i = j + 2;
        continue;
      }
    }
    if (ch === '<' && s.startsWith('<!--', i)) {
      open = { end: '-->', line: n, column: i + 1 };
      i += 4;
      continue;
    }
    out += ch;
    i++;
  }
  if (commented) out = out.replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 ');
  return { text: out, open, commented };
}

function findMdxClose(s: string, from: number): { at: number; len: number } {
  let i = s.indexOf('*/', from);
  while (i !== -1) {
    let j = i + 2;
    while (s[j] === ' ' || s[j] === '\t') j++;
    if (s[j] === '}') return { at: i, len: j + 1 - i };
    i = s.indexOf('*/', i + 1);
  }
  return { at: -1, len: 0 };
}

const ADMONITION_OPEN = /^\s*(:{3,})\s*[A-Za-z]/;
const ADMONITION_CLOSE = /^\s*:{3,}\s*$/;

/**
 * Marks admonitions (`:::info ... :::`, nested ones with more colons) as
 * left out. One that is never closed ends before the next heading, with a
 * warning: Docusaurus would fail or swallow the rest of the page.
 */
function markAdmonitions(lines: Line[], file: string, notes: ImportNote[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text') continue;
    if (ADMONITION_CLOSE.test(line.visible)) {
      line.kind = 'skip';
      continue;
    }
    if (!ADMONITION_OPEN.test(line.visible)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.kind !== 'text') continue;
      if (ADMONITION_OPEN.test(l.visible)) depth++;
      else if (ADMONITION_CLOSE.test(l.visible)) {
        if (depth === 0) {
          end = j;
          break;
        }
        depth--;
      }
    }
    if (end === -1) {
      const heading = lines.findIndex((l, j) => j > i && l.kind === 'text' && ATX.test(l.visible));
      end = heading === -1 ? lines.length - 1 : heading - 1;
      notes.push({
        severity: 'warning',
        file,
        line: line.n,
        column: column(line.visible),
        message: `This admonition is never closed; it was read as ending ${heading === -1 ? 'at the end of the page' : `before the heading on line ${lines[heading]!.n}`}.`,
        hint: 'Close it with a line holding ::: alone.',
      });
    }
    for (let j = i; j <= end; j++) lines[j]!.kind = 'skip';
    i = end;
  }
}

// ---------------------------------------------------------------------------
// Entries.

interface Heading {
  name: string;
  /** The heading holds a code span: it was meant as an entry. */
  hasCodeSpan: boolean;
}

function readHeading(visible: string): Heading | undefined {
  const m = ATX.exec(visible);
  if (!m) return undefined;
  const content = m[2]!
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .trim();
  const span = codeSpans(content)[0];
  if (span) return { name: span.content.trim(), hasCodeSpan: true };
  return { name: content.replace(/^([*_]+)(.*)\1$/, '$2').trim(), hasCodeSpan: false };
}

interface Span {
  start: number;
  end: number;
  content: string;
}

/** The code spans of one line, as the page renders them (read as a paragraph: an indented line is no code block in MDX). */
function codeSpans(s: string): Span[] {
  const lead = s.length - s.trimStart().length;
  const md = readMarkdown(s.slice(lead));
  return md.codeSpans.map((content, k) => ({ start: md.codeSpanAt[k]! + lead, end: md.codeSpanEnd[k]! + lead, content }));
}

/** What may stand between two codes: punctuation, or one short word ("or", "или", "或"). */
const BETWEEN_CODES = /^[\s,，、;；/|*_]*(\p{L}{1,6})?[\s,，、;；/|*_]*$/u;
/** What may follow the last code. */
const AFTER_CODES = /^[\s.,;:。；*_]*$/;
/** A label ends in a colon, half- or full-width, possibly inside emphasis. */
const LABEL_END = /[:：﹕]$/;

interface CodeLine {
  label: string;
  codes: string[];
  /** Text after a `<br />` on the same line: the description starts there. */
  rest: string;
}

/** A line holding only codes in backticks, after an optional label ending in a colon. */
export function readCodeLine(visible: string): CodeLine | undefined {
  BR.lastIndex = 0;
  const br = BR.exec(visible);
  const head = br ? visible.slice(0, br.index) : visible;
  const rest = br ? visible.slice(br.index + br[0].length) : '';
  const spans = codeSpans(head);
  if (spans.length === 0) return undefined;
  const label = head.slice(0, spans[0]!.start).trim();
  const labelCore = label.replace(/[\s*_]+$/, '').replace(/^[\s*_]+/, '');
  if (label !== '' && !LABEL_END.test(labelCore)) return undefined;
  if (/^#{1,6}\s/.test(label) || /^[>\-+]\s/.test(label)) return undefined;
  for (let n = 1; n < spans.length; n++) {
    if (!BETWEEN_CODES.test(head.slice(spans[n - 1]!.end, spans[n]!.start))) return undefined;
  }
  if (!AFTER_CODES.test(head.slice(spans[spans.length - 1]!.end))) return undefined;
  const codes: string[] = [];
  for (const span of spans) {
    const code = span.content.trim();
    if (!CodeIdSchema.safeParse(code).success) return undefined;
    if (!codes.includes(code)) codes.push(code);
  }
  return { label: label.replace(/\s+/g, ' '), codes, rest };
}

function column(s: string): number {
  const m = /\S/.exec(s);
  return m ? m.index + 1 : 1;
}

function readEntries(lines: Line[], file: string, notes: ImportNote[]): PageEntry[] {
  const entries: PageEntry[] = [];
  const seen = new Map<string, PageEntry>();
  const headings: number[] = [];
  lines.forEach((l, i) => {
    if (l.kind === 'text' && ATX.test(l.visible)) headings.push(i);
  });
  headings.forEach((h, k) => {
    const next = headings[k + 1] ?? lines.length;
    const headingLine = lines[h]!;
    const heading = readHeading(headingLine.visible)!;
    let first = h + 1;
    while (first < next && (lines[first]!.kind === 'skip' || (lines[first]!.kind === 'text' && lines[first]!.visible.trim() === ''))) first++;
    const candidate = first < next && lines[first]!.kind === 'text' ? lines[first]! : undefined;
    const codeLine = candidate ? readCodeLine(candidate.visible) : undefined;
    if (!codeLine) {
      if (heading.hasCodeSpan)
        notes.push({
          severity: 'warning',
          file,
          line: headingLine.n,
          column: column(headingLine.visible),
          message: `The entry "${heading.name}" has no line of codes below its heading, so it was skipped.`,
          hint: 'Put the code in backticks on the line right below the heading, e.g. API error code: `ERROR_NAME`.',
        });
      return;
    }
    const codeAt = candidate!;
    const pieces: DescriptionLine[] = [];
    if (codeLine.rest.trim() !== '') pieces.push({ text: codeLine.rest, fence: false, n: codeAt.n });
    for (let i = first + 1; i < next; i++) {
      const l = lines[i]!;
      if (l.kind === 'skip') continue;
      pieces.push({ text: l.kind === 'fence' ? l.raw : l.visible, fence: l.kind === 'fence', n: l.n });
    }
    const description = buildDescription(pieces);
    const name = heading.name || codeLine.codes[0]!;
    if (!description.text) {
      notes.push({
        severity: 'warning',
        file,
        line: codeAt.n,
        column: column(codeAt.visible),
        code: codeLine.codes[0],
        message: `The entry ${codeLine.codes[0]} ("${name}") has codes but no description, so it was skipped.`,
        hint: 'Write what the error means below the code line.',
      });
      return;
    }
    const [code, ...aliases] = codeLine.codes as [string, ...string[]];
    const earlier = codeLine.codes.map((c) => seen.get(c)).find(Boolean);
    if (earlier) {
      notes.push({
        severity: 'warning',
        file,
        line: headingLine.n,
        column: column(headingLine.visible),
        code,
        message: `${code} already has an entry on line ${earlier.line}; this second one was skipped.`,
        hint: 'Merge the two entries on the page, or remove one.',
      });
      return;
    }
    const entry: PageEntry = {
      code,
      aliases,
      name,
      line: headingLine.n,
      codeLine: codeAt.n,
      descriptionLine: description.line,
      label: codeLine.label,
      description: description.text,
    };
    for (const c of codeLine.codes) seen.set(c, entry);
    entries.push(entry);
  });
  return entries;
}
