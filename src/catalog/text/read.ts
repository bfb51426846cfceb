/**
 * The one reading of a catalog text: what the page renders it as, with
 * offsets into the text as written. Every user reads through here: the
 * checks (code spans, links, placeholders, structure, and the prose the
 * quantity reader reads), the formatter (which placeholders to fill), the
 * importer (which words are prose).
 *
 * One-line texts of plain text, code spans, links and emphasis (most
 * catalog texts) are read by `readInline`; every other text by markdown-it
 * with the site's configuration (`readTree`). Property tests hold the two
 * to the same result, offsets included, and the reading parser to the
 * renderer.
 */
import type { MarkdownFacts, TextReading } from './facts.ts';
import { readInline } from './inline.ts';
import { readTree } from './tree.ts';

export { NO_FACTS, PLACEHOLDER, type MarkdownFacts, type TextReading } from './facts.ts';

/** Reads a text as the site renders it. Never throws on a string. */
export function readText(text: string): TextReading {
  return readInline(text) ?? readTree(text);
}

/** The Markdown facts of a text (readText without the prose ranges). */
export function readMarkdown(text: string): MarkdownFacts {
  return readText(text).facts;
}

/** `text` with what is hidden replaced by `fill` (one per UTF-16 unit; line breaks stay), so offsets are kept. */
export function proseOf(text: string, hidden: readonly number[], fill: string): string {
  if (!hidden.length) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < hidden.length; k += 2) {
    const from = hidden[k]!;
    const to = hidden[k + 1]!;
    const part = text.slice(from, to);
    out += text.slice(at, from) + (/[\n\r]/.test(part) ? part.replace(/[^\n\r]/g, fill) : fill.repeat(to - from));
    at = to;
  }
  return out + text.slice(at);
}
