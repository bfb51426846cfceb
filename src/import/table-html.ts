/**
 * Tables written as HTML inside a Markdown page, read with parse5 (the
 * WHATWG parser Astro's Markdown pipeline uses) with source positions. A
 * cell becomes Markdown: `<code>` a code span, `<a href>` a link, `<br>` a
 * hard break, `<strong>`/`<em>` emphasis; other tags keep only their text.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Cell, Table } from './table.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The tables in one HTML block that starts on page line `firstLine`; nested tables stay inside their cell. */
export function htmlTables(html: string, firstLine: number): Omit<Table, 'sections'>[] {
  const out: Omit<Table, 'sections'>[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && node.tagName === 'table') {
      out.push(table(node, firstLine));
      return;
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }));
  return out;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function lineOf(node: Node, firstLine: number): number {
  return (node.sourceCodeLocation?.startLine ?? 1) + firstLine - 1;
}

function table(node: Element, firstLine: number): Omit<Table, 'sections'> {
  const rows: { cells: Cell[]; head: boolean }[] = [];
  const collect = (n: Node, inHead: boolean) => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') {
      const cells = n.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
      rows.push({ cells: cells.map((c) => ({ text: cellText(c), line: lineOf(c, firstLine) })), head: inHead || (cells.length > 0 && cells.every((c) => c.tagName === 'th')) });
      return;
    }
    if (n.tagName === 'table' && n !== node) return;
    for (const c of n.childNodes) collect(c, inHead || n.tagName === 'thead');
  };
  collect(node, false);
  const headRows = rows.filter((r) => r.head);
  const header = headRows.length > 0 && rows[0]!.head ? rows[0]!.cells : undefined;
  return { syntax: 'html', line: lineOf(node, firstLine), header, rows: rows.filter((r, i) => !(header && i === 0)).map((r) => r.cells) };
}

/** A cell as Markdown: no break at either end, two breaks in a row a new paragraph, at most one blank line. */
function cellText(c: Element): string {
  return tidyBreaks(markdownOf(c, false));
}

function tidyBreaks(md: string): string {
  return md
    .replace(/(?:[ \t]*\\\n[ \t]*){2,}/g, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    // A break before a list item would stay a backslash: the item starts a line of its own anyway.
    .replace(/\\\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])/g, '\n')
    .trim()
    .replace(/^\\\n|\\$/g, '')
    .trim();
}

const TAG = /<\/?[a-z][^>]*>/i;
/** A private-use character that stands for a code span while the HTML is parsed. */
const SPAN = '\uE000';

/**
 * The HTML a pipe or YFM cell holds (`<br/>`, `<b>`, `<code>`, links), as
 * Markdown; code spans are kept as written (`<Error>` in backticks is code,
 * not a tag).
 */
export function cellHtmlToMarkdown(text: string): string {
  const spans: string[] = [];
  const masked = text.replace(/(`+)[\s\S]*?\1/g, (m) => `${SPAN}${spans.push(m) - 1}${SPAN}`);
  if (!TAG.test(masked)) return text;
  const md = parseFragment(masked).childNodes.map((n) => markdownOf(n, true)).join('');
  return tidyBreaks(md).replace(new RegExp(`${SPAN}(\\d+)${SPAN}`, 'g'), (_, i: string) => spans[Number(i)]!);
}

const WRAP: Record<string, string> = { code: '`', strong: '**', b: '**', em: '_', i: '_' };

/** A node's content as Markdown; `keepLines` keeps the line breaks of Markdown text around the tags. */
function markdownOf(node: Node, keepLines: boolean): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.replace(keepLines ? /[ \t]+/g : /\s+/g, ' ');
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\\\n';
  if (node.tagName === 'table') return '';
  const inner = node.childNodes.map((n) => markdownOf(n, keepLines)).join('');
  const wrap = WRAP[node.tagName];
  if (wrap) return inner.trim() ? `${wrap}${node.tagName === 'code' ? inner : inner.trim()}${wrap}` : '';
  if (node.tagName === 'a') {
    const href = node.attrs.find((a) => a.name === 'href')?.value;
    return href ? `[${inner.trim()}](${href})` : inner;
  }
  if (node.tagName === 'p' || node.tagName === 'div' || node.tagName === 'li') return `${inner.trim()}\n\n`;
  return inner;
}
