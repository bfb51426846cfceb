/** Builds a locale's search index from the catalog, at build time. */
import MiniSearch from 'minisearch';
import type { Catalog } from '../catalog/load.ts';
import { searchOptions, STEMMER_NAMES, type SearchDoc } from './options.ts';
import type { Stemmer } from './tokenize.ts';
import { urls } from '../site/urls.ts';

export async function stemmerFor(lang: string): Promise<Stemmer | undefined> {
  const name = STEMMER_NAMES[lang.split('-')[0]!.toLowerCase()];
  if (!name) return undefined;
  const mod = (await import(`@orama/stemmers/${name}`)) as { stemmer: Stemmer };
  return mod.stemmer;
}

export function searchDocs(catalog: Catalog, locale: string, resolve: (code: Catalog['providers'][number]['codes'][number]) => { title: string; summary: string; cause?: string; action?: string }, retryLabel: (policy: string) => string): SearchDoc[] {
  let id = 0;
  return catalog.providers.flatMap((p) =>
    p.codes.map((c) => {
      const t = resolve(c);
      return {
        id: id++,
        codes: [c.code, ...c.aliases].join(' '),
        name: c.name ?? '',
        title: t.title,
        http: String(c.http),
        text: [t.summary, t.cause ?? '', t.action ?? ''].join('\n').replace(/\]\([^)]*\)/g, ']').replace(/[`*_[\]#>|]/g, ' '),
        provider: p.id,
        providerName: p.name,
        code: c.code,
        aliases: c.aliases,
        retry: retryLabel(c.retry.policy),
        url: urls.code(locale, p.id, c.code),
      };
    }),
  );
}

export async function buildIndexJson(docs: SearchDoc[], lang: string): Promise<string> {
  const index = new MiniSearch<SearchDoc>(searchOptions(await stemmerFor(lang)));
  index.addAll(docs);
  return JSON.stringify(index);
}

