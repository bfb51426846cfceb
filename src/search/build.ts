/** Builds a locale's search data from the catalog, at build time. */
import MiniSearch from 'minisearch';
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { inLocale } from '../catalog/localized.ts';
import { RETRY_POLICIES } from '../catalog/schema.ts';
import { searchOptions, STEMMER_NAMES, type CompactDoc, type SearchData, type TextDoc } from './options.ts';
import type { Stemmer } from './tokenize.ts';
import { serializeWords } from './word-file.ts';

export async function stemmerFor(lang: string): Promise<Stemmer | undefined> {
  const name = STEMMER_NAMES[lang.split('-')[0]!.toLowerCase()];
  if (!name) return undefined;
  const mod = (await import(`@orama/stemmers/${name}`)) as { stemmer: Stemmer };
  return mod.stemmer;
}

export interface ResolvedTexts {
  title: string;
  summary: string;
  cause?: string;
  action?: string;
}

/** The words a reader may search a code by: its texts without Markdown syntax and link targets. */
function words(t: ResolvedTexts): string {
  return [t.summary, t.cause ?? '', t.action ?? ''].join('\n').replace(/\]\([^)]*\)/g, ']').replace(/[`*_[\]#>|]/g, ' ');
}

/** /search/{locale}.json: the codes, their statuses and retry policies, and the search's UI strings. */
export function buildCodeData(catalog: Catalog, locale: string, retryLabel: (policy: string) => string, ui?: Record<string, string>): string {
  const docs: CompactDoc[] = [];
  catalog.providers.forEach((p, pi) => {
    for (const c of p.codes) docs.push([c.code, c.aliases, pi, c.http, RETRY_POLICIES.indexOf(c.retry.policy)]);
  });
  const data: SearchData = {
    locale,
    providers: catalog.providers.map((p) => [p.id, inLocale(p.name, locale, catalog.site.sourceLocale)]),
    retry: RETRY_POLICIES.map(retryLabel),
    docs,
    ...(ui && { ui }),
  };
  return JSON.stringify(data);
}

/** /search/{locale}.titles.json: the codes' titles in the locale, in the order of the codes file. */
export function buildTitles(catalog: Catalog, resolve: (code: LoadedCode) => ResolvedTexts): string {
  return JSON.stringify(catalog.providers.flatMap((p) => p.codes.map((c) => resolve(c).title)));
}

/** /search/{locale}.words.json: the word index (word-file.ts), in the same order of codes. */
export async function buildWordIndex(catalog: Catalog, lang: string, resolve: (code: LoadedCode) => ResolvedTexts): Promise<string> {
  const texts: TextDoc[] = [];
  for (const p of catalog.providers)
    for (const c of p.codes) {
      const t = resolve(c);
      texts.push({ id: texts.length, name: c.name ?? '', title: t.title, http: String(c.http), text: words(t) });
    }
  const index = new MiniSearch<TextDoc>(searchOptions(await stemmerFor(lang)));
  index.addAll(texts);
  return serializeWords(index);
}
