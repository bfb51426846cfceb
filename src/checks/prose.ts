/**
 * Where a Markdown text is prose: the characters a reader sees as words and
 * punctuation, as opposed to code spans, link and autolink addresses, raw
 * HTML, Markdown markup and `{placeholders}`. Read with markdown-it (the
 * parser the site renders texts with); a text token found nowhere in the
 * source (an escape or an entity changed it) is left out, so a rule that
 * edits prose never touches what it did not recognise. The same reading
 * gives the literals a translation must keep (code spans, placeholders),
 * which the XLIFF export protects.
 */
import MarkdownIt from 'markdown-it';
import { PLACEHOLDER } from './markdown.ts';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const parser = new MarkdownIt({ html: true, linkify: false });
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

/** [start, end) offsets into the text. */
export type Range = [number, number];

/** The text's prose, as sorted, non-overlapping ranges. */
export function proseRanges(text: string): Range[] {
  return read(text).prose;
}

/** A part of a text a translator must copy as it is: a code span (with its backticks) or a `{placeholder}`. */
export interface Literal {
  start: number;
  end: number;
  kind: 'code' | 'placeholder';
}

/** The text's code spans and placeholders, in order. */
export function literals(text: string): Literal[] {
  return read(text).literals;
}

function read(text: string): { prose: Range[]; literals: Literal[] } {
  const out: Range[] = [];
  const lits: Literal[] = [];
  let cursor = 0;
  const skipTo = (s: string) => {
    const at = s ? text.indexOf(s, cursor) : -1;
    if (at !== -1) cursor = at + s.length;
  };
  const inline = (children: Token[]) => {
    let inAutolink = false;
    for (const t of children) {
      switch (t.type) {
        case 'text': {
          if (inAutolink) {
            skipTo(t.content);
            break;
          }
          const at = t.content ? text.indexOf(t.content, cursor) : -1;
          if (at === -1) break;
          out.push(...withoutPlaceholders(text, at, at + t.content.length, lits));
          cursor = at + t.content.length;
          break;
        }
        case 'code_inline': {
          // From the opening run of backticks past the closing one.
          const open = text.indexOf(t.markup, cursor);
          if (open === -1) break;
          const close = text.indexOf(t.markup, open + t.markup.length);
          cursor = close === -1 ? open + t.markup.length : close + t.markup.length;
          if (close !== -1) lits.push({ start: open, end: cursor, kind: 'code' });
          break;
        }
        case 'link_open':
          inAutolink = t.markup === 'autolink';
          break;
        case 'link_close':
          if (inAutolink) {
            inAutolink = false;
            skipTo('>');
          } else {
            skipTo(String(t.attrGet('href') ?? ''));
            skipTo(')');
          }
          break;
        case 'html_inline':
          skipTo(t.content);
          break;
      }
    }
  };
  for (const t of parser.parse(text, {})) {
    if (t.type === 'inline' && t.children) inline(t.children);
    else if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') skipTo(t.content);
  }
  return { prose: out, literals: lits };
}

/** [start, end) without the `{placeholders}` in it, which go to `lits`. */
function withoutPlaceholders(text: string, start: number, end: number, lits: Literal[]): Range[] {
  const part = text.slice(start, end);
  if (!part.includes('{')) return [[start, end]];
  const out: Range[] = [];
  let from = start;
  for (const m of part.matchAll(PLACEHOLDER)) {
    const at = start + m.index;
    if (at > from) out.push([from, at]);
    from = at + m[0].length;
    lits.push({ start: at, end: from, kind: 'placeholder' });
  }
  if (from < end) out.push([from, end]);
  return out;
}

/** A per-character mask of the prose ranges. */
export function proseMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const [s, e] of proseRanges(text)) mask.fill(1, s, e);
  return mask;
}
