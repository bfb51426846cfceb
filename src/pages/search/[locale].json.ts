/** /search/{locale}.json: codes and the word index of one locale, loaded when the reader starts to search. */
import type { APIRoute } from 'astro';
import { catalog, langOf, locales, textsOf } from '../../site/data.ts';
import { useT } from '../../i18n/ui.ts';
import { buildSearchData } from '../../search/build.ts';

export function getStaticPaths() {
  return locales().map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const t = useT(locale);
  const json = await buildSearchData(catalog(), locale, langOf(locale), (c) => textsOf(c, locale), (policy) => t(`retry.short.${policy}`));
  return new Response(json, { headers: { 'content-type': 'application/json' } });
};
