/**
 * The reading of any text by markdown-it, with the site's configuration:
 * the facts from its tokens, and where each is in the text. markdown-it
 * gives lines for blocks only, so the reading parser records offsets into
 * each inline token's content (InlineMarks), and `mapContent` finds that
 * content in the text (a paragraph's lines cut of their indentation and
 * markers, a table cell, a heading's words).
 */
import { addPlaceholders, done, emptyFacts, type Draft, type TextReading } from './facts.ts';
import { readingParser, type InlineMarks, type ReadingEnv, type Token } from './markdown-it.ts';

export const parser = readingParser();

/** Reads `text` with markdown-it. */
export function readTree(text: string): TextReading {
  const env: ReadingEnv = { marks: new Map() };
  const tokens = parser.parse(text, env);
  const lines = new Lines(text);
  const visible = new Uint8Array(text.length);
  const facts = emptyFacts();
  let inCell = false;
  for (const t of tokens) {
    switch (t.type) {
      case 'inline': {
        const map = mapContent(lines, t.content, t.map?.[0] ?? lines.current, inCell);
        readInlineToken(t, env.marks.get(t), map, visible, facts);
        break;
      }
      case 'code_block':
      case 'fence': {
        facts.codeSpans.push(t.content);
        facts.codeSpanAt.push(lines.firstChar(t.map![0]));
        facts.codeSpanEnd.push(lines.end(t.map![1] - 1));
        break;
      }
      case 'html_block':
        facts.html.push(t.content.trim());
        facts.htmlAt.push(lines.firstChar(t.map![0]));
        break;
      case 'list_item_open':
        facts.listItems++;
        break;
      case 'tr_open':
        facts.tableRows++;
        break;
      case 'th_open':
      case 'td_open':
        inCell = true;
        break;
      case 'th_close':
      case 'td_close':
        inCell = false;
        break;
    }
    if (t.map) lines.current = t.map[0];
  }
  const hidden: number[] = [];
  for (let i = 0; i < visible.length; ) {
    if (visible[i]) {
      i++;
      continue;
    }
    const from = i;
    while (i < visible.length && !visible[i]) i++;
    hidden.push(from, i);
  }
  addPlaceholders(text, hidden, facts);
  return { facts: done(facts), hidden };
}

function readInlineToken(t: Token, marks: InlineMarks | undefined, map: Int32Array, visible: Uint8Array, facts: Draft): void {
  for (let k = 0; k < t.content.length; k++) if (t.content.charCodeAt(k) !== 10) visible[map[k]!] = 1;
  if (!marks) return;
  const hide = marks.hide;
  for (let h = 0; h < hide.length; h += 2) for (let k = hide[h]!; k < hide[h + 1]!; k++) visible[map[k]!] = 0;
  let code = 0;
  let link = 0;
  let html = 0;
  for (const c of t.children ?? []) {
    switch (c.type) {
      case 'code_inline':
        facts.codeSpans.push(c.content);
        facts.codeSpanAt.push(map[marks.code[code]!]!);
        facts.codeSpanEnd.push(map[marks.code[code + 1]! - 1]! + 1);
        code += 2;
        break;
      case 'link_open':
        facts.links.push(String(c.attrGet('href') ?? ''));
        facts.linkAt.push(map[marks.link[link++]!]!);
        break;
      case 'html_inline':
        facts.html.push(c.content.trim());
        facts.htmlAt.push(map[marks.html[html++]!]!);
        break;
      case 'em_open':
        facts.emphasis++;
        break;
      case 'strong_open':
        facts.strong++;
        break;
    }
  }
}

/** The text's lines as markdown-it counts them ("\n", "\r\n" or "\r" ends one), and how far each has been read. */
class Lines {
  readonly text: string;
  readonly starts: number[] = [0];
  /** Per line, where the next piece of inline content may start (table cells share a line). */
  readonly cursor: number[] = [];
  /** The line of the last block token with a map (a table cell's inline token has none). */
  current = 0;

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  start(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)]!;
  }

  /** Where the line's break is (or the text's end). */
  end(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1]!;
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  /** The line's first character that is not a space or tab. */
  firstChar(line: number): number {
    let i = this.start(line);
    const end = this.end(line);
    while (i < end && (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9)) i++;
    return i;
  }
}

/**
 * For each character of an inline token's content, where it is in the
 * text; the content's line breaks map to the text's. The token's lines
 * start at `line`. A paragraph line is the end of its source line (what
 * markdown-it cut is indentation and markers) and the last one may be
 * trimmed; a cell or a heading is found from where the line was read to.
 */
function mapContent(lines: Lines, content: string, line: number, cell: boolean): Int32Array {
  const map = new Int32Array(content.length);
  const text = lines.text;
  for (let k = 0, l = line; ; l++) {
    const nl = content.indexOf('\n', k);
    const to = nl === -1 ? content.length : nl;
    const lineEnd = l < lines.starts.length ? lines.end(l) : text.length;
    const from = Math.max(lines.start(l), lines.cursor[l] ?? 0);
    if (to > k) {
      const piece = content.slice(k, to);
      let at = !cell && text.startsWith(piece, lineEnd - piece.length) && lineEnd - piece.length >= from ? lineEnd - piece.length : text.indexOf(piece, from);
      if (at !== -1 && at + piece.length <= lineEnd) for (let i = 0; i < piece.length; i++) map[k + i] = at + i;
      else align(text, content, k, to, from, lineEnd, map);
      lines.cursor[l] = map[to - 1]! + 1;
    }
    if (nl === -1) return map;
    map[nl] = lineEnd;
    k = nl + 1;
  }
}

/**
 * Maps content[from, to) onto the text's [lineFrom, lineTo) where the
 * content is not a plain slice of it: markdown-it wrote a tab out as
 * spaces, unescaped "\|" in a table cell or replaced a NUL with U+FFFD.
 * Each character goes to the next one of the line it can stand for.
 */
function align(text: string, content: string, from: number, to: number, lineFrom: number, lineTo: number, map: Int32Array): void {
  let i = lineFrom;
  for (let k = from; k < to; k++) {
    const c = content.charCodeAt(k);
    if (c === 32 && i > lineFrom && text.charCodeAt(i - 1) === 9 && text.charCodeAt(i) !== 32) {
      map[k] = i - 1; // one of the spaces a tab became
      continue;
    }
    while (i < lineTo - 1 && text.charCodeAt(i) !== c && !(c === 0xfffd && text.charCodeAt(i) === 0) && !(c === 32 && text.charCodeAt(i) === 9)) i++;
    map[k] = Math.min(i, Math.max(lineFrom, lineTo - 1));
    if (i < lineTo) i++;
  }
}
