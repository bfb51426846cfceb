/** Languages of locale tags, read with Intl.Locale (BCP 47), never by hand. */
import type { Site } from './schema.ts';

/** The language subtag of a BCP 47 tag (`zh` for `zh-Hans`, `zh_CN` or `ZH-cn`); undefined for what is no tag. */
export function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).language;
  } catch {
    return undefined;
  }
}

/** Each published locale's language: its `lang` (or id) reduced to the language subtag. */
export function localeLanguages(site: Pick<Site, 'locales'>): Map<string, string> {
  return new Map(site.locales.map((l) => [l.id, languageOf(l.lang ?? l.id) ?? l.id]));
}
