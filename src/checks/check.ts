/**
 * What a check is, and the helpers every check uses to walk the catalog's
 * texts and to make findings.
 */
import type { Catalog, LoadedCode, LoadedProvider, PathSeg } from '../catalog/load.ts';
import { TEXT_FIELDS, type Text, type TextField } from '../catalog/schema.ts';
import type { Finding, Severity } from './finding.ts';

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

/** A text field of one code in one locale, with the source locale's counterpart. */
export interface TextPair {
  provider: LoadedProvider;
  code: LoadedCode;
  field: TextField;
  locale: string;
  text: string;
  source: string;
  sourceLocale: string;
  /** Path of the translated field inside the code entry. */
  at: PathSeg[];
}

/** Every translated text field that has a source-locale counterpart. */
export function* translatedFields(catalog: Catalog): Generator<TextPair> {
  const sourceLocale = catalog.site.sourceLocale;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const source = code.texts[sourceLocale];
      if (!source) continue;
      for (const [locale, text] of Object.entries(code.texts)) {
        if (locale === sourceLocale) continue;
        for (const field of TEXT_FIELDS) {
          const t = text[field];
          const s = source[field];
          if (t === undefined || s === undefined) continue;
          yield { provider, code, field, locale, text: t, source: s, sourceLocale, at: ['texts', locale, field] };
        }
      }
    }
  }
}

/** Every text field of every code in every locale. */
export function* allFields(catalog: Catalog): Generator<{ provider: LoadedProvider; code: LoadedCode; locale: string; field: TextField; text: string; at: PathSeg[] }> {
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      for (const [locale, text] of Object.entries(code.texts) as [string, Text][]) {
        for (const field of TEXT_FIELDS) {
          const t = text[field];
          if (t !== undefined) yield { provider, code, locale, field, text: t, at: ['texts', locale, field] };
        }
      }
    }
  }
}

/** "a, b and c" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function quote(items: string[]): string[] {
  return items.map((i) => `\`${i}\``);
}

/** Items of `a` not in `b`, as multisets. */
export function missingFrom(a: string[], b: string[]): string[] {
  const rest = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i === -1) out.push(x);
    else rest.splice(i, 1);
  }
  return out;
}
