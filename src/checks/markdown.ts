/**
 * What the checks need to know about a Markdown text, read once per text
 * with remark (the same parser the site renders with) and cached.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

export interface MarkdownFacts {
  tree: Root;
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

const parser = unified().use(remarkParse).use(remarkGfm);
const cache = new Map<string, MarkdownFacts>();

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function readMarkdown(text: string): MarkdownFacts {
  const hit = cache.get(text);
  if (hit) return hit;
  const tree = parser.parse(text) as Root;
  const facts: MarkdownFacts = { tree, codeSpans: [], links: [], placeholders: [], emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: [] };
  visit(tree, (node) => {
    switch (node.type) {
      case 'inlineCode':
      case 'code':
        facts.codeSpans.push(node.value);
        break;
      case 'link':
      case 'image':
      case 'definition':
        facts.links.push(node.url);
        break;
      case 'emphasis':
        facts.emphasis++;
        break;
      case 'strong':
        facts.strong++;
        break;
      case 'listItem':
        facts.listItems++;
        break;
      case 'tableRow':
        facts.tableRows++;
        break;
      case 'html':
        facts.html.push(node.value);
        break;
      case 'text':
        for (const m of node.value.matchAll(PLACEHOLDER)) facts.placeholders.push(m[1]!);
        break;
    }
  });
  if (cache.size > 50_000) cache.clear();
  cache.set(text, facts);
  return facts;
}
