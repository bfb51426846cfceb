/**
 * The page that sends a reader to a path in their language (short links,
 * /{provider}/{CODE}/, `/`), as HTML text: LangRedirect.astro renders `/`
 * from these pieces, and the build writes the tens of thousands of others
 * as plain files (src/integrations/plain-files.ts), byte for byte as Astro
 * would. /lang.js picks the first browser language the site publishes;
 * without JavaScript a meta refresh goes to the default locale (unless
 * `stay`), and the links offer every language.
 */
import type { Catalog } from '../catalog/load.ts';
import { langIn, pickIn } from './data.ts';
import { CSP_META } from './security.ts';
import { escapeHtml } from '../render/escape.ts';

export interface LangRedirect {
  /** The path with `{locale}` where the locale goes. */
  target: string;
  title: string;
  /** Without JavaScript, show the page instead of refreshing to the default locale. */
  stay?: boolean;
}

/** As Astro escapes an attribute value; a text, as escapeHtml. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const localesOf = (cat: Catalog) => cat.site.locales.map((l) => ({ id: l.id, lang: langIn(cat, l.id), name: l.name }));

/** The <html> element's language: the default locale's. */
export const redirectLang = (cat: Catalog) => langIn(cat, cat.site.defaultLocale);

/** What <head> holds after the charset and the security policy; Astro adds the stylesheets after it. */
export function redirectHead(cat: Catalog, { target, title, stay = false }: LangRedirect): string {
  const site = cat.site;
  const locales = localesOf(cat);
  const fallback = target.replace('{locale}', site.defaultLocale);
  const alternates = locales.map((l) => `<link rel="alternate" hreflang="${attr(l.lang)}" href="${attr(new URL(target.replace('{locale}', l.id), site.url).href)}">`).join('');
  return (
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<meta name="description" content="${attr(pickIn(cat, site.tagline, site.defaultLocale))}">` +
    `<link rel="canonical" href="${attr(new URL(fallback, site.url).href)}">${alternates}` +
    `<link rel="icon" href="/favicon.svg" type="image/svg+xml">${stay ? '' : '<meta name="robots" content="noindex">'}` +
    `<meta name="errcat-locales" content="${attr(JSON.stringify(locales.map((l) => ({ id: l.id, lang: l.lang }))))}">` +
    `<meta name="errcat-default" content="${attr(site.defaultLocale)}"><meta name="errcat-target" content="${attr(target)}">` +
    `<script src="/lang.js"></script>${stay ? '' : `<noscript><meta http-equiv="refresh" content="${attr(`0; url=${fallback}`)}"></noscript>`}`
  );
}

/** The body's links, one per language, and the site's name. */
export function redirectLinks(cat: Catalog, target: string): string {
  const items = localesOf(cat).map((l) => `<li lang="${attr(l.lang)}"><a href="${attr(target.replace('{locale}', l.id))}" hreflang="${attr(l.lang)}">${escapeHtml(l.name)}</a></li>`);
  return `<ul>${items.join('')}</ul><p class="muted">${escapeHtml(pickIn(cat, cat.site.name, cat.site.defaultLocale))}</p>`;
}

/** The whole page, as a build renders LangRedirect.astro with its default body; `stylesheets` are the <link> tags Astro bundled for it. */
export function redirectPage(cat: Catalog, page: LangRedirect, stylesheets: string): string {
  return (
    `<!DOCTYPE html><html lang="${attr(redirectLang(cat))}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${attr(CSP_META)}">` +
    `${redirectHead(cat, page)}${stylesheets}</head><body><main id="main" class="wrap"><h1>${escapeHtml(page.title)}</h1>${redirectLinks(cat, page.target)}</main></body></html>`
  );
}
