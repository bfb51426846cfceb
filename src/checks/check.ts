/**
 * What a check is, and the helpers every check uses to walk the catalog's
 * texts and to make findings.
 */
import type { Catalog, LoadedCode, LoadedProvider, PathSeg } from '../catalog/load.ts';
import { TEXT_FIELDS, type Text, type TextField } from '../catalog/schema.ts';
import type { TextMemo } from './text-memo.ts';
import type { Finding, Severity } from './finding.ts';
import { positionInScalar } from '../catalog/scalar-position.ts';
import { NO_FACTS, readText, type MarkdownFacts } from '../catalog/text/read.ts';
import { NO_QUANTITIES, readHardQuantities, type Quantity } from './quantity/read.ts';

export interface Check {
  /** The check's id: its file name. */
  id: string;
  /** One line: what it catches. */
  summary: string;
  run(catalog: Catalog): Finding[];
  /** What the check could not judge in this catalog, one line each (a language it cannot read): said once, never a finding. */
  notes?(catalog: Catalog): string[];
}

export interface FindingInput {
  severity: Severity;
  at: PathSeg[];
  locales?: string[];
  message: string;
  hint: string;
}

/** A finding about one code, positioned at `at` inside the code's entry. */
export function codeFinding(check: string, code: LoadedCode, f: FindingInput): Finding {
  return {
    check,
    severity: f.severity,
    ...code.at(f.at),
    provider: code.provider,
    code: code.code,
    locales: f.locales ?? [],
    message: `${code.code}: ${f.message}`,
    hint: f.hint,
  };
}

/**
 * A finding about one text field, pointing at `offset` in its text (the
 * number or code span the finding is about) when the file's YAML can be
 * walked to it, else at the field's start.
 */
export function fieldFinding(check: string, f: FieldText, offset: number | undefined, input: Omit<FindingInput, 'at'>): Finding {
  const finding = codeFinding(check, f.code, { ...input, at: f.at });
  if (offset === undefined || !f.code.file || f.code.file !== f.provider.errorsFile) return finding;
  const exact = positionInScalar(f.provider, f.provider.errorsSource, finding, f.text, offset);
  return exact ? { ...finding, line: exact.line, column: exact.column } : finding;
}

export function providerFinding(check: string, provider: LoadedProvider, f: FindingInput): Finding {
  return { check, severity: f.severity, ...provider.at(f.at), provider: provider.id, locales: f.locales ?? [], message: f.message, hint: f.hint };
}

/** One text field of one code in one locale, read once for every check. */
export class FieldText {
  readonly provider: LoadedProvider;
  readonly code: LoadedCode;
  readonly field: TextField;
  readonly locale: string;
  readonly text: string;
  /** Code spans, links, placeholders, structure. */
  readonly md: MarkdownFacts;
  /** The numbers it states, read with the locale's conventions; not the soft ones (Quantity.soft), which quantity-drift reads where they could pair. */
  readonly quantities: readonly Quantity[];
  readonly sourceLocale: string;
  /** For a translation: the same field in the source locale, if it has one. */
  source: FieldText | undefined = undefined;

  constructor(provider: LoadedProvider, code: LoadedCode, field: TextField, locale: string, text: string, md: MarkdownFacts, quantities: readonly Quantity[], sourceLocale: string) {
    this.provider = provider;
    this.code = code;
    this.field = field;
    this.locale = locale;
    this.text = text;
    this.md = md;
    this.quantities = quantities;
    this.sourceLocale = sourceLocale;
  }

  /** Path of the field inside the code entry (made when a finding needs it: a catalog has many fields and few findings). */
  get at(): PathSeg[] {
    return ['texts', this.locale, this.field];
  }
}

/** A translated text field that has a source-locale counterpart. */
export interface TextPair extends FieldText {
  source: FieldText;
}

/**
 * What the checks read from a catalog's texts. Most texts hold nothing a
 * check reads (no code, link, placeholder, emphasis or number), and a
 * check has nothing to compare in a pair of two such texts: only the texts
 * that hold something, and the other side of their pairs, become fields.
 * Checks that need every text (unchanged-translation) walk the catalog.
 */
export interface CatalogTexts {
  /** The text fields that hold Markdown facts or quantities, and their counterparts in a pair; each code's fields together. */
  fields: FieldText[];
  /** The fields that hold Markdown facts. */
  markdownFields: FieldText[];
  /** The translated fields where the translation or its source holds Markdown facts. */
  markdownPairs: TextPair[];
}

const prepared = new WeakMap<Catalog, CatalogTexts>();

/** What the checks read from one text: its Markdown facts and the (hard) quantities it states. */
export interface FieldReading {
  md: MarkdownFacts;
  quantities: readonly Quantity[];
}

/** The reading of a text with nothing in it to read, shared: most texts. */
const NOTHING: FieldReading = Object.freeze({ md: NO_FACTS, quantities: NO_QUANTITIES });

