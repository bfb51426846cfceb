/**
 * Link targets as a browser reads them. A page may link to the web (http,
 * https), mail, phone, and paths on the site; anything else (javascript:,
 * data:, vbscript:) can run code. A target without a scheme can still leave
 * the site: browsers read "//host/p", "/\host/" or "\\host" as a link to
 * another host, so these are external links.
 */

/** A page on the site the links are resolved against; any origin would do. */
const SITE = 'https://site.invalid';

/** The target without the control characters and spaces browsers ignore inside a scheme ("java\tscript:"), and its scheme, lower case. */
function schemeOf(href: string): { h: string; scheme: string | undefined } {
  const h = href.trim().replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return { h, scheme: /^([a-z][a-z0-9+.-]*):/i.exec(h)?.[1]?.toLowerCase() };
}

/** Whether a page may carry the link. */
export function isSafeHref(href: string): boolean {
  const { h, scheme } = schemeOf(href);
  if (scheme === undefined) return !/^&#|^%[0-9a-f]{2}/i.test(h) || !/script|data/i.test(decodeURIComponentSafe(h));
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}

/** The host a link without a scheme leads to when it leaves the site ("//evil.example/p" -> "evil.example"); undefined for a site path or a link with a scheme. */
export function schemelessHost(href: string): string | undefined {
  if (schemeOf(href).scheme !== undefined) return undefined;
  const url = resolve(href);
  return url && url.origin !== SITE ? url.hostname : undefined;
}

/** The target as a page writes it: a link without a scheme that leaves the site gets its scheme and plain slashes, so what the reader sees is where it leads. */
export function renderHref(href: string): string {
  return schemelessHost(href) === undefined ? href : resolve(href)!.href;
}

/** Whether a link that leaves the site is written so that it reads as a path on it ("/\host/", "/\t/host"): only "//host" is the usual way to write one. */
export function looksLikeSitePath(href: string): boolean {
  return schemelessHost(href) !== undefined && !/^\/\/[^/\\\s]/.test(href);
}

function resolve(href: string): URL | undefined {
  try {
    return new URL(href, `${SITE}/docs/page/`);
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
