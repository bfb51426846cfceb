/**
 * link-drift: a translation links where the source text links. Targets are
 * compared after normalizing: host case, a trailing slash or `.md`, locale
 * segments (`/ru/`, `/zh-cn/`, `/pt_BR/`, and the extra `segments` a locale
 * names in site.yaml) and relative paths. The `#fragment` is left out: it is
 * the slug of a heading in the target page's language (`#captcha-unsolvable`,
 * `#капча-не-решаема`), which no check can tell from a wrong one without the
 * target page, and either way the reader lands on the right page. A link
 * to the translation's own language edition of a site that localizes by
 * subdomain (`ru.wikipedia.org` for `en.wikipedia.org`) is the same target,
 * whatever its path. Another host is an error unless provider.yaml declares
 * that host for that locale (`localeHosts`).
 */
import type { Catalog } from '../catalog/load.ts';
import { languageOf, localeLanguages } from '../catalog/language.ts';
import type { Locale } from '../catalog/schema.ts';
import { fieldFinding, sameList, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { own } from '../catalog/own.ts';
import { renderHref } from '../catalog/safe-href.ts';

export const id = 'link-drift';

export interface LinkTarget {
  /** Host, lower case; '' for a relative link. */
  host: string;
  /** The host without a leading label that names a locale (`wikipedia.org` for `ru.wikipedia.org`). */
  site: string;
  /** The language that leading label names (`ru`), if any. */
  hostLanguage: string | undefined;
  /** Path without locale segments, `.md`, index or trailing slash; with the query, without the fragment. */
  path: string;
  raw: string;
}

/** The language a path segment or host label stands for, among a catalog's locales; undefined for any other segment. */
type LocaleOfSegment = (segment: string) => string | undefined;

/**
 * A segment is a locale's when its language subtag is the language of one
 * of the locales (`/pt-br/` for pt, `/zh-hans/` for zh), or when it is one of
 * the extra `segments` a locale names (`/cn/`). Other segments stay, even
 * those shaped like a language tag (`/go/`, `/de/` in a catalog without de).
 */
function localeSegmentTest(locales: readonly Pick<Locale, 'id' | 'lang' | 'segments'>[]): LocaleOfSegment {
  const languages = new Set<string>();
  const extra = new Map<string, string>();
  for (const l of locales) {
    const language = languageOf(l.lang ?? l.id) ?? l.id;
    languages.add(language);
    const own = languageOf(l.id);
    if (own) languages.add(own);
    for (const s of l.segments ?? []) extra.set(s.toLowerCase(), language);
  }
  return (segment) => {
    const s = segment.toLowerCase();
    const named = extra.get(s);
    if (named) return named;
    const language = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/.test(s) ? languageOf(s) : undefined;
    return language !== undefined && languages.has(language) ? language : undefined;
  };
}

/** Normalizes a link destination so that translations of one link compare equal. */
export function normalizeLink(raw: string, locales: readonly string[], segments: readonly string[] = []): LinkTarget {
  return normalizeWith(raw, localeSegmentTest(locales.map((id, i) => ({ id, segments: i === 0 ? [...segments] : [] }))));
}

function normalizeWith(raw: string, localeOf: LocaleOfSegment): LinkTarget {
  let host = '';
  // "//host/p" and "/\\host/" lead to another host, as the https link the page writes.
  let rest = renderHref(raw.trim());
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) {
      const u = new URL(rest);
      if (u.protocol === 'mailto:' || u.protocol === 'tel:') return { host: u.protocol, site: u.protocol, hostLanguage: undefined, path: u.pathname.toLowerCase(), raw };
      host = u.hostname.toLowerCase().replace(/^www\./, '');
      rest = u.pathname + u.search;
    } else {
      // Resolve relative paths against a stand-in page two folders deep.
      const u = new URL(rest, 'relative://site/docs/page/');
      rest = u.pathname + u.search;
    }
  } catch {
    return { host: '', site: '', hostLanguage: undefined, path: rest.replace(/#.*/, ''), raw };
  }
  const [pathname, ...query] = rest.split(/(?=\?)/);
  const segments = (pathname ?? '')
    .split('/')
    .filter((s) => s !== '' && localeOf(s) === undefined)
    .map((s) => s.replace(/\.mdx?$/i, ''));
  if (segments[segments.length - 1] === 'index') segments.pop();
  const [label, ...parent] = host.split('.');
  const hostLanguage = parent.length >= 2 && label ? localeOf(label) : undefined;
  return { host, site: hostLanguage ? parent.join('.') : host, hostLanguage, path: `/${segments.join('/')}${query.join('')}`, raw };
}

/** A link as a reader reads it: percent-escapes decoded (`#маппинг`, not `#%D0%BC…`), reserved characters left as written. */
export function readableLink(raw: string): string {
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/** Whether the translation's link `d`, in a text of `language`, leads where the source's link `s` does. */
function sameTarget(s: LinkTarget, d: LinkTarget, language: string): boolean {
  if (s.path === d.path && (s.host === d.host || s.host === '' || d.host === '')) return true;
  // A site that localizes by subdomain (en.wikipedia.org, ru.wikipedia.org) localizes its paths too (article titles): its edition in the translation's language is the same target.
  return d.hostLanguage === language && s.hostLanguage !== undefined && s.site === d.site;
}

/** How many differences of one text a finding spells out; the rest it counts. */
const SHOWN = 3;

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const localeOf = localeSegmentTest(catalog.site.locales);
  const languages = localeLanguages(catalog.site);
  // A catalog links the same few pages from many texts: each destination is read once.
  const seen = new Map<string, LinkTarget>();
  const target = (raw: string): LinkTarget => {
    let found = seen.get(raw);
    if (!found) seen.set(raw, (found = normalizeWith(raw, localeOf)));
    return found;
  };
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    // The same destinations as written, in the same order: the same targets (most translations).
    if (sameList(t.source.md.links, t.md.links)) continue;
    const language = languages.get(t.locale) ?? t.locale;
    const src = t.source.md.links.map(target);
    const dst = t.md.links.map((raw, i) => ({ d: target(raw), at: t.md.linkAt[i] }));
    const unmatchedSrc = src.filter((s) => {
      const i = dst.findIndex(({ d }) => sameTarget(s, d, language));
      if (i === -1) return true;
      dst.splice(i, 1);
      return false;
    });
    if (!unmatchedSrc.length && !dst.length) continue;
    const allowed = new Set((own(t.provider.localeHosts, t.locale) ?? []).map((h) => h.toLowerCase().replace(/^www\./, '')));
    const where = `${t.locale} ${t.field}`;
    // Every difference of the text, in one finding: at the first link of the translation that differs.
    const problems: { message: string; hint: string; at?: number }[] = [];
    unmatchedSrc.forEach((s, n) => {
      const found = dst[n];
      const d = found?.d;
      if (!d) problems.push({ message: `The ${where} has no link to ${readableLink(s.raw)}, which the ${t.sourceLocale} text links to.`, hint: 'Link the same target as the source text.' });
      else if (d.path === s.path && d.host !== s.host) {
        if (!allowed.has(d.host))
          problems.push({ at: found.at, message: `The ${where} links to host ${d.host} (${readableLink(d.raw)}) where ${t.sourceLocale} links to ${s.host} (${readableLink(s.raw)}).`, hint: `Link ${readableLink(s.raw)}, or declare ${d.host} for ${t.locale} under localeHosts in ${t.provider.id}/provider.yaml.` });
      } else problems.push({ at: found.at, message: `The ${where} links to ${readableLink(d.raw)} where ${t.sourceLocale} links to ${readableLink(s.raw)}.`, hint: 'Link the same target as the source text; if the source is wrong, correct it first.' });
    });
    for (const { d, at } of dst.slice(unmatchedSrc.length))
      problems.push({ at, message: `The ${where} links to ${readableLink(d.raw)}, which the ${t.sourceLocale} text does not link to.`, hint: 'Remove the link, or add it to the source text first.' });
    if (!problems.length) continue;
    const rest = problems.length - SHOWN;
    const message = problems.slice(0, SHOWN).map((p) => p.message).join(' ') + (rest > 0 ? ` And ${rest} more ${rest === 1 ? 'link differs' : 'links differ'}.` : '');
    out.push(fieldFinding(id, t, problems.find((p) => p.at !== undefined)?.at, { severity: 'error', locales: [t.locale, t.sourceLocale], message, hint: problems[0]!.hint }));
  }
  return out;
}

export const check: Check = { id, summary: 'a translation links elsewhere than its source text', run };
