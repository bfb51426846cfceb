/** Every URL the site publishes, in one place. Paths end in a slash. */
export const urls = {
  root: () => '/',
  home: (locale: string) => `/${locale}/`,
  provider: (locale: string, provider: string) => `/${locale}/${provider}/`,
  code: (locale: string, provider: string, code: string) => `/${locale}/${provider}/${code}/`,
  search: (locale: string) => `/${locale}/search/`,
  guide: (locale: string, slug: string) => `/${locale}/guides/${slug}/`,
  consistency: (locale: string) => `/${locale}/consistency/`,
  notFound: (locale: string) => `/${locale}/404/`,
  short: (code: string) => `/e/${code}/`,
  api: (provider: string) => `/api/v1/${provider}.json`,
  apiCode: (provider: string, code: string) => `/api/v1/${provider}/${code}.json`,
  apiSchema: () => '/api/v1/schema.json',
};

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, from: string, to: string): string {
  const parts = pathname.split('/');
  if (parts[1] === from) parts[1] = to;
  return parts.join('/');
}
