/** /search/{locale}.json: every code, for one locale's search, loaded when the reader starts to search. */
import type { APIRoute } from 'astro';
import { catalog, locales } from '../../site/data.ts';
import { useT } from '../../i18n/ui.ts';
import { buildCodeData } from '../../search/build.ts';

export function getStaticPaths() {
  return locales().map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  const t = useT(locale);
  return new Response(buildCodeData(catalog(), locale, (policy) => t(`retry.short.${policy}`)), { headers: { 'content-type': 'application/json' } });
};
