/**
 * literal-parity: code spans (`ERROR_ZERO_BALANCE`, `websiteURL`) and
 * `{placeholders}` are the parts of a text a translator must not change, so
 * every locale carries the same ones. A placeholder must name a fact.
 */
import type { Catalog } from '../catalog/load.ts';
import { TEXT_FIELDS } from '../catalog/schema.ts';
import { codeFinding, fieldsWithMarkdown, list, missingFrom, quote, sameList, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { own } from '../catalog/own.ts';

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
      if (own(f.code.facts, name) === undefined)
        out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} cites {${name}}, but the code has no fact named ${name}.`, hint: `Add facts.${name} with a value and unit, or fix the name${Object.keys(f.code.facts).length ? ` (facts: ${Object.keys(f.code.facts).join(', ')})` : ''}.` }));
    }
  }
  for (const provider of catalog.providers)
    for (const code of provider.codes)
      for (const locale in code.texts) {
        const text = code.texts[locale]!;
        for (const field of TEXT_FIELDS) {
          const value = text[field];
          if (value === undefined || !value.includes('{')) continue;
          for (const name of notPlaceholders(value))
            out.push(codeFinding(id, code, { severity: 'error', at: ['texts', locale, field], locales: [locale], message: `The ${locale} ${field} has {${name}}, which looks like a placeholder but is not one (a placeholder is a fact's name: a letter, then letters, digits or _), so the page shows it as written.`, hint: `Name a fact, e.g. {${Object.keys(code.facts)[0] ?? 'maxBytes'}}, or put text meant literally in a code span.` }));
        }
      }
  return out;
}

/**
 * Names in braces outside code spans that are no placeholder: "{__proto__}",
 * "{max-bytes}", "{лимит}" (not "{color: red}" or "{"a": 1}"). Code spans are cut out as fillPlaceholders cuts them, so
 * this sees what the page fills.
 */
export function notPlaceholders(markdown: string): string[] {
  const out: string[] = [];
  markdown.split(/(`+[^`]*`+)/).forEach((part, i) => {
    if (i % 2 === 1) return;
    for (const m of part.matchAll(/\{([\p{L}\p{N}_$.-]+)\}/gu)) if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(m[1]!)) out.push(m[1]!);
  });
  return out;
}

export const check: Check = { id, summary: 'code spans and {placeholders} missing or added in a translation', run };
