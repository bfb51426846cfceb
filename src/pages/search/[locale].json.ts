/** /search/{locale}.json: every code of one locale, loaded when the reader starts to search. */
import type { APIRoute } from 'astro';
import { catalog, locales, textsOf } from '../../site/data.ts';
import { useT } from '../../i18n/ui.ts';
import { buildCodeData } from '../../search/build.ts';

export function getStaticPaths() {
  return locales().map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  const t = useT(locale);
  return new Response(buildCodeData(catalog(), locale, (c) => textsOf(c, locale), (policy) => t(`retry.short.${policy}`)), { headers: { 'content-type': 'application/json' } });
};
