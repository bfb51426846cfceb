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

const cache = new Map<string, MarkdownFacts>();

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

/** Drops what readMarkdown remembers (runChecks calls it when done). */
export function forgetMarkdown(): void {
  cache.clear();
}

export function readMarkdown(text: string): MarkdownFacts {
  const hit = cache.get(text);
  if (hit) return hit;
  const facts: MarkdownFacts = { codeSpans: [], links: [], placeholders: [], emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: [] };
  walk(parser.parse(text, {}), facts);
  if (cache.size > 500_000) cache.clear();
  cache.set(text, facts);
  return facts;
}
