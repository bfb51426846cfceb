/**
 * The "quantity drift" check's pure functions: read the quantities a
 * Markdown text states (`readQuantities`), then compare one text field's
 * quantities across locales (`compareQuantities`).
 */
export * from './read.ts';
export * from './compare.ts';

import { readQuantities, type Quantity } from './read.ts';

const memo = new Map<string, Quantity[]>();

/** readQuantities, remembered per text and locale: several checks read the same texts. */
export function quantitiesOf(text: string, locale: string): Quantity[] {
  const key = `${locale}\u0000${text}`;
  let q = memo.get(key);
  if (!q) {
    q = readQuantities(text, locale);
    if (memo.size > 500_000) memo.clear();
    memo.set(key, q);
  }
  return q;
}

/** Drops what quantitiesOf remembers (runChecks calls it when done). */
export function forgetQuantities(): void {
  memo.clear();
}
