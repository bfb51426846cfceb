/** What the schemas of every catalog file share: ids, text per locale, and issues worded as sentences. */
import { z } from 'zod';

/** An issue worded as a whole sentence, with the hint the loader shows for it. */
export function issue(ctx: z.core.$RefinementCtx, path: PropertyKey[], message: string, hint: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { hint, sentence: true } });
}

/** A tag `Intl` accepts: `Intl.getCanonicalLocales` throws on anything else. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP-47-ish locale id as used in URLs: `en`, `ru`, `zh`, `pt-br`. */
export const LocaleIdSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a lower-case locale id such as "en" or "pt-br"')
  .describe('Locale id as used in URLs, lower case: "en", "ru", "zh".');

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A provider id: a folder name and a URL segment, so nothing that could leave the catalog folder. */
export const ProviderIdSchema = z.string().regex(KEBAB, 'kebab-case, e.g. "capmonster-cloud"').describe('URL segment and folder name, kebab-case.');

/** Hints for values that do not match a pattern, by the pattern (zod passes no hint with a format issue). */
export const FORMAT_HINTS: ReadonlyMap<string, string> = new Map([
  [String(KEBAB), 'Use lower-case letters, digits and single hyphens: the id is the provider\'s folder name and its URL segment, so no "/", "." or spaces.'],
]);

/** Text per locale. Keys are locale ids declared in site.yaml. */
export const LocalizedSchema = z
  .record(z.string(), z.string().min(1))
  .describe('A text per locale: { en: "...", ru: "...", zh: "..." }.');

/** An error code exactly as the API returns it. */
export const CodeIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/, 'letters, digits, "_", ".", ":" or "-", starting with a letter')
  .describe('The code exactly as the API returns it, e.g. ERROR_ZERO_BALANCE.');

/** Another code of the catalog: "provider/CODE". */
export const CodeRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[A-Za-z][A-Za-z0-9_.:-]*$/, '"provider/CODE"')
  .describe('A code of the catalog, as "provider/CODE".');
