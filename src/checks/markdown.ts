/**
 * What the checks need to know about a Markdown text, read once per text.
 * One-line texts of plain text, code spans, links and emphasis (most
 * catalog texts) are read by `readInline`; every other text by markdown-it,
 * the parser the site renders catalog texts with, and the tests hold the
 * two to the same result. This parser keeps raw HTML and every link,
 * whatever its scheme, so that unsafe-markdown can see them; the renderer
 * drops both.
 */
import MarkdownIt from 'markdown-it';
import { BANG, BRACE, INLINE_MARKUP, NOT_INLINE, textFlags } from './text-flags.ts';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface MarkdownFacts {
  /** Inline and block code, as written. */
  readonly codeSpans: readonly string[];
  /** Link and image destinations, as written. */
  readonly links: readonly string[];
  /** `{name}` placeholders outside code. */
  readonly placeholders: readonly string[];
  emphasis: number;
  strong: number;
  listItems: number;
  tableRows: number;
  /** Raw HTML fragments. */
  readonly html: readonly string[];
}

/** MarkdownFacts while they are being gathered. */
type Draft = { -readonly [K in keyof MarkdownFacts]: MarkdownFacts[K] extends readonly (infer T)[] ? T[] : MarkdownFacts[K] };

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

const parser = new MarkdownIt({ html: true, linkify: false });
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

function walk(tokens: Token[], facts: Draft): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'code_inline':
      case 'code_block':
      case 'fence':
        facts.codeSpans.push(t.content);
        break;
      case 'link_open':
        facts.links.push(String(t.attrGet('href') ?? ''));
        break;
      case 'image':
        facts.links.push(String(t.attrGet('src') ?? ''));
        break;
      case 'em_open':
        facts.emphasis++;
        break;
      case 'strong_open':
        facts.strong++;
        break;
      case 'list_item_open':
        facts.listItems++;
        break;
      case 'tr_open':
        facts.tableRows++;
        break;
      case 'html_inline':
      case 'html_block':
        facts.html.push(t.content.trim());
        break;
      case 'text':
        addPlaceholders(t.content, facts);
        break;
    }
    if (t.children) walk(t.children, facts);
  }
}

function emptyFacts(): Draft {
  return { codeSpans: [], links: [], placeholders: [], emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: [] };
}

/** The facts of a text with none, shared (and frozen): most texts have none, and a catalog has many texts. Every reading without facts is this object. */
export const NO_FACTS: MarkdownFacts = Object.freeze({
  codeSpans: Object.freeze([]),
  links: Object.freeze([]),
  placeholders: Object.freeze([]),
  emphasis: 0,
  strong: 0,
  listItems: 0,
  tableRows: 0,
  html: Object.freeze([]),
});

/**
 * The facts as kept: NO_FACTS when there are none, else with each list at
 * its exact length, the empty ones shared. The checks keep every text's
 * facts for the whole run, and a list grown by push() holds room for about
 * sixteen items: on the 10,000-code benchmark catalog that slack was about
 * a third of what a run kept, and the garbage collector copies what is kept.
 */
function done(f: Draft): MarkdownFacts {
  const none = !f.codeSpans.length && !f.links.length && !f.placeholders.length && !f.html.length && !f.emphasis && !f.strong && !f.listItems && !f.tableRows;
  if (none) return NO_FACTS;
  return {
    codeSpans: exact(f.codeSpans),
    links: exact(f.links),
    placeholders: exact(f.placeholders),
    emphasis: f.emphasis,
    strong: f.strong,
    listItems: f.listItems,
    tableRows: f.tableRows,
    html: exact(f.html),
  };
}

/** A list at its exact length; the shared empty list when it is empty. */
function exact(list: string[]): readonly string[] {
  return list.length === 0 ? NO_FACTS.codeSpans : list.slice();
}

/** The facts as markdown-it reads them, whatever the text. */
export function parseMarkdown(text: string): MarkdownFacts {
  const facts = emptyFacts();
  walk(parser.parse(text, {}), facts);
  return done(facts);
}

function addPlaceholders(text: string, facts: Draft): void {
  if (!text.includes('{')) return;
  // exec() over the shared expression: matchAll() would copy it and make an iterator for each text. The loop ends with lastIndex back at 0.
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) facts.placeholders.push(m[1]!);
}

/**
 * Lines a block rule of markdown-it may start, which the inline reader
 * leaves to markdown-it: indentation, a list marker, a heading, a quote, a
 * fence, a thematic break, a link reference definition. So are lines with
 * a character it does not follow (textFlags' NOT_INLINE: a line break, raw
 * HTML or an autolink, an entity, an escape, strikethrough, a NUL, which
 * markdown-it replaces) and images.
 */
