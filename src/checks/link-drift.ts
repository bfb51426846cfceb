/**
 * link-drift: a translation links where the source text links. Targets are
 * compared after normalizing: host case, a trailing slash or `.md`, locale
 * segments (`/ru/`, `/zh-cn/`) and relative paths. A different host is an
 * error unless provider.yaml declares that host for that locale
 * (`localeHosts`).
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, sameList, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { own } from '../catalog/own.ts';
import { renderHref } from '../catalog/safe-href.ts';

export const id = 'link-drift';

export interface LinkTarget {
  /** Host, lower case; '' for a relative link. */
  host: string;
  /** Path without locale segments, `.md`, index or trailing slash; with query and hash. */
  path: string;
  raw: string;
}

/** Normalizes a link destination so that translations of one link compare equal. */
export function normalizeLink(raw: string, locales: string[]): LinkTarget {
  return normalizeWith(raw, new Set(locales.map((l) => l.toLowerCase())));
}

function normalizeWith(raw: string, localeSet: ReadonlySet<string>): LinkTarget {
  let host = '';
  // "//host/p" and "/\\host/" lead to another host, as the https link the page writes.
  let rest = renderHref(raw.trim());
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) {
      const u = new URL(rest);
      if (u.protocol === 'mailto:' || u.protocol === 'tel:') return { host: u.protocol, path: u.pathname.toLowerCase(), raw };
      host = u.hostname.toLowerCase().replace(/^www\./, '');
      rest = u.pathname + u.search + u.hash;
    } else {
      // Resolve relative paths against a stand-in page two folders deep.
      const u = new URL(rest, 'relative://site/docs/page/');
      rest = u.pathname + u.search + u.hash;
    }
  } catch {
    return { host: '', path: rest, raw };
  }
  const [pathname, ...tail] = rest.split(/(?=[?#])/);
  const segments = (pathname ?? '')
    .split('/')
    .filter((s) => s !== '' && !localeSet.has(s.toLowerCase()))
    .map((s) => s.replace(/\.mdx?$/i, ''));
  if (segments[segments.length - 1] === 'index') segments.pop();
  return { host, path: `/${segments.join('/')}${tail.join('')}`, raw };
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  if (a.path !== b.path) return false;
  return a.host === b.host || a.host === '' || b.host === '';
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const localeSet = new Set(catalog.site.locales.flatMap((l) => [l.id, l.lang ?? l.id]).map((l) => l.toLowerCase()));
  // A catalog links the same few pages from many texts: each destination is read once.
  const seen = new Map<string, LinkTarget>();
  const target = (raw: string): LinkTarget => {
    let found = seen.get(raw);
    if (!found) seen.set(raw, (found = normalizeWith(raw, localeSet)));
    return found;
  };
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    // The same destinations as written, in the same order: the same targets (most translations).
    if (sameList(t.source.md.links, t.md.links)) continue;
    const src = t.source.md.links.map(target);
    const dst = t.md.links.map(target);
    const unmatchedSrc = src.filter((s) => {
      const i = dst.findIndex((d) => sameTarget(s, d));
      if (i === -1) return true;
      dst.splice(i, 1);
      return false;
    });
    if (!unmatchedSrc.length && !dst.length) continue;
    const allowed = new Set((own(t.provider.localeHosts, t.locale) ?? []).map((h) => h.toLowerCase().replace(/^www\./, '')));
    const where = `${t.locale} ${t.field}`;
    unmatchedSrc.forEach((s, n) => {
      const d = dst[n];
      if (!d) {
        out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} has no link to ${s.raw}, which the ${t.sourceLocale} text links to.`, hint: 'Link the same target as the source text.' }));
      } else if (d.path === s.path && d.host !== s.host) {
        if (!allowed.has(d.host))
          out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} links to host ${d.host} (${d.raw}) where ${t.sourceLocale} links to ${s.host} (${s.raw}).`, hint: `Link ${s.raw}, or declare ${d.host} for ${t.locale} under localeHosts in ${t.provider.id}/provider.yaml.` }));
      } else {
        out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} links to ${d.raw} where ${t.sourceLocale} links to ${s.raw}.`, hint: 'Link the same target as the source text; if the source is wrong, correct it first.' }));
      }
    });
    for (const d of dst.slice(unmatchedSrc.length))
      out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} links to ${d.raw}, which the ${t.sourceLocale} text does not link to.`, hint: 'Remove the link, or add it to the source text first.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'a translation links elsewhere than its source text', run };
