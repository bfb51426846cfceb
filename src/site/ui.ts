/** The pages' UI strings: src/i18n's, falling back to the catalog's source locale. */
import type { TFunction } from 'i18next';
import { uiStrings } from '../i18n/ui.ts';
import { catalog } from './data.ts';

export function useT(locale: string): TFunction {
  return uiStrings(locale, catalog().site.sourceLocale);
}