const BLOCK_START = /^(?:[\s+\-=#>]|\d{1,9}[.)]|```|\*(?![^ \t])|[*_ \t]+$|\[[^\]]*\]:)/;

/** What markdown-it's paragraph rule trims from a line (ASCII spaces only). */
const { asciiTrim, isMdAsciiPunct, isPunctCharCode, isWhiteSpace } = parser.utils;

/** The length of the run of `code` (a character code) at `at`. */
function runLength(text: string, at: number, code: number): number {
  let end = at;
  while (text.charCodeAt(end) === code) end++;
  return end - at;
}

/** A run of `*` or `_`, and whether it can open or close emphasis, by CommonMark's flanking rules as markdown-it applies them. */
interface Run {
  marker: number;
  length: number;
  open: boolean;
  close: boolean;
}

/** The code point that ends at `at` (a space at the start), as markdown-it's scanDelims reads it. */
function codeBefore(text: string, at: number): number {
  if (at === 0) return 32;
  const c = text.charCodeAt(at - 1);
  if ((c & 0xfc00) === 0xdc00) {
    const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
    return (high & 0xfc00) === 0xd800 ? 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00) : 0xfffd;
  }
  return (c & 0xfc00) === 0xd800 ? 0xfffd : c;
}

/** The code point that starts at `at` (a space at the end), as scanDelims reads it. */
function codeAt(text: string, at: number): number {
  if (at >= text.length) return 32;
  const c = text.charCodeAt(at);
  if ((c & 0xfc00) === 0xd800) {
    const low = text.charCodeAt(at + 1);
    return (low & 0xfc00) === 0xdc00 ? 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00) : 0xfffd;
  }
  return (c & 0xfc00) === 0xdc00 ? 0xfffd : c;
}

function scanRun(text: string, at: number): Run {
  const marker = text.charCodeAt(at);
  const length = runLength(text, at, marker);
  const last = codeBefore(text, at);
  const next = codeAt(text, at + length);
  const lastPunct = isMdAsciiPunct(last) || isPunctCharCode(last);
  const nextPunct = isMdAsciiPunct(next) || isPunctCharCode(next);
  const lastSpace = isWhiteSpace(last);
  const nextSpace = isWhiteSpace(next);
  const left = !nextSpace && (!nextPunct || lastSpace || lastPunct);
  const right = !lastSpace && (!lastPunct || nextSpace || nextPunct);
  // "*" may open or close inside a word, "_" may not.
  const inWord = marker === 42;
  return { marker, length, open: left && (inWord || !right || lastPunct), close: right && (inWord || !left || nextPunct) };
}

/**
 * What ends a run of prose for the placeholders, as a piece: a code span,
 * a link's start or end. Shaped as a delimiter run that opens and closes,
 * as an emphasis delimiter ends the prose too.
 */
const BOUNDARY: Run = Object.freeze({ marker: 0, length: 0, open: true, close: true });

/**
 * Reads a one-line paragraph of text, code spans, inline links
 * (`[text](destination)`) and emphasis (`*a*`, `**a**`, `_a_`) as
 * markdown-it does, or returns null where the line holds anything else or
 * its emphasis is not a plain sequence of pairs (nested, unbalanced,
 * triple): markdown-it reads those. Most catalog texts are such lines, and
 * markdown-it costs about eight times more per line. The tests hold this
 * reader to markdown-it's result on generated lines.
 */
