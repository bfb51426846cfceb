/**
 * quantity-drift: every locale of a text states the same numbers with the
 * same units, as readers see them: a `{placeholder}` counts as the fact it
 * renders. Numbers in code, links, versions and codes are not quantities.
 * "50 KB" against "500,000 字节" is an error; against "50,000 байт" a
 * warning (it holds only if a KB is 1000 bytes).
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import type { Fact } from '../catalog/schema.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { codeFinding, FieldText, fieldsWithReadings, sameList, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { NO_FACTS } from './markdown.ts';
import { compareQuantities, NO_QUANTITIES, type Drift, type Quantity } from './quantity/index.ts';
import { own } from '../catalog/own.ts';

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

/** A fact as the quantity its placeholder renders: exact, so a kilobyte here is 1000 bytes. */
const FACT_QUANTITY: Record<Fact['unit'], [string | null, Quantity['dimension'], number]> = {
  byte: ['B', 'bytes', 1],
  kilobyte: ['KB', 'bytes', 1000],
  megabyte: ['MB', 'bytes', 1e6],
  millisecond: ['ms', 'time', 0.001],
  second: ['s', 'time', 1],
  minute: ['min', 'time', 60],
  hour: ['h', 'time', 3600],
  day: ['d', 'time', 86400],
  count: [null, 'none', 1],
};

function placeholderQuantities(f: FieldText): Quantity[] {
  return f.md.placeholders.flatMap((name) => {
    const fact = own(f.code.facts, name);
    if (!fact) return [];
    const [unit, dimension, scale] = FACT_QUANTITY[fact.unit];
    const base = fact.value * scale;
    return [{ raw: `{${name}}`, start: 0, end: 0, value: fact.value, unit, dimension, base: { decimal: base, binary: base }, ambiguousBase: false }];
  });
}

function compareField(code: LoadedCode, field: TextField, texts: FieldText[], catalog: Catalog, out: Finding[]): void {
  const { sourceLocale, quantities } = catalog.site;
  const reference = texts.find((f) => f.locale === sourceLocale);
  if (texts.length < 2 || !reference) return;
  // Every locale citing the same facts in the same order and stating no other number: the same quantities everywhere.
  if (texts.every((f) => !f.quantities.length && sameList(f.md.placeholders, reference.md.placeholders))) return;
  const byLocale: Record<string, Quantity[]> = {};
  for (const f of texts) byLocale[f.locale] = [...f.quantities, ...placeholderQuantities(f)];
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

export const check: Check = { id, summary: 'numbers and units that differ between the locales of a text', run };
