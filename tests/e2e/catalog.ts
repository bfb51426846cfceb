/** The shipped catalog, read from its YAML as the build reads it: the e2e tests take their counts from here, not from the pages they test. */
import { loadCatalog } from '../../src/catalog/load.ts';
import { urls } from '../../src/catalog/urls.ts';

export const shipped = loadCatalog('catalog');

/** The codes of one provider of the shipped catalog. */
export function codesOf(provider: string) {
  const p = shipped.providers.find((x) => x.id === provider);
  if (!p) throw new Error(`The shipped catalog has no provider ${provider}.`);
  return p.codes;
}

/** The path of every code page of a locale. */
export const codePages = (locale: string): string[] => shipped.providers.flatMap((p) => p.codes.map((c) => urls.code(locale, p.id, c.code)));
