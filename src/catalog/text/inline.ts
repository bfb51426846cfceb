/**
 * The fast path of the reading (read.ts): a one-line paragraph of text,
 * code spans, inline links and emphasis, read as markdown-it reads it,
 * without markdown-it. Most catalog texts are such lines, and markdown-it
 * costs several times more per line (BENCHMARKS.md). Property tests hold
 * this reader to markdown-it's, offsets included.
 */
import { addPlaceholders, done, emptyFacts, NO_FACTS, PLAIN, pushRange, type TextReading } from './facts.ts';
import { BANG, BRACE, INLINE_MARKUP, NOT_INLINE, textFlags } from './flags.ts';
import { parser } from './tree.ts';

/**
 * Lines a block rule of markdown-it may start, which the inline reader
 * leaves to markdown-it: indentation, a list marker, a heading, a quote, a
 * fence, a thematic break, a link reference definition. So are lines with
 * a character it does not follow (textFlags' NOT_INLINE: a line break, raw
 * HTML or an autolink, an entity, an escape, strikethrough, a NUL, which
 * markdown-it replaces) and images.
 */
const BLOCK_START = /^(?:[\s+\-=#>]|\d{1,9}[.)]|```|\*(?![^ \t])|[*_ \t]+$|\[[^\]]*\]:)/;

const { isMdAsciiPunct, isPunctCharCode, isWhiteSpace } = parser.utils;

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
 * Reads a one-line paragraph of text, code spans, inline links
 * (`[text](destination)`) and emphasis (`*a*`, `**a**`, `_a_`) as
 * markdown-it does, or returns null where the line holds anything else or
 * its emphasis is not a plain sequence of pairs (nested, unbalanced,
 * triple): markdown-it reads those.
 */
export function readInline(line: string): TextReading | null {
  const flags = textFlags(line);
  if (flags & NOT_INLINE || (flags & BANG && line.includes('![')) || BLOCK_START.test(line)) return null;
  // markdown-it's paragraph trims spaces and tabs at the end (a line that starts with one is left to it above).
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  const text = end === line.length ? line : line.slice(0, end);
  const hidden: number[] = [];
  const next = [-2, -2, -2, -2];
  let pos = flags & INLINE_MARKUP ? nextSpecial(text, 0, next) : -1;
  if (pos === -1) {
    pushRange(hidden, end, line.length);
    if (!(flags & BRACE)) return hidden.length ? { facts: NO_FACTS, hidden } : PLAIN;
    const facts = emptyFacts();
    addPlaceholders(text, hidden, facts);
    return { facts: done(facts), hidden };
  }
  const facts = emptyFacts();
  /** The `*`/`_` runs, in order: emphasis delimiters or text, decided below. */
  const runs: Run[] = [];
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
      facts.codeSpanAt.push(pos);
      facts.codeSpanEnd.push(close + n);
      pushRange(hidden, pos, close + n);
      pos = close + n;
    } else if (c === 42 || c === 95) {
      const run = scanRun(text, pos);
      runs.push(run);
      pos += run.length;
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
      facts.linkAt.push(pos);
      pushRange(hidden, pos, pos + 1);
      pushRange(hidden, labelEnd, destEnd + 1);
      pos = destEnd + 1;
    }
  }
  pushRange(hidden, end, line.length);

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
  if (flags & BRACE) addPlaceholders(text, hidden, facts);
  return { facts: done(facts), hidden };
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

