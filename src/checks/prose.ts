/**
 * Where a Markdown text is prose: the characters a reader sees as words and
 * punctuation, as opposed to code, link and autolink addresses, raw HTML,
 * Markdown markup, entities and `{placeholders}`. Taken from the one reading
 * of a text (src/catalog/text), so a rule that edits prose touches only what
 * the page shows as words. The same reading gives the literals a translation
 * must keep (code spans, placeholders), which the XLIFF export protects.
 */
import { readText } from '../catalog/text/read.ts';

/** [start, end) offsets into the text. */
export type Range = [number, number];

/** A part of a text a translator must copy as it is: a code span (with its backticks) or a `{placeholder}`. */
export interface Literal {
  start: number;
  end: number;
  kind: 'code' | 'placeholder';
}

/** The text's code spans and placeholders, in text order. */
export function literals(text: string): Literal[] {
  const { codeSpanAt, codeSpanEnd, placeholders, placeholderAt } = readText(text).facts;
  const code = codeSpanAt.map((start, k): Literal => ({ start, end: codeSpanEnd[k]!, kind: 'code' }));
  const names = placeholderAt.map((start, k): Literal => ({ start, end: start + placeholders[k]!.length + 2, kind: 'placeholder' }));
  return [...code, ...names].sort((a, b) => a.start - b.start);
}

/** The text's prose, as sorted, non-overlapping ranges: what is neither hidden from the reader nor a placeholder. */
export function proseRanges(text: string): Range[] {
  const { facts, hidden } = readText(text);
  const cuts: Range[] = [];
  for (let k = 0; k < hidden.length; k += 2) cuts.push([hidden[k]!, hidden[k + 1]!]);
  facts.placeholderAt.forEach((at, k) => cuts.push([at, at + facts.placeholders[k]!.length + 2]));
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    if (s > from) out.push([from, s]);
    from = Math.max(from, e);
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** A per-character mask of the prose ranges. */
export function proseMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const [s, e] of proseRanges(text)) mask.fill(1, s, e);
  return mask;
}
