/**
 * literal-parity: code spans (`ERROR_ZERO_BALANCE`, `websiteURL`) and
 * `{placeholders}` are the parts of a text a translator must not change, so
 * every locale carries the same ones. A placeholder must name a fact. One
 * finding per text, at the first literal that differs.
 */
import type { Catalog } from '../catalog/load.ts';
import { TEXT_FIELDS } from '../catalog/schema.ts';
import { readMarkdown } from '../catalog/text/read.ts';
import { FieldText, fieldFinding, fieldsWithMarkdown, listSome, missingFrom, quote, sameList, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { own } from '../catalog/own.ts';

export const id = 'literal-parity';

/** What one text gets wrong: what it does (the text is the subject), a hint and where in the text, each. */
interface Problem {
  message: string;
  hint: string;
  at: number | undefined;
  /** About the translation against its source (so both locales are named). */
  pair: boolean;
}

/** Where the first of `items` (code spans or placeholder names) is in a text's list, by its offsets. */
function firstAt(items: readonly string[], all: readonly string[], offsets: readonly number[]): number | undefined {
  const k = items.length ? all.indexOf(items[0]!) : -1;
  return k === -1 ? undefined : offsets[k];
}

function parity(t: FieldText & { source: FieldText }): Problem[] {
  const src = t.source.md;
  const dst = t.md;
  // Most translations keep the source's literals in the source's order: nothing to compare.
  if (sameList(src.codeSpans, dst.codeSpans) && sameList(src.placeholders, dst.placeholders)) return [];
  const problems: Problem[] = [];
  const lost = missingFrom(src.codeSpans, dst.codeSpans);
  const added = missingFrom(dst.codeSpans, src.codeSpans);
  if (lost.length || added.length) {
    const parts = [lost.length ? `lacks ${listSome(quote(lost))}` : '', added.length ? `has ${listSome(quote(added))} that ${t.sourceLocale} does not` : ''].filter(Boolean);
    problems.push({
      message: `${parts.join(' and ')}; code spans are literal values the reader types and must match the ${t.sourceLocale} text`,
      hint: 'Copy the code spans from the source text unchanged; translate only the words around them.',
      at: firstAt(added, dst.codeSpans, dst.codeSpanAt),
      pair: true,
    });
  }
  const pLost = missingFrom([...new Set(src.placeholders)], [...new Set(dst.placeholders)]);
  const pAdded = missingFrom([...new Set(dst.placeholders)], [...new Set(src.placeholders)]);
  if (pLost.length || pAdded.length) {
    const parts = [pLost.length ? `lacks ${listSome(pLost.map((p) => `{${p}}`))}` : '', pAdded.length ? `has ${listSome(pAdded.map((p) => `{${p}}`))} that ${t.sourceLocale} does not` : ''].filter(Boolean);
    problems.push({ message: parts.join(' and '), hint: "Use the same placeholders as the source text; the site fills them from the code's facts.", at: firstAt(pAdded, dst.placeholders, dst.placeholderAt), pair: true });
  }
  return problems;
}

function unknownFacts(f: FieldText): Problem[] {
  const unknown = [...new Set(f.md.placeholders)].filter((name) => own(f.code.facts, name) === undefined);
  if (!unknown.length) return [];
  const facts = Object.keys(f.code.facts);
  return [{
    message: `cites ${listSome(unknown.map((n) => `{${n}}`))}, but the code has no fact named ${listSome(unknown)}`,
    hint: `Add ${listSome(unknown.map((n) => `facts.${n}`))} with a value and unit, or fix the name${facts.length ? ` (facts: ${facts.join(', ')})` : ''}.`,
    at: firstAt(unknown, f.md.placeholders, f.md.placeholderAt),
    pair: false,
  }];
}

/** Names in braces that look like placeholders but are none, so the page shows them as written. */
function shownAsWritten(f: FieldText): Problem[] {
  const found = notPlaceholders(f);
  if (!found.length) return [];
  const names = found.map((x) => x.name);
  return [{
    message: `has ${listSome(names.map((n) => `{${n}}`))}, which looks like a placeholder but is not one (a placeholder is a fact's name: a letter, then letters, digits or _), so the page shows it as written`,
    hint: `Name a fact, e.g. {${Object.keys(f.code.facts)[0] ?? 'maxBytes'}}, or put text meant literally in a code span.`,
    at: found[0]!.at,
    pair: false,
  }];
}

/** A text field's key. */
const keyOf = (provider: string, code: string, locale: string, field: string) => `${provider}\u0000${code}\u0000${locale}\u0000${field}`;
const fieldKey = (f: FieldText) => keyOf(f.provider.id, f.code.code, f.locale, f.field);

/** Whether a text may hold a name in braces that is no placeholder: a "{" not starting "{name}". Most texts hold none, or only placeholders. */
const MAY_HOLD_NON_PLACEHOLDER = /\{(?![A-Za-z][A-Za-z0-9_]*\})/;

function run(catalog: Catalog): Finding[] {
  // One finding per text: its problems gathered under the field's key.
  const problems = new Map<string, [FieldText, Problem[]]>();
  const add = (f: FieldText, found: Problem[]) => {
    if (!found.length) return;
    const key = fieldKey(f);
    problems.set(key, [f, [...(problems.get(key)?.[1] ?? []), ...found]]);
  };
  for (const t of translatedFieldsWithMarkdown(catalog)) add(t, parity(t));
  // Names in braces that are no placeholder: in the fields the checks read, then in any other text (read here).
  const seen = new Set<string>();
  for (const f of fieldsWithMarkdown(catalog)) {
    if (f.md.placeholders.length) add(f, unknownFacts(f));
    if (!MAY_HOLD_NON_PLACEHOLDER.test(f.text)) continue;
    seen.add(fieldKey(f));
    add(f, shownAsWritten(f));
  }
  for (const provider of catalog.providers)
    for (const code of provider.codes)
      for (const [locale, text] of Object.entries(code.texts))
        for (const field of TEXT_FIELDS) {
          const value = text[field];
          if (value === undefined || !MAY_HOLD_NON_PLACEHOLDER.test(value) || seen.has(keyOf(provider.id, code.code, locale, field))) continue;
          const f = new FieldText(provider, code, field, locale, value, readMarkdown(value), [], catalog.site.sourceLocale);
          add(f, shownAsWritten(f));
        }
  const out: Finding[] = [];
  for (const [f, found] of problems.values()) {
    const locales = found.some((p) => p.pair) ? [f.locale, f.sourceLocale] : [f.locale];
    out.push(
      fieldFinding(id, f, found.find((p) => p.at !== undefined)?.at, {
        severity: 'error',
        locales,
        message: `The ${f.locale} ${f.field} ${found.map((p) => p.message).join('; it ')}.`,
        hint: [...new Set(found.map((p) => p.hint))].join(' '),
      }),
    );
  }
  return out;
}

/**
 * Names in braces outside code that are no placeholder: "{__proto__}",
 * "{max-bytes}", "{лимит}" (not "{color: red}" or "{"a": 1}"), with where
 * each is; code is where the text's one reading says it is.
 */
function notPlaceholders(f: FieldText): { name: string; at: number }[] {
  const { codeSpanAt, codeSpanEnd } = f.md;
  const inCode = (at: number) => codeSpanAt.some((from, k) => at >= from && at < codeSpanEnd[k]!);
  return [...f.text.matchAll(/\{([\p{L}\p{N}_$.-]+)\}/gu)]
    .filter((m) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(m[1]!) && !inCode(m.index))
    .map((m) => ({ name: m[1]!, at: m.index }));
}

export const check: Check = { id, summary: 'code spans and {placeholders} missing or added in a translation', run };
