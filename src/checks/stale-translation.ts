/**
 * stale-translation: a translation records the hash of the source text it
 * was made from (`source:`). When the source text changes, the hash no
 * longer matches and the translation is reported until someone updates it
 * and runs `errcat stamp`.
 */
import type { Catalog } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { codeFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'stale-translation';

/** The command that records the current source hash in a translation. */
function stamp(provider: string, code: string, locale: string): string {
  return `npx errcat stamp ${provider}/${code} ${locale}`;
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const sourceLocale = catalog.site.sourceLocale;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const source = code.texts[sourceLocale];
      if (!source) continue;
      let now: string | undefined; // the source's hash, made when a translation records one
      for (const locale in code.texts) {
        if (locale === sourceLocale) continue;
        const text = code.texts[locale]!;
        if (text.source === undefined)
          out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', locale], locales: [locale, sourceLocale], message: `The ${locale} text does not record which ${sourceLocale} text it was translated from, so a later change to ${sourceLocale} cannot be noticed.`, hint: `Once the translation matches the ${sourceLocale} text, run ${stamp(provider.id, code.code, locale)}.` }));
        else if (text.source !== (now ??= sourceHash(source)))
          out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', locale, 'source'], locales: [locale, sourceLocale], message: `The ${sourceLocale} text changed after the ${locale} text was translated (hash ${text.source}, now ${now}).`, hint: `Update the ${locale} text to say what ${sourceLocale} says now, then run ${stamp(provider.id, code.code, locale)}.` }));
      }
    }
  }
  return out;
}

export const check: Check = { id, summary: 'a translation made from an older source text', run };
