/** /search/{locale}.titles.json: the codes' titles in one locale, loaded right after the codes. */
import type { APIRoute } from 'astro';
import { catalog, locales, textsOf } from '../../site/data.ts';
import { buildTitles } from '../../search/build.ts';

export function getStaticPaths() {
  return locales().map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  return new Response(buildTitles(catalog(), (c) => textsOf(c, locale)), { headers: { 'content-type': 'application/json' } });
};
