/**
 * literal-parity: code spans (`ERROR_ZERO_BALANCE`, `websiteURL`) and
 * `{placeholders}` are the parts of a text a translator must not change, so
 * every locale carries the same ones. A placeholder must name a fact.
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, fieldsWithMarkdown, list, missingFrom, quote, sameList, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'literal-parity';

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    const src = t.source.md;
    const dst = t.md;
    // Most translations keep the source's literals in the source's order: nothing to compare.
    if (sameList(src.codeSpans, dst.codeSpans) && sameList(src.placeholders, dst.placeholders)) continue;
    const where = `${t.locale} ${t.field}`;
    const lost = missingFrom(src.codeSpans, dst.codeSpans);
    const added = missingFrom(dst.codeSpans, src.codeSpans);
    if (lost.length || added.length) {
      const parts = [lost.length ? `lacks ${list(quote(lost))}` : '', added.length ? `has ${list(quote(added))} that ${t.sourceLocale} does not` : ''].filter(Boolean);
      out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} ${parts.join(' and ')}; code spans are literal values the reader types and must match the ${t.sourceLocale} text.`, hint: 'Copy the code spans from the source text unchanged; translate only the words around them.' }));
    }
    const pLost = missingFrom([...new Set(src.placeholders)], [...new Set(dst.placeholders)]);
    const pAdded = missingFrom([...new Set(dst.placeholders)], [...new Set(src.placeholders)]);
    if (pLost.length || pAdded.length) {
      const parts = [pLost.length ? `lacks ${list(pLost.map((p) => `{${p}}`))}` : '', pAdded.length ? `has ${list(pAdded.map((p) => `{${p}}`))} that ${t.sourceLocale} does not` : ''].filter(Boolean);
      out.push(codeFinding(id, t.code, { severity: 'error', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${where} ${parts.join(' and ')}.`, hint: 'Use the same placeholders as the source text; the site fills them from the code\'s facts.' }));
    }
  }
  for (const f of fieldsWithMarkdown(catalog)) {
    if (!f.md.placeholders.length) continue;
    for (const name of new Set(f.md.placeholders)) {
      if (!(name in f.code.facts))
        out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} cites {${name}}, but the code has no fact named ${name}.`, hint: `Add facts.${name} with a value and unit, or fix the name${Object.keys(f.code.facts).length ? ` (facts: ${Object.keys(f.code.facts).join(', ')})` : ''}.` }));
    }
  }
  return out;
}

export const check: Check = { id, summary: 'code spans and {placeholders} missing or added in a translation', run };
