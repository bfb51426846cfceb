/**
 * Every URL the site publishes and every redirect, computed from the catalog
 * alone (no Astro): the pages use it, the manifest check compares it with
 * the committed urls.txt, and _redirects and sitemap.xml are written from it.
 */
import type { Catalog } from './load.ts';
import { urls } from './urls.ts';

export interface Redirect {
  from: string;
  to: string;
  /**
   * 301 where the target never changes (an alias and its code); 302 where it
   * depends on the reader's language, which a browser must not cache
   * forever; 404 for a locale's own not-found page, served at the path asked for.
   */
  status: 301 | 302 | 404;
  /** Applies even where a file exists at `from` (Netlify's `!`): the language-neutral pages exist, for hosts without conditions. */
  force?: boolean;
  /** Netlify's conditions, e.g. `Language=ru`. Hosts without conditions (Cloudflare Pages) ignore such lines and serve the page that chooses the language in the browser. */
  conditions?: string;
}

/** A line of a `_redirects` file (Netlify and Cloudflare Pages syntax). */
export function redirectLine(r: Redirect): string {
  return [r.from, r.to, `${r.status}${r.force ? '!' : ''}`, ...(r.conditions ? [r.conditions] : [])].join(' ');
}

const shortLinkCache = new WeakMap<Catalog, Map<string, { provider: string; code: string }[]>>();

/** Short-link targets: a code or alias -> the providers that have it. */
export function shortLinks(catalog: Catalog): Map<string, { provider: string; code: string }[]> {
  const cached = shortLinkCache.get(catalog);
  if (cached) return cached;
  const map = new Map<string, { provider: string; code: string }[]>();
  for (const p of catalog.providers)
    for (const c of p.codes)
      for (const name of [c.code, ...c.aliases]) {
        const list = map.get(name) ?? [];
        if (!list.some((x) => x.provider === p.id && x.code === c.code)) list.push({ provider: p.id, code: c.code });
        map.set(name, list);
      }
  shortLinkCache.set(catalog, map);
  return map;
}

/**
 * The language-neutral link to a code, for tickets: /e/{CODE}/ where only
 * this provider has the code, else /{provider}/{CODE}/ (/e/{CODE}/ would ask
 * which provider the reader meant).
 */
export function shortLinkOf(catalog: Catalog, provider: string, code: string): string {
  return (shortLinks(catalog).get(code)?.length ?? 0) > 1 ? `/${provider}/${code}/` : urls.short(code);
}

/** Pages with content, per locale: the ones sitemap.xml lists. */
export function contentPages(catalog: Catalog, guides: string[]): string[] {
  const out: string[] = [];
  for (const l of catalog.site.locales) {
    out.push(urls.home(l.id), urls.search(l.id), urls.consistency(l.id));
    for (const g of guides) out.push(urls.guide(l.id, g));
    for (const p of catalog.providers) {
      out.push(urls.provider(l.id, p.id));
      for (const c of p.codes) out.push(urls.code(l.id, p.id, c.code));
    }
  }
  return out;
}

/** The language tags a `Language=` condition matches for a locale: its id and its `lang` (`zh,zh-cn`). */
function languageCondition(locale: { id: string; lang?: string }): string {
  return `Language=${[...new Set([locale.id, (locale.lang ?? locale.id).toLowerCase()])].join(',')}`;
}

/**
 * Redirects for hosts that redirect on the server. Aliases go to their
 * code, permanently. The language-neutral paths (/{provider}/{CODE}/ and
 * single-provider short links /e/{CODE}/) go to the reader's language only
 * where the host can tell it (a `Language=` condition, temporary status);
 * every other reader gets the page at that path, which chooses in the
 * browser. Short links several providers share are choice pages. Under each
 * locale, a missing page is that locale's not-found page.
 */
export function redirects(catalog: Catalog): Redirect[] {
  const out: Redirect[] = [];
  for (const l of catalog.site.locales)
    for (const p of catalog.providers)
      for (const c of p.codes) for (const a of c.aliases) out.push({ from: urls.code(l.id, p.id, a), to: urls.code(l.id, p.id, c.code), status: 301 });
  const neutral: { from: string; provider: string; code: string }[] = [];
  for (const p of catalog.providers) for (const c of p.codes) for (const name of [c.code, ...c.aliases]) neutral.push({ from: `/${p.id}/${name}/`, provider: p.id, code: c.code });
  for (const [name, targets] of shortLinks(catalog)) if (targets.length === 1) neutral.push({ from: urls.short(name), ...targets[0]! });
  for (const n of neutral)
    for (const l of catalog.site.locales) out.push({ from: n.from, to: urls.code(l.id, n.provider, n.code), status: 302, force: true, conditions: languageCondition(l) });
  for (const l of catalog.site.locales) out.push({ from: `/${l.id}/*`, to: urls.notFound(l.id), status: 404 });
  return out;
}

/** Every URL a reader or a program can open: pages, redirects, choice pages and data. */
export function publishedUrls(catalog: Catalog, guides: string[]): string[] {
  const all = new Set<string>([urls.root(), ...contentPages(catalog, guides), ...redirects(catalog).filter((r) => r.status !== 404).map((r) => r.from)]);
  for (const name of shortLinks(catalog).keys()) all.add(urls.short(name));
  for (const p of catalog.providers) {
    all.add(urls.api(p.id));
    for (const c of p.codes) for (const name of [c.code, ...c.aliases]) all.add(urls.apiCode(p.id, name));
  }
  return [...all].sort();
}