/** Reads a text once: its Markdown, and the quantities in its prose. */
function readField(text: string, lang: string): FieldReading {
  const { facts, hidden } = readText(text);
  const quantities = readHardQuantities(text, lang, hidden);
  return facts === NO_FACTS && quantities === NO_QUANTITIES ? NOTHING : { md: facts, quantities };
}

/** Whether a reading holds anything a check reads. */
function holds(r: FieldReading): boolean {
  return r.md !== NO_FACTS || r.quantities.length > 0;
}

/**
 * Reads every text field of the catalog once: its Markdown facts and its
 * quantities. Every check then walks plain arrays; runChecks drops them
 * when it is done (`forgetTexts`).
 */
function textsOf(catalog: Catalog): CatalogTexts {
  return prepared.get(catalog) ?? prepareTexts(catalog);
}

/** Reads the catalog's texts now, through `memo`: the readings it keeps from an earlier run are taken as they are. */
export function readTexts(catalog: Catalog, memo: TextMemo<FieldReading>): void {
  prepareTexts(catalog, memo);
}

function prepareTexts(catalog: Catalog, memo?: TextMemo<FieldReading>): CatalogTexts {
  const read = memo ? (text: string, lang: string) => memo.read(text, lang, readField) : readField;
  const { sourceLocale, locales } = catalog.site;
  const langs = new Map(locales.map((l) => [l.id, l.lang ?? l.id]));
  const sourceLang = langs.get(sourceLocale) ?? sourceLocale;
  const texts: CatalogTexts = { fields: [], markdownFields: [], markdownPairs: [] };
  const { fields, markdownFields, markdownPairs } = texts;
  const add = (f: FieldText): FieldText => {
    fields.push(f);
    if (f.md !== NO_FACTS) markdownFields.push(f);
    return f;
  };
  // The source locale's fields of the code being read, by field index: the reading, and the field once one is made.
  const sourceReadings: (FieldReading | undefined)[] = [];
  const sourceFields: (FieldText | undefined)[] = [];
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      // The source locale first, so that each translation meets its source as it is read.
      const source = code.texts[sourceLocale];
      for (let k = 0; k < TEXT_FIELDS.length; k++) {
        const value = source?.[TEXT_FIELDS[k]!];
        const r = value === undefined ? undefined : read(value, sourceLang);
        sourceReadings[k] = r;
        sourceFields[k] = r && holds(r) ? add(new FieldText(provider, code, TEXT_FIELDS[k]!, sourceLocale, value!, r.md, r.quantities, sourceLocale)) : undefined;
      }
      for (const locale in code.texts) {
        if (locale === sourceLocale) continue;
        const text = code.texts[locale]!;
        const lang = langs.get(locale) ?? locale;
        for (let k = 0; k < TEXT_FIELDS.length; k++) {
          const field = TEXT_FIELDS[k]!;
          const value = text[field];
          if (value === undefined) continue;
          const r = read(value, lang);
          const from = sourceReadings[k];
          if (!holds(r) && !(from && holds(from))) continue;
          const f = add(new FieldText(provider, code, field, locale, value, r.md, r.quantities, sourceLocale));
          if (!from) continue;
          f.source = sourceFields[k] ??= add(new FieldText(provider, code, field, sourceLocale, source![field]!, from.md, from.quantities, sourceLocale));
          if (f.md !== NO_FACTS || from.md !== NO_FACTS) markdownPairs.push(f as TextPair);
        }
      }
    }
  }
  prepared.set(catalog, texts);
  return texts;
}

/** The translated fields where the translation or its source has Markdown facts: a pair with none on either side has nothing for a Markdown check to compare. */
export function translatedFieldsWithMarkdown(catalog: Catalog): readonly TextPair[] {
  return textsOf(catalog).markdownPairs;
}

/** The text fields that hold Markdown facts or quantities, and the other side of each pair where one side does; each code's fields together. */
export function fieldsWithReadings(catalog: Catalog): readonly FieldText[] {
  return textsOf(catalog).fields;
}

/** The text fields that have Markdown facts. */
export function fieldsWithMarkdown(catalog: Catalog): readonly FieldText[] {
  return textsOf(catalog).markdownFields;
}

/** Drops what the checks read from the catalog's texts (runChecks calls it when done). */
export function forgetTexts(catalog: Catalog): void {
  prepared.delete(catalog);
}

/** "a, b and c" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a, b, c and 4 more": the first `shown` items of a long list, and how many it leaves out. */
export function listSome(items: string[], shown = 3): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more` : list(items);
}

export function quote(items: string[]): string[] {
  return items.map((i) => `\`${i}\``);
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Items of `a` not in `b`, as multisets. */
export function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i === -1) out.push(x);
    else rest.splice(i, 1);
  }
  return out;
}