export function readInline(line: string): MarkdownFacts | null {
  const flags = textFlags(line);
  if (flags & NOT_INLINE || (flags & BANG && line.includes('![')) || BLOCK_START.test(line)) return null;
  const text = asciiTrim(line);
  if (!(flags & INLINE_MARKUP)) return flags & BRACE ? placeholdersOnly(text) : NO_FACTS;
  const next = [-2, -2, -2, -2];
  let pos = nextSpecial(text, 0, next);
  if (pos === -1) return flags & BRACE ? placeholdersOnly(text) : NO_FACTS;
  const facts = emptyFacts();
  /** The `*`/`_` runs, in order: emphasis delimiters or text, decided below. */
  const runs: Run[] = [];
  // Placeholders are looked for in the prose between constructs, as markdown-it's text tokens hold it: only a text with a "{" needs it kept, in pieces (text, runs, boundaries).
  const keepText = (flags & BRACE) !== 0;
  const pieces: (string | Run)[] = [];
  let from = 0; // start of the text not yet in a piece
  for (; pos !== -1; pos = nextSpecial(text, pos, next)) {
    const c = text.charCodeAt(pos);
    if (c === 96) {
      // A code span: a run of n backticks closed by the next run of exactly n; else the run is text.
      const n = runLength(text, pos, 96);
      let close = text.indexOf('`', pos + n);
      while (close !== -1 && runLength(text, close, 96) !== n) close = text.indexOf('`', close + runLength(text, close, 96));
      if (close === -1) {
        pos += n;
        continue;
      }
      let content = text.slice(pos + n, close);
      if (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content)) content = content.slice(1, -1);
      facts.codeSpans.push(content);
      if (keepText) {
        if (pos > from) pieces.push(text.slice(from, pos));
        pieces.push(BOUNDARY);
      }
      pos = from = close + n;
    } else if (c === 42 || c === 95) {
      const run = scanRun(text, pos);
      runs.push(run);
      if (keepText) {
        if (pos > from) pieces.push(text.slice(from, pos));
        pieces.push(run);
      }
      pos = from = pos + run.length;
    } else if (c === 91) {
      // A link, only in its plain form: a label of text (no brackets, code, emphasis or image), then "(", a destination without spaces or parentheses, ")".
      LABEL.lastIndex = pos + 1;
      LABEL.test(text);
      const labelEnd = LABEL.lastIndex;
      const stop = text.charCodeAt(labelEnd);
      if (stop !== 93) {
        if (labelEnd < text.length) return null;
        pos++; // no "]" at all: the "[" is text
        continue;
      }
      if (text.charCodeAt(labelEnd + 1) !== 40) {
        pos++; // "[text]" without a destination: text (a text alone defines no references)
        continue;
      }
      DESTINATION.lastIndex = labelEnd + 2;
      DESTINATION.test(text);
      const destEnd = DESTINATION.lastIndex;
      if (text.charCodeAt(destEnd) !== 41) return null;
      facts.links.push(text.slice(labelEnd + 2, destEnd));
      if (keepText) {
        if (pos > from) pieces.push(text.slice(from, pos));
        pieces.push(BOUNDARY);
        // The label is the link's own text token.
        if (labelEnd > pos + 1) pieces.push(text.slice(pos + 1, labelEnd));
        pieces.push(BOUNDARY);
      }
      pos = from = destEnd + 1;
    }
  }
  if (keepText && text.length > from) pieces.push(text.slice(from));

  // Emphasis: a run that can open waits for the next run that can close, of the same marker and length (1 or 2); anything else (nesting, a closer without an opener, a triple run) goes to markdown-it.
  let opener: Run | null = null;
  for (const p of runs) {
    if (!p.open && !p.close) continue;
    if (p.length > 2) return null;
    if (opener) {
      if (!p.close || opener.marker !== p.marker || opener.length !== p.length) return null;
      if (p.length === 1) facts.emphasis++;
      else facts.strong++;
      opener = null;
    } else if (p.open) opener = p;
    else return null;
  }
  if (opener) return null;

  if (keepText) {
    // Text between two constructs is one text token for markdown-it, runs that stay text included.
    let prose = '';
    for (const p of pieces) {
      if (typeof p === 'string') prose += p;
      else if (!p.open && !p.close) prose += String.fromCharCode(p.marker).repeat(p.length);
      else prose = flush(prose, facts);
    }
    flush(prose, facts);
  }
  return done(facts);
}

/** A plain link label's text: up to "]", or to what would make it more than text ("[", "`", "*", "_", "!"). */
const LABEL = /[^[\]`*_!]*/y;
/** A plain link destination: up to ")", or to what would make it more than a plain one (a space, a control character, "(", "`"). */
const DESTINATION = /[^)( `\x00-\x1f\x7f]*/y;
/** What starts a construct the inline reader follows: a code span, a delimiter run, a link. */
const SPECIALS = ['`', '*', '_', '['];

/** The next of SPECIALS at or after `from`, or -1; `next` keeps where each was last found (-2: not looked for yet). */
function nextSpecial(text: string, from: number, next: number[]): number {
  let min = -1;
  for (let k = 0; k < SPECIALS.length; k++) {
    let at = next[k]!;
    if (at !== -1 && at < from) at = next[k] = text.indexOf(SPECIALS[k]!, from);
    if (at !== -1 && (min === -1 || at < min)) min = at;
  }
  return min;
}

/** Adds the placeholders of a run of prose; returns the empty run that follows. */
function flush(prose: string, facts: Draft): string {
  if (prose) addPlaceholders(prose, facts);
  return '';
}

function placeholdersOnly(text: string): MarkdownFacts {
  const facts = emptyFacts();
  addPlaceholders(text, facts);
  return done(facts);
}

/** What the checks need to know about a Markdown text; same result as parseMarkdown, faster on the one-line texts most catalogs hold. */
export function readMarkdown(text: string): MarkdownFacts {
  return readInline(text) ?? parseMarkdown(text);
}
