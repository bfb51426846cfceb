/** What every generated sentence needs of the reader's locale: UI strings, the Intl tag and the typography. */
import { useT } from './ui.ts';
import { formatOptions, langOf } from './data.ts';
import type { AdviceLocale } from './retry.ts';

export interface Reader extends AdviceLocale {
  locale: string;
}

const readers = new Map<string, Reader>();

export function readerOf(locale: string): Reader {
  let r = readers.get(locale);
  if (!r) readers.set(locale, (r = { locale, t: useT(locale), lang: langOf(locale), format: formatOptions(locale) }));
  return r;
}
