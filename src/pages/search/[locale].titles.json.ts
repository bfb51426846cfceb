/** /search/{locale}.titles.json: the codes' titles in one locale, loaded right after the codes. */
import type { APIRoute } from 'astro';
import { catalog, textsOf, localePaths } from '../../site/data.ts';
import { buildTitles } from '../../search/build.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  return new Response(buildTitles(catalog(), (c) => textsOf(c, locale)), { headers: { 'content-type': 'application/json' } });
};
