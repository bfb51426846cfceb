/**
 * unchanged-translation: a translated field that is identical to the
 * source text was most likely never translated. Texts with no letters
 * outside code (a bare code, a number) are exempt.
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, translatedFields, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'unchanged-translation';

function hasWords(text: string): boolean {
  const prose = text.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, '](').replace(/\{[A-Za-z]\w*\}/g, '');
  return /\p{L}{3,}/u.test(prose);
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const t of translatedFields(catalog)) {
    if (t.text.trim() === t.source.text.trim() && hasWords(t.text))
      out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${t.locale} ${t.field} is the ${t.sourceLocale} text, unchanged.`, hint: `Translate it into ${t.locale}; if ${t.locale} readers should see the ${t.sourceLocale} text, remove the field and mark the locale fallback: true.` }));
  }
  return out;
}

export const check: Check = { id, summary: 'a translation identical to its source text', run };
