/**
 * Catalog Markdown -> HTML that is safe to put in a page: GFM, then
 * rehype-sanitize with GitHub's schema (no raw HTML, no script, no event
 * handlers, only http(s)/mailto/tel links). External links get
 * rel="noopener" and open in the same tab.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

const schema = {
  ...defaultSchema,
  clobberPrefix: 'md-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

const cache = new Map<string, string>();

export function renderMarkdown(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = String(processor.processSync(markdown));
  cache.set(markdown, html);
  return html;
}

/** One paragraph rendered without its <p>: for table cells and short lines. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
