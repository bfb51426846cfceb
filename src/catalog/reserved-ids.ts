/**
 * Names the site's own pages take as a URL segment: at the top (/api/,
 * /e/, /search/) and under a locale (/en/search/, /en/guides/). A provider
 * or locale with such an id would lose its pages to them. A test holds this
 * list to the route files in src/pages/.
 */
export const SITE_SEGMENTS = ['404', 'api', 'e', 'search', 'robots.txt', 'sitemap.xml'] as const;
export const LOCALE_SEGMENTS = ['consistency', 'e', 'guides', 'search'] as const;

/** Ids no provider may have. */
export const RESERVED_IDS: readonly string[] = [...new Set([...SITE_SEGMENTS, ...LOCALE_SEGMENTS])];

/** Where the site uses `segment` itself, for a message: "/api/", "/{locale}/guides/". */
export function ownUse(segment: string): string {
  return (SITE_SEGMENTS as readonly string[]).includes(segment) ? `/${segment}/` : `/{locale}/${segment}/`;
}
