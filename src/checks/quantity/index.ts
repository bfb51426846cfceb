/**
 * The "quantity drift" check's pure functions: read the quantities a
 * Markdown text states (`readQuantities`), then compare one text field's
 * quantities across locales (`compareQuantities`).
 */
export type { Dimension, Quantity } from './read.ts';
export { readQuantities, parseChineseNumeral, UNITS } from './read.ts';
export type { Drift, KilobyteSetting, CompareOptions } from './compare.ts';
export { compareQuantities, baseValue } from './compare.ts';
