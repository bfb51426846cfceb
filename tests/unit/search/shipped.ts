/** The search of every locale of a catalog, built as the site builds it, with its word index and titles attached. */
import MiniSearch from 'minisearch';
import { loadCatalog, type Catalog } from '../../../src/catalog/load.ts';
import { buildCodeData, buildTitles, buildWordIndex, stemmerFor } from '../../../src/search/build.ts';
import { CodeSearch } from '../../../src/search/engine.ts';
import { searchOptions } from '../../../src/search/options.ts';
import { wordIndex } from '../../../src/search/words.ts';
import { textsOf } from '../../../src/site/data.ts';

export async function searchOf(catalog: Catalog, locale: string): Promise<CodeSearch> {
  const lang = catalog.site.locales.find((l) => l.id === locale)?.lang ?? locale;
  const words = await buildWordIndex(catalog, lang, (c) => textsOf(c, locale));
  return CodeSearch.fromJSON(
    buildCodeData(catalog, locale, (p) => p),
    wordIndex(MiniSearch, words, searchOptions(await stemmerFor(lang))),
    buildTitles(catalog, (c) => textsOf(c, locale)),
  );
}

/** The shipped catalog's search in each of its locales. */
export async function shippedSearch(dir = 'catalog'): Promise<{ catalog: Catalog; search: Record<string, CodeSearch> }> {
  const catalog = loadCatalog(dir);
  const search: Record<string, CodeSearch> = {};
  for (const l of catalog.site.locales) search[l.id] = await searchOf(catalog, l.id);
  return { catalog, search };
}
