/**
 * quantity-drift: every locale of a text states the same numbers with the
 * same units, as readers see them: a `{placeholder}` counts as the fact it
 * renders. Numbers in code, links, versions and codes are not quantities.
 * "50 KB" against "500,000 字节" is an error; against "50,000 байт" a
 * warning (it holds only if a KB is 1000 bytes). One finding per text and
 * locale, at its first drifting number.
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { NO_FACTS } from '../catalog/text/read.ts';
import { languageOf, WORD_LANGUAGES } from '../catalog/text/number-words.ts';
import { FACT_UNITS, formatAmount, UNITS } from '../catalog/units.ts';
import { FieldText, fieldFinding, fieldsWithReadings, sameList, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { compareQuantities, NO_QUANTITIES, readQuantities, type Drift, type Quantity } from './quantity/index.ts';
import { own } from '../catalog/own.ts';

export const id = 'quantity-drift';

function hint(d: Drift, code: LoadedCode): string {
  const facts = Object.keys(code.facts);
  const cite = facts.length ? ` or cite the fact (${facts.map((f) => `{${f}}`).join(', ')}) so every locale renders the same number` : ', or name the number as a fact and cite it as {name} in every locale';
  switch (d.kind) {
    case 'unit-changed':
      return d.base ? `Write the amount in bytes, or in the unit ${d.reference} uses, since readers cannot tell which kilobyte is meant${cite}.` : `Use the unit ${d.reference} uses${cite}.`;
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

/** Each `{placeholder}` of a text as the quantity it renders: exact, so a fact's kilobyte is 1000 bytes. */
function placeholderQuantities(f: FieldText, lang: string): Quantity[] {
  return f.md.placeholders.flatMap((name, k) => {
    const fact = own(f.code.facts, name);
    if (!fact) return [];
    const { unit, scale } = FACT_UNITS[fact.unit];
    const base = fact.value * scale;
    const start = f.md.placeholderAt[k]!;
    const dimension = unit === null ? 'none' : UNITS[unit].dimension;
    return [{ raw: `{${name}}`, start, end: start + name.length + 2, value: fact.value, unit, dimension, base: { decimal: base, binary: base }, ambiguousBase: false, soft: false, renders: formatAmount(fact.value, fact.unit, lang) }];
  });
}

/** How many drifts one finding quotes; the rest it counts. */
const SHOWN = 3;

function compareField(code: LoadedCode, field: TextField, texts: FieldText[], catalog: Catalog, out: Finding[]): void {
  const { sourceLocale, quantities, locales } = catalog.site;
  const reference = texts.find((f) => f.locale === sourceLocale);
  if (texts.length < 2 || !reference) return;
  // Every locale citing the same facts in the same order and stating no other number (soft ones only pair where they agree): the same quantities everywhere.
  if (texts.every((f) => !f.quantities.length && sameList(f.md.placeholders, reference.md.placeholders))) return;
  const langOf = (locale: string) => locales.find((l) => l.id === locale)?.lang ?? locale;
  const byLocale: Record<string, Quantity[]> = {};
  // The texts were read for their hard quantities; here their soft ones may pair with another locale's, so they are read whole.
  for (const f of texts) byLocale[f.locale] = [...readQuantities(f.text, langOf(f.locale)), ...placeholderQuantities(f, langOf(f.locale))].sort((a, b) => a.start - b.start);
  const knowsWords = (locale: string) => WORD_LANGUAGES.has(languageOf(langOf(locale)));
  const drifts = compareQuantities(byLocale, { reference: sourceLocale, kilobyte: quantities.kilobyte, knowsWords });
  for (const f of texts) {
    const mine = drifts.filter((d) => d.locale === f.locale);
    if (!mine.length) continue;
    const first = mine[0]!;
    const shown = mine.slice(0, SHOWN).map((d) => d.message.replace(/\.$/, ''));
    const more = mine.length > SHOWN ? `; and ${mine.length - SHOWN} more` : '';
    const origin = code.texts[f.locale]?.origin;
    out.push(
      fieldFinding(id, f, first.actual?.start, {
        severity: mine.some((d) => d.severity === 'error') ? 'error' : 'warning',
        locales: [f.locale, sourceLocale],
        message: `${shown.join('; ')}${more} (${field}${origin ? `, from ${origin}` : ''}).`,
        hint: hint(first, code),
      }),
    );
  }
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const { sourceLocale } = catalog.site;
  // Each code's fields are together in the list: one code's fields are one run of it.
  const fields = fieldsWithReadings(catalog);
  for (let i = 0; i < fields.length; ) {
    const { code, provider } = fields[i]!;
    const start = i;
    let cited = false; // some text of the code states a quantity or cites a fact
    for (; i < fields.length && fields[i]!.code === code; i++) cited ||= fields[i]!.quantities.length > 0 || fields[i]!.md.placeholders.length > 0;
    // Most codes state no number in any locale: nothing to compare.
    if (!cited) continue;
    const read = fields.slice(start, i);
    for (const field of TEXT_FIELDS) {
      // A field with nothing read in any locale states no number and cites no fact.
      if (!read.some((f) => f.field === field)) continue;
      // The field in every locale that has it; a text that is not a field of its own holds no number.
      const texts: FieldText[] = [];
      for (const locale in code.texts) {
        const value = code.texts[locale]![field];
        if (value === undefined) continue;
        texts.push(read.find((f) => f.locale === locale && f.field === field) ?? new FieldText(provider, code, field, locale, value, NO_FACTS, NO_QUANTITIES, sourceLocale));
      }
      if (texts.length) compareField(code, field, texts, catalog, out);
    }
  }
  return out;
}

/** One line per locale whose number words the reader does not know: counts written in words there are not compared. */
function notes(catalog: Catalog): string[] {
  return catalog.site.locales
    .filter((l) => !WORD_LANGUAGES.has(languageOf(l.lang ?? l.id)))
    .map((l) => `${id}: the reader does not know the number words of ${l.id} (${l.name}), so a count written in words there is not compared; numbers in digits are.`);
}

export const check: Check = { id, summary: 'numbers and units that differ between the locales of a text', run, notes };
