/**
 * unchanged-translation: a translated field that is identical to the
 * source text was most likely never translated. Texts with no letters
 * outside code (a bare code, a number) are exempt.
 */
import type { Catalog } from '../catalog/load.ts';
import { TEXT_FIELDS } from '../catalog/schema.ts';
import { codeFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'unchanged-translation';

function hasWords(text: string): boolean {
  const prose = text.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, '](').replace(/\{[A-Za-z]\w*\}/g, '');
  return /\p{L}{3,}/u.test(prose);
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const { sourceLocale } = catalog.site;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const source = code.texts[sourceLocale];
      if (!source) continue;
      for (const locale in code.texts) {
        if (locale === sourceLocale) continue;
        const text = code.texts[locale]!;
        for (const field of TEXT_FIELDS) {
          const value = text[field];
          const from = source[field];
          if (value !== undefined && from !== undefined && value.trim() === from.trim() && hasWords(value))
            out.push(codeFinding(id, code, { severity: 'error', at: ['texts', locale, field], locales: [locale, sourceLocale], message: `The ${locale} ${field} is the ${sourceLocale} text, unchanged.`, hint: `Translate it into ${locale}; if ${locale} readers should see the ${sourceLocale} text, remove the field and mark the locale fallback: true.` }));
        }
      }
    }
  }
  return out;
}

export const check: Check = { id, summary: 'a translation identical to its source text', run };
