/**
 * The numbers the quantity reader knows by name: English and Russian number
 * words, and the characters of Chinese numerals. Shared by the reader and
 * by the one-pass look at a text (text-flags.ts) that decides whether a
 * text needs reading at all.
 */

/**
 * English and Russian number words. Read only when a unit follows
 * ("two minutes", "пять секунд"), so that "once", "один раз" or "one of"
 * are not quantities. Chinese numerals are handled by `parseChineseNumeral`.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, ninety: 90,
  ноль: 0, нуль: 0,
  один: 1, одна: 1, одну: 1, одно: 1, одного: 1, одной: 1, одним: 1, одном: 1,
  два: 2, две: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8,
  девять: 9, девяти: 9, десять: 10, десяти: 10, пятнадцать: 15, пятнадцати: 15,
  двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
  пятьдесят: 50, пятидесяти: 50, шестьдесят: 60, шестидесяти: 60,
}));

export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map(Object.entries({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}));
export const CHINESE_SMALL_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({ 十: 10, 百: 100, 千: 1000 }));
export const CHINESE_LARGE_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({ 万: 1e4, 亿: 1e8 }));

/** Every character of a Chinese numeral. */
export const NUMERAL_CHARS = [...CHINESE_DIGITS.keys(), ...CHINESE_SMALL_UNITS.keys(), ...CHINESE_LARGE_UNITS.keys()].join('');

/**
 * Every basic Latin and Cyrillic letter by a small number, the same for
 * both cases: a-z are 1-26, а-я 27-58, ё 59; 0 for every other character.
 * These are the letters number words are spelled with.
 */
export const LETTER_INDEX: Uint8Array = (() => {
  const index = new Uint8Array(65536);
  for (let k = 0; k < 26; k++) index[97 + k] = index[65 + k] = 1 + k;
  for (let k = 0; k < 32; k++) index[0x430 + k] = index[0x410 + k] = 27 + k;
  index[0x451] = index[0x401] = 59;
  return index;
})();

/** Latin letters have indexes up to this one, Cyrillic ones above it. */
export const LAST_LATIN = 26;

/** Which pairs of letter indexes start a number word: the pair (a, b) is at a * 64 + b. */
const NUMBER_WORD_PREFIX: Uint8Array = (() => {
  const prefix = new Uint8Array(64 * 64);
  for (const word of NUMBER_WORDS.keys()) prefix[LETTER_INDEX[word.charCodeAt(0)]! * 64 + LETTER_INDEX[word.charCodeAt(1)]!] = 1;
  return prefix;
})();

/** Whether the word at `at` starts as some number word does (its first two letters, in any case). */
export function startsLikeNumberWord(text: string, at: number): boolean {
  const first = LETTER_INDEX[text.charCodeAt(at)]!;
  return first !== 0 && at + 1 < text.length && NUMBER_WORD_PREFIX[first * 64 + LETTER_INDEX[text.charCodeAt(at + 1)]!] === 1;
}
