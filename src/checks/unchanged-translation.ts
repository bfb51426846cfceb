/**
 * unchanged-translation: a translated field that is identical to the
 * source text was most likely never translated. Texts with no letters
 * outside code (a bare code, a number) are exempt.
 */
import type { Catalog } from '../catalog/load.ts';
import { TEXT_FIELDS } from '../catalog/schema.ts';
import { PLACEHOLDER, proseOf, readText } from '../catalog/text/read.ts';
import { codeFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'unchanged-translation';

/** Whether a text has a word of three letters or more outside its code, link destinations and placeholders. */
function hasWords(text: string): boolean {
  return /\p{L}{3,}/u.test(proseOf(text, readText(text).hidden, ' ').replace(PLACEHOLDER, ' '));
}

/** Whether `c` is a character trim() removes: a JavaScript white space or line terminator. */
export function isTrimmed(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** a.trim() === b.trim(), told at the first character for most pairs: a translation seldom starts as its source does. */
function sameTrimmed(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  if (x !== y && !isTrimmed(x) && !isTrimmed(y)) return false;
  return a.trim() === b.trim();
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
          if (value !== undefined && from !== undefined && sameTrimmed(value, from) && hasWords(value))
            out.push(codeFinding(id, code, { severity: 'error', at: ['texts', locale, field], locales: [locale, sourceLocale], message: `The ${locale} ${field} is the ${sourceLocale} text, unchanged.`, hint: `Translate it into ${locale}; if ${locale} readers should see the ${sourceLocale} text, remove the field and mark the locale fallback: true.` }));
        }
      }
    }
  }
  return out;
}

export const check: Check = { id, summary: 'a translation identical to its source text', run };
