/**
 * Catalog Markdown -> HTML that is safe to put in a page, with markdown-it:
 * CommonMark plus GFM tables and strikethrough; raw HTML is escaped, never
 * rendered (`html: false`); a link whose target is not http(s), mailto, tel
 * or a path stays plain text, one that leaves the site without a scheme gets
 * https:; images are not rendered. The unsafe-markdown
 * check reports such input before it gets here.
 */
import MarkdownIt from 'markdown-it';
import { isSafeHref, renderHref } from '../catalog/safe-href.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = isSafeHref;
// A link without a scheme that leaves the site ("//host/p", "/\host/") is written as the https link browsers make of it.
const normalizeLink = md.normalizeLink.bind(md);
md.normalizeLink = (url) => normalizeLink(renderHref(url));
md.disable('image');

const cache = new Map<string, string>();

export function renderMarkdown(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = md.render(markdown);
    if (cache.size > 100_000) cache.clear();
    cache.set(markdown, html);
  }
  return html;
}

/** One paragraph rendered without its <p>: for table cells and short lines. */
export function renderInline(markdown: string): string {
  return md.renderInline(markdown);
}
