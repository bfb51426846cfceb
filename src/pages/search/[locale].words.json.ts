/** /search/{locale}.words.json: the word index of one locale, loaded after the first answer. */
import type { APIRoute } from 'astro';
import { catalog, langOf, textsOf, localePaths } from '../../site/data.ts';
import { buildWordIndex } from '../../search/build.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  return new Response(await buildWordIndex(catalog(), langOf(locale), (c) => textsOf(c, locale)), { headers: { 'content-type': 'application/json' } });
};
