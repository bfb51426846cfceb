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
  codeSpans: string[];
  /** Link and image destinations, as written. */
  links: string[];
  /** `{name}` placeholders outside code. */
  placeholders: string[];
  emphasis: number;
  strong: number;
  listItems: number;
  tableRows: number;
  /** Raw HTML fragments. */
  html: string[];
}

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

const parser = new MarkdownIt({ html: true, linkify: false });
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

function walk(tokens: Token[], facts: MarkdownFacts): void {
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
        if (t.content.includes('{')) for (const m of t.content.matchAll(PLACEHOLDER)) facts.placeholders.push(m[1]!);
        break;
    }
    if (t.children) walk(t.children, facts);
  }
}

export function emptyFacts(): MarkdownFacts {
  return { codeSpans: [], links: [], placeholders: [], emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: [] };
}

/** The facts as markdown-it reads them, whatever the text. */
export function parseMarkdown(text: string): MarkdownFacts {
  const facts = emptyFacts();
  walk(parser.parse(text, {}), facts);
  return facts;
}

/**
 * One line that no block rule of markdown-it can start (not indented, no
 * list marker, no heading, quote, fence, table or HTML) and with no
 * character an inline rule reacts to (code, emphasis, links, images,
 * autolinks, HTML, entities, escapes, strikethrough): markdown-it reads it
 * as one paragraph of one text token. Most catalog texts are such lines.
 */
const PLAIN_LINE = /^(?![\s+\-=]|\d{1,9}[.)])[^`*_[\]<>!|#\\~&\n\r]*$/;

/** What the checks need to know about a Markdown text; same result as parseMarkdown, faster on plain lines. */
export function readMarkdown(text: string): MarkdownFacts {
  if (!PLAIN_LINE.test(text)) return parseMarkdown(text);
  const facts = emptyFacts();
  if (text.includes('{')) for (const m of text.matchAll(PLACEHOLDER)) facts.placeholders.push(m[1]!);
  return facts;
}
