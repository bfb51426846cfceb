/**
 * The "quantity drift" check's pure functions: read the quantities a
 * Markdown text states (`readQuantities`), then compare one text field's
 * quantities across locales (`compareQuantities`).
 */
export * from './read.ts';
export * from './compare.ts';
export { MULTIPLIERS, Spelling, UNIT_ALIASES, WORD_END } from './units.ts';
export { parseChineseNumeral } from './numbers.ts';
