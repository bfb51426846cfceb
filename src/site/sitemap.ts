/** sitemap.xml: every content page, with its hreflang alternates. */
import type { Catalog } from '../catalog/load.ts';
import { langIn } from './data.ts';
import { contentPages } from '../catalog/routes.ts';
import { switchLocale } from '../catalog/urls.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sitemapXml(cat: Catalog, guides: string[]): string {
  const base = cat.site.url;
  const ids = cat.site.locales.map((l) => l.id);
  const entries = contentPages(cat, guides).map((page) => {
    const from = page.split('/')[1]!;
    const alternates = ids.map((l) => `    <xhtml:link rel="alternate" hreflang="${langIn(cat, l)}" href="${esc(new URL(switchLocale(page, from, l), base).href)}"/>`).join('\n');
    return `  <url>\n    <loc>${esc(new URL(page, base).href)}</loc>\n${alternates}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
