/**
 * What a check is, and the helpers every check uses to walk the catalog's
 * texts and to make findings.
 */
import type { Catalog, LoadedCode, LoadedProvider, PathSeg } from '../catalog/load.ts';
import { TEXT_FIELDS, type Text, type TextField } from '../catalog/schema.ts';
import type { Finding, Severity } from './finding.ts';
import type { MarkdownFacts } from './markdown.ts';
import type { Quantity } from './quantity/read.ts';
import { memoryReader, type TextReader } from './text-cache.ts';

export interface Check {
  /** The check's id: its file name. */
  id: string;
  /** One line: what it catches. */
  summary: string;
  run(catalog: Catalog): Finding[];
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
  /** The numbers it states, read with the locale's conventions. */
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

export interface CatalogTexts {
  fields: FieldText[];
  pairs: TextPair[];
}

const prepared = new WeakMap<Catalog, CatalogTexts>();

/**
 * Reads every text field of the catalog once: its Markdown facts and its
 * quantities. Every check then walks plain arrays; runChecks drops them
 * when it is done (`forgetTexts`).
 */
function textsOf(catalog: Catalog): CatalogTexts {
  return prepared.get(catalog) ?? prepareTexts(catalog, memoryReader());
}

/** Reads the catalog's texts with `reader` (runChecks passes one backed by the cache). */
export function prepareTexts(catalog: Catalog, reader: TextReader): CatalogTexts {
  const { sourceLocale, locales } = catalog.site;
  const langs = new Map(locales.map((l) => [l.id, l.lang ?? l.id]));
  const fields: FieldText[] = [];
  const pairs: TextPair[] = [];
  for (const provider of catalog.providers) {
    reader.provider(provider, langs);
    for (const code of provider.codes) {
      const mine: Record<string, FieldText[]> = {};
      for (const [locale, text] of Object.entries(code.texts) as [string, Text][]) {
        const lang = langs.get(locale) ?? locale;
        const list: FieldText[] = (mine[locale] = []);
        for (const field of TEXT_FIELDS) {
          const value = text[field];
          if (value === undefined) continue;
          const { md, quantities } = reader.read(value, lang);
          const f = new FieldText(provider, code, field, locale, value, md, quantities, sourceLocale);
          fields.push(f);
          list.push(f);
        }
      }
      const source = mine[sourceLocale];
      if (!source) continue;
      for (const [locale, list] of Object.entries(mine)) {
        if (locale === sourceLocale) continue;
        for (const f of list) {
          f.source = source.find((x) => x.field === f.field);
          if (f.source) pairs.push(f as TextPair);
        }
      }
    }
  }
  const texts = { fields, pairs };
  prepared.set(catalog, texts);
  return texts;
}

/** Every translated text field that has a source-locale counterpart. */
export function translatedFields(catalog: Catalog): readonly TextPair[] {
  return textsOf(catalog).pairs;
}

/** Every text field of every code in every locale. */
export function allFields(catalog: Catalog): readonly FieldText[] {
  return textsOf(catalog).fields;
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
