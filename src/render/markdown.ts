/**
 * Catalog Markdown -> HTML that is safe to put in a page, with the one
 * markdown-it configuration the checks read with (src/catalog/text): raw
 * HTML is escaped, never rendered; a link whose target is not http(s),
 * mailto, tel or a path stays plain text; images are not rendered. The
 * unsafe-markdown check reports such input before it gets here.
 */
import { renderingParser } from '../catalog/text/markdown-it.ts';

const md = renderingParser();

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
