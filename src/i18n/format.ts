/**
 * Locale-aware numbers and units, by Intl.NumberFormat through the one
 * table of units (src/catalog/units.ts): a fact renders as "50,000 bytes"
 * in en, "50 000 байт" in ru and "50,000字节" in zh. Placeholders are
 * found by the one reading of a text (src/catalog/text), the same the
 * quantity-drift check reads the text with, so what it checks is what
 * readers see.
 */
import type { Fact } from '../catalog/schema.ts';
import { readMarkdown } from '../catalog/text/read.ts';
import { formatAmount } from '../catalog/units.ts';
import { own } from '../catalog/own.ts';

/** A fact as readers of `lang` see it. */
export function formatFact(fact: Pick<Fact, 'value' | 'unit'>, lang: string): string {
  return formatAmount(fact.value, fact.unit, lang);
}

/** A number as readers of `lang` see it. */
export function formatNumber(value: number, lang: string): string {
  return formatAmount(value, 'count', lang);
}

/** A duration in seconds, in the largest whole unit: 300 -> "5 minutes". */
export function formatSeconds(seconds: number, lang: string): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return formatFact({ value: seconds / 3600, unit: 'hour' }, lang);
  if (seconds >= 60 && seconds % 60 === 0) return formatFact({ value: seconds / 60, unit: 'minute' }, lang);
  return formatFact({ value: seconds, unit: 'second' }, lang);
}

/** Replaces the `{fact}` placeholders of a text's prose (not in code, nor in a link's destination) with the formatted facts. Unknown names stay as written. */
export function fillPlaceholders(markdown: string, facts: Record<string, Pick<Fact, 'value' | 'unit'>>, lang: string): string {
  const { placeholders, placeholderAt } = readMarkdown(markdown);
  let out = markdown;
  for (let k = placeholders.length - 1; k >= 0; k--) {
    const name = placeholders[k]!;
    const fact = own(facts, name);
    if (fact) out = out.slice(0, placeholderAt[k]) + formatFact(fact, lang) + out.slice(placeholderAt[k]! + name.length + 2);
  }
  return out;
}
