/**
 * The one markdown-it configuration for catalog texts: CommonMark with GFM
 * tables and strikethrough, no linkify, no typographer, no images. The
 * site renders with it (`renderingParser`), and the checks, the formatter
 * and the importer read with it (`readingParser`), so that what they read
 * is what the page shows. The two differ only where the reader must see
 * what the page refuses: raw HTML and unsafe links, which the
 * unsafe-markdown check reports.
 */
import MarkdownIt, { type Env, type StateInline, type Token } from 'markdown-it';
import { isSafeHref, renderHref } from '../safe-href.ts';

export type { Token };
type MarkdownParser = InstanceType<typeof MarkdownIt>;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

function configured(html: boolean): MarkdownParser {
  const md = new MarkdownIt({ html, linkify: false, typographer: false });
  md.disable('image');
  return md;
}

/**
 * The parser pages render catalog Markdown with: raw HTML is escaped, a link that is not http(s), mailto, tel or a path stays text,
 * and one that leaves the site without a scheme ("//host/p", "/\host/") is written as the https link browsers make of it.
 */
export function renderingParser(): MarkdownParser {
  const md = configured(false);
  md.validateLink = isSafeHref;
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url) => normalizeLink(renderHref(url));
  return md;
}

/**
 * Offsets (into an inline token's content) that the reading parser records
 * while it parses the token: what is markup rather than prose, and where
 * each code span, link and piece of raw HTML is, in token order.
 */
export interface InlineMarks {
  /** [from, to) pairs: code spans, a link's brackets and destination, autolinks, raw HTML, entities. */
  hide: number[];
  /** [start, end) of each code span. */
  code: number[];
  /** Start of each link (its "[" or "<"). */
  link: number[];
  /** Start of each piece of inline raw HTML. */
  html: number[];
}

/** The parse environment of the reading parser: the marks of each inline token. */
export interface ReadingEnv extends Env {
  marks: Map<Token, InlineMarks>;
  current?: InlineMarks;
}

/** The parser the readers use: the renderer's rules, keeping raw HTML and every link as written, and recording offsets (InlineMarks). */
export function readingParser(): MarkdownParser {
  const md = configured(true);
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.core.ruler.at('inline', (state) => {
    const env = state.env as ReadingEnv;
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      env.current = { hide: [], code: [], link: [], html: [] };
      env.marks.set(token, env.current);
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? []);
    }
  });
  /** Wraps the inline rule `name`: when it makes a token of type `made`, `after` records where. */
  const record = (name: string, made: string, after: (marks: InlineMarks, start: number, end: number, labelEnd: number) => void): void => {
    const rule = md.inline.ruler.__rules__.find((r) => r.name === name)!.fn as InlineRule;
    md.inline.ruler.at(name, (state, silent) => {
      const start = state.pos;
      const labelEnd = !silent && name === 'link' ? state.md.helpers.parseLinkLabel(state, start, true) : -1;
      const count = state.tokens.length;
      if (!rule(state, silent)) return false;
      const marks = (state.env as ReadingEnv).current;
      // A rule may succeed without a token: backticks without a closing run, a "&" that starts no entity, become text.
      if (!silent && marks && state.tokens.slice(count).some((t) => t.type === made)) after(marks, start, state.pos, labelEnd);
      return true;
    });
  };
  record('backticks', 'code_inline', (m, start, end) => {
    m.hide.push(start, end);
    m.code.push(start, end);
  });
  record('link', 'link_open', (m, start, end, labelEnd) => {
    m.hide.push(start, start + 1, labelEnd, end);
    m.link.push(start);
  });
  record('autolink', 'link_open', (m, start, end) => {
    m.hide.push(start, end);
    m.link.push(start);
  });
  record('html_inline', 'html_inline', (m, start, end) => {
    m.hide.push(start, end);
    m.html.push(start);
  });
  record('entity', 'text_special', (m, start, end) => m.hide.push(start, end));
  return md;
}
