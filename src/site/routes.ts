/**
 * Every URL the site publishes and every redirect, computed from the catalog
 * alone (no Astro): the pages use it, the manifest check compares it with
 * the committed urls.txt, and _redirects and sitemap.xml are written from it.
 */
import type { Catalog } from '../catalog/load.ts';
import { urls } from './urls.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Short-link targets: a code or alias -> the providers that have it. */
export function shortLinks(catalog: Catalog): Map<string, { provider: string; code: string }[]> {
  const map = new Map<string, { provider: string; code: string }[]>();
  for (const p of catalog.providers)
    for (const c of p.codes)
      for (const name of [c.code, ...c.aliases]) {
        const list = map.get(name) ?? [];
        if (!list.some((x) => x.provider === p.id && x.code === c.code)) list.push({ provider: p.id, code: c.code });
        map.set(name, list);
      }
  return map;
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

/**
 * Redirects: aliases to their code, /{provider}/{CODE}/ to the reader's
 * locale (the default one for server-side redirects), single-provider short
 * links likewise. Short links shared by several providers are choice pages,
 * not redirects.
 */
export function redirects(catalog: Catalog): Redirect[] {
  const out: Redirect[] = [];
  const d = catalog.site.defaultLocale;
  for (const l of catalog.site.locales)
    for (const p of catalog.providers)
      for (const c of p.codes) for (const a of c.aliases) out.push({ from: urls.code(l.id, p.id, a), to: urls.code(l.id, p.id, c.code) });
  for (const p of catalog.providers)
    for (const c of p.codes) for (const name of [c.code, ...c.aliases]) out.push({ from: `/${p.id}/${name}/`, to: urls.code(d, p.id, c.code) });
  for (const [name, targets] of shortLinks(catalog))
    if (targets.length === 1) out.push({ from: urls.short(name), to: urls.code(d, targets[0]!.provider, targets[0]!.code) });
  return out;
}

/** Every URL a reader or a program can open: pages, redirects, choice pages and data. */
export function publishedUrls(catalog: Catalog, guides: string[]): string[] {
  const all = new Set<string>([urls.root(), ...contentPages(catalog, guides), ...redirects(catalog).map((r) => r.from)]);
  for (const name of shortLinks(catalog).keys()) all.add(urls.short(name));
  for (const p of catalog.providers) {
    all.add(urls.api(p.id));
    for (const c of p.codes) for (const name of [c.code, ...c.aliases]) all.add(urls.apiCode(p.id, name));
  }
  return [...all].sort();
}
