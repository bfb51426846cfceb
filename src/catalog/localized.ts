/**
 * Values that are one string for every locale or one per locale, such as a
 * provider's display name (`CapMonster Cloud`, or `{ en: Unified gateway,
 * ru: Единый шлюз }`).
 */
export type MaybeLocalized = string | Record<string, string>;

/** `value` in `locale`, else in `fallback` (the source locale), else in any locale. */
export function inLocale(value: MaybeLocalized, locale: string, fallback: string): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value[fallback] ?? Object.values(value)[0] ?? '';
}
