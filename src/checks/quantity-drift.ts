/**
 * quantity-drift: every locale of a text states the same numbers with the
 * same units. Numbers in code, links, versions, codes and `{placeholders}`
 * are not read: a placeholder renders the same fact in every locale, and
 * literal-parity makes sure every locale cites the same ones. "50 KB"
 * against "500,000 字节" is an error; against "50,000 байт" a warning (it
 * holds only if a KB is 1000 bytes).
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { TEXT_FIELDS } from '../catalog/schema.ts';
import { codeFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { compareQuantities, quantitiesOf, type Drift, type Quantity } from './quantity/index.ts';

export const id = 'quantity-drift';

function hint(d: Drift, code: LoadedCode): string {
  const facts = Object.keys(code.facts);
  const cite = facts.length ? ` or cite the fact (${facts.map((f) => `{${f}}`).join(', ')}) so every locale renders the same number` : ', or name the number as a fact and cite it as {name} in every locale';
  switch (d.kind) {
    case 'unit-changed':
      return d.base
        ? `Use the unit ${d.reference} uses, since readers cannot tell which kilobyte is meant${cite}.`
        : `Use the unit ${d.reference} uses${cite}.`;
    case 'base':
      return `Decide whether a KB is 1000 or 1024 bytes here, write bytes in every locale${cite}.`;
    case 'missing':
      return `State the number in the ${d.locale} text too${cite}.`;
    case 'extra':
      return `Remove the number from the ${d.locale} text or add it to the ${d.reference} text first${cite}.`;
    default:
      return `Correct the number in the ${d.locale} text, or the ${d.reference} text if that one is wrong${cite}.`;
  }
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const { sourceLocale, locales, quantities } = catalog.site;
  const langOf = (l: string) => locales.find((x) => x.id === l)?.lang ?? l;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      if (!code.texts[sourceLocale]) continue;
      for (const field of TEXT_FIELDS) {
        const byLocale: Record<string, Quantity[]> = {};
        for (const [locale, text] of Object.entries(code.texts)) {
          const value = text[field];
          if (value === undefined) continue;
          byLocale[locale] = quantitiesOf(value, langOf(locale));
        }
        if (!byLocale[sourceLocale] || Object.keys(byLocale).length < 2) continue;
        for (const d of compareQuantities(byLocale, { reference: sourceLocale, kilobyte: quantities.kilobyte })) {
          const origin = code.texts[d.locale]?.origin;
          out.push(
            codeFinding(id, code, {
              severity: d.severity,
              at: ['texts', d.locale, field],
              locales: [d.locale, d.reference],
              message: `${d.message.replace(/\.$/, '')} (${field}${origin ? `, from ${origin}` : ''}).`,
              hint: hint(d, code),
            }),
          );
        }
      }
    }
  }
  return out;
}

export const check: Check = { id, summary: 'numbers and units that differ between the locales of a text', run };
