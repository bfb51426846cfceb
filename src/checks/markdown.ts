/**
 * What the checks need to know about a Markdown text, read once per text
 * with markdown-it (the parser the site renders catalog texts with) and
 * cached. This parser keeps raw HTML and every link, whatever its scheme,
 * so that unsafe-markdown can see them; the renderer drops both.
 */
import MarkdownIt from 'markdown-it';
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

function done(f: Draft): MarkdownFacts {
  const none = !f.codeSpans.length && !f.links.length && !f.placeholders.length && !f.html.length && !f.emphasis && !f.strong && !f.listItems && !f.tableRows;
  return none ? NO_FACTS : f;
}

/** The facts as markdown-it reads them, whatever the text. */
export function parseMarkdown(text: string): MarkdownFacts {
  const facts = emptyFacts();
  walk(parser.parse(text, {}), facts);
  return done(facts);
}

/**
 * One line that no block rule of markdown-it can start (not indented, no
 * list marker, no heading, quote, fence, table or HTML) and with no
 * character an inline rule reacts to (emphasis, links, images, autolinks,
 * HTML, entities, escapes, strikethrough), except backticks: markdown-it
 * reads it as one paragraph of text tokens and code spans. Most catalog
 * texts are such lines.
 */
const PLAIN_LINE = /^(?![\s+\-=]|\d{1,9}[.)]|```)[^*_[\]<>!|#\\~&\n\r]*$/;

function addPlaceholders(text: string, facts: Draft): void {
  if (text.includes('{')) for (const m of text.matchAll(PLACEHOLDER)) facts.placeholders.push(m[1]!);
}

/** The length of the run of backticks at `at`. */
function tickRun(text: string, at: number): number {
  let end = at;
  while (text.charCodeAt(end) === 96) end++;
  return end - at;
}

/**
 * A plain line's code spans and placeholders, by CommonMark's rule for code
 * spans (as markdown-it applies it): a run of n backticks opens a span that
 * the next run of exactly n closes; an opener without a closer is text.
 */
function readPlainLine(line: string, facts: Draft): void {
  const text = line.trimEnd();
  let from = 0; // start of the text not yet read as prose
  let open = text.indexOf('`');
  while (open !== -1) {
    const n = tickRun(text, open);
    let close = text.indexOf('`', open + n);
    while (close !== -1 && tickRun(text, close) !== n) close = text.indexOf('`', close + tickRun(text, close));
    if (close === -1) {
      open = text.indexOf('`', open + n);
      continue;
    }
    addPlaceholders(text.slice(from, open), facts);
    let content = text.slice(open + n, close);
    if (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content)) content = content.slice(1, -1);
    facts.codeSpans.push(content);
    from = close + n;
    open = text.indexOf('`', from);
  }
  addPlaceholders(text.slice(from), facts);
}

/** What the checks need to know about a Markdown text; same result as parseMarkdown, faster on plain lines. */
export function readMarkdown(text: string): MarkdownFacts {
  if (!PLAIN_LINE.test(text)) return parseMarkdown(text);
  if (!text.includes('`') && !text.includes('{')) return NO_FACTS;
  const facts = emptyFacts();
  readPlainLine(text, facts);
  return done(facts);
}
