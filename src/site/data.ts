/**
 * The catalog as the pages see it: loaded once per build from the folder in
 * ERRCAT_CATALOG (astro.config.mjs sets it), with texts resolved per locale
 * (falling back to the source locale field by field) and placeholders filled.
 * Under `astro dev` the integration shares a new load after every save, and
 * every call follows it.
 */
import path from 'node:path';
import { loadCatalog, type Catalog, type LoadedCode, type LoadedProvider } from '../catalog/load.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { sharedBuild } from '../checks/shared.ts';
import { fillPlaceholders, type FormatOptions } from '../i18n/format.ts';
import { own } from '../catalog/own.ts';
import { inLocale } from '../catalog/localized.ts';

export const CATALOG_DIR = path.resolve(process.env.ERRCAT_CATALOG ?? 'catalog');

let cached: Catalog | undefined;
export function catalog(): Catalog {
  return sharedBuild(CATALOG_DIR)?.catalog ?? (cached ??= loadCatalog(CATALOG_DIR));
}

export function locales(): string[] {
  return catalog().site.locales.map((l) => l.id);
}

/** The static paths of a page made once per locale. */
export function localePaths(): { params: { locale: string } }[] {
  return locales().map((locale) => ({ params: { locale } }));
}

/** The tag for `lang` attributes and Intl. */
export function langOf(locale: string): string {
  return langIn(catalog(), locale);
}

/** langOf for a catalog given (the integration writes files outside the pages' module graph). */
export function langIn(cat: Catalog, locale: string): string {
  return cat.site.locales.find((l) => l.id === locale)?.lang ?? locale;
}

export function dirOf(locale: string): 'ltr' | 'rtl' {
  return catalog().site.locales.find((l) => l.id === locale)?.dir ?? 'ltr';
}

export function providers(): LoadedProvider[] {
  return catalog().providers;
}

export function provider(id: string): LoadedProvider {
  const p = catalog().providers.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown provider ${id}`);
  return p;
}

/** A localized map ({en, ru, zh}) read in `locale`, else the source locale. */
export function pick(map: Record<string, string>, locale: string): string {
  return pickIn(catalog(), map, locale);
}

/** pick for a catalog given. */
export function pickIn(cat: Catalog, map: Record<string, string>, locale: string): string {
  return own(map, locale) ?? own(map, cat.site.sourceLocale) ?? Object.values(map)[0] ?? '';
}

/** A provider's display name in `locale` (provider.yaml `name`: one string, or one per locale). */
export function providerName(p: Pick<LoadedProvider, 'name'>, locale: string): string {
  return inLocale(p.name, locale, catalog().site.sourceLocale);
}

/** The typography of `locale` (site.yaml `typography`) that formatted numbers and units follow. */
export function formatOptions(locale: string): FormatOptions {
  return formatOptionsIn(catalog(), locale);
}

function formatOptionsIn(cat: Catalog, locale: string): FormatOptions {
  // The zh setting of the typography check; formatting adds a space only between Han and Latin, so other locales are untouched.
  return { latinSpace: langIn(cat, locale).startsWith('zh') && cat.site.typography.zh.latinSpace === 'space' };
}

/** Where a code's entry is edited (site.yaml `editUrl`), or undefined when the site names no place. */
export function editUrl(code: LoadedCode): string | undefined {
  const template = catalog().site.editUrl;
  if (!template) return undefined;
  const file = path.relative(CATALOG_DIR, path.resolve(code.file)).split(path.sep).join('/');
  return template.replace('{file}', file).replace('{line}', String(code.at([]).line));
}

export interface ResolvedText {
  /** The title, else the provider's display name, else the code. */
  title: string;
  summary: string;
  cause?: string;
  action?: string;
  /** Fields shown in the source locale because `locale` lacks them. */
  fallback: TextField[];
}

/** The code's texts in `locale`, field by field falling back to the source locale, placeholders filled. */
export function textsOf(code: LoadedCode, locale: string): ResolvedText {
  return textsIn(catalog(), code, locale);
}

/** textsOf for a catalog given. */
export function textsIn(cat: Catalog, code: LoadedCode, locale: string): ResolvedText {
  const source = cat.site.sourceLocale;
  const own = code.texts[locale];
  const src = code.texts[source] ?? Object.values(code.texts)[0];
  const fallback: TextField[] = [];
  const out: Record<string, string | undefined> = {};
  for (const field of TEXT_FIELDS) {
    let value = own?.[field];
    let shownIn = locale;
    if (value === undefined && src?.[field] !== undefined) {
      value = src[field];
      shownIn = source;
      fallback.push(field);
    }
    out[field] = value === undefined ? undefined : fillPlaceholders(value, code.facts, langIn(cat, shownIn), formatOptionsIn(cat, shownIn));
  }
  return { title: out.title ?? (code.name ? sentenceCase(code.name) : code.code), summary: out.summary ?? '', cause: out.cause, action: out.action, fallback };
}

/** "CAPTCHA IS NOT READY" -> "Captcha is not ready", for display names used as titles. */
function sentenceCase(name: string): string {
  return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

const byRefOf = new WeakMap<Catalog, Map<string, { provider: LoadedProvider; code: LoadedCode }>>();

/** Finds a code by "provider/CODE". */
export function codeByRef(ref: string): { provider: LoadedProvider; code: LoadedCode } | undefined {
  const cat = catalog();
  let byRef = byRefOf.get(cat);
  if (!byRef) {
    byRefOf.set(cat, (byRef = new Map()));
    for (const p of cat.providers) for (const c of p.codes) byRef.set(`${p.id}/${c.code}`, { provider: p, code: c });
  }
  return byRef.get(ref);
}
