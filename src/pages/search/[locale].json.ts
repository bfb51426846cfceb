/**
 * /search/{locale}.json: every code, for one locale's search, loaded when the
 * reader starts to search, with the search's UI strings in that locale.
 */
import type { APIRoute } from 'astro';
import { catalog, langOf, localePaths } from '../../site/data.ts';
import { useT } from '../../site/ui.ts';
import { buildCodeData } from '../../search/build.ts';

/** The `search.*` strings the browser shows, without their prefix. */
const STRINGS = ['results', 'allProviders', 'none', 'loading', 'shown', 'showAll', 'showAllUncounted', 'elsewhere', 'elsewhereUncounted', 'noneHere', 'corrected', 'nearest', 'found', 'partial', 'resultsFor', 'showMore'];
/** Strings with a form per plural category (count_one, count_other, …); the browser picks one with Intl.PluralRules. */
const PLURALS = ['count'];

export const getStaticPaths = localePaths;

/** A number that `rules` puts in each of its categories (1 in "one", 5 in "many" for Russian, 1.5 in "other"). */
function samples(rules: Intl.PluralRules): Map<Intl.LDMLPluralRule, number> {
  const out = new Map<Intl.LDMLPluralRule, number>();
  for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1.5]) if (!out.has(rules.select(n))) out.set(rules.select(n), n);
  return out;
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  const t = useT(locale);
  const ui: Record<string, string> = { provider: t('table.provider') };
  for (const key of STRINGS) ui[key] = t(`search.${key}`);
  for (const key of PLURALS) for (const [category, n] of samples(new Intl.PluralRules(langOf(locale)))) ui[`${key}_${category}`] = t(`search.${key}`, { count: n });
  return new Response(buildCodeData(catalog(), locale, (policy) => t(`retry.short.${policy}`), ui), { headers: { 'content-type': 'application/json' } });
};
