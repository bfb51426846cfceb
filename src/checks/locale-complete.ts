/**
 * locale-complete: every code has its texts in every published locale, with
 * the same fields as the source locale. A locale marked `fallback: true` in
 * site.yaml shows the source text instead, so there a gap is a warning.
 */
import type { Catalog } from '../catalog/load.ts';
import { TEXT_FIELDS, type Text } from '../catalog/schema.ts';
import { codeFinding, list, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'locale-complete';

/** Whether two texts have the same fields. */
function sameFields(a: Text, b: Text): boolean {
  for (const f of TEXT_FIELDS) if ((a[f] === undefined) !== (b[f] === undefined)) return false;
  return true;
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const { sourceLocale } = catalog.site;
  const locales = catalog.site.locales
    .filter((l) => l.id !== sourceLocale)
    .map((l) => ({ ...l, severity: l.fallback ? ('warning' as const) : ('error' as const), then: l.fallback ? ` Readers of ${l.id} see the ${sourceLocale} text with a notice.` : '' }));
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const source = code.texts[sourceLocale];
      if (!source) {
        out.push(codeFinding(id, code, { severity: 'error', at: ['texts'], locales: [sourceLocale], message: `There is no ${sourceLocale} text, and ${sourceLocale} is the source locale every translation is made from.`, hint: `Add texts.${sourceLocale} with title, summary and action.` }));
        continue;
      }
      for (const locale of locales) {
        const { severity, then } = locale;
        const text = code.texts[locale.id];
        if (!text) {
          out.push(codeFinding(id, code, { severity, at: ['texts'], locales: [locale.id, sourceLocale], message: `There is no ${locale.id} text.${then}`, hint: `Translate texts.${sourceLocale} into texts.${locale.id}${locale.fallback ? '' : ', or mark the locale fallback: true in site.yaml'}.` }));
          continue;
        }
        // Most translations have exactly the source's fields.
        if (sameFields(source, text)) continue;
        const missing = TEXT_FIELDS.filter((f) => source[f] !== undefined && text[f] === undefined);
        if (missing.length)
          out.push(codeFinding(id, code, { severity, at: ['texts', locale.id], locales: [locale.id, sourceLocale], message: `The ${locale.id} text has no ${list(missing)}, which ${sourceLocale} has.${then}`, hint: `Translate ${list(missing.map((f) => `texts.${sourceLocale}.${f}`))}.` }));
        const extra = TEXT_FIELDS.filter((f) => source[f] === undefined && text[f] !== undefined);
        for (const f of extra)
          out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', locale.id, f], locales: [locale.id, sourceLocale], message: `The ${locale.id} text has a ${f}, which ${sourceLocale} lacks; it was not translated from anything.`, hint: `Add the ${f} to texts.${sourceLocale} first, or remove it here.` }));
      }
    }
  }
  return out;
}

export const check: Check = { id, summary: 'a code or text field missing in a locale', run };
