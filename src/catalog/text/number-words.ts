/**
 * Numbers written without digits, per language: number words ("three",
 * "три", "três"), words that state an amount alone ("полчаса", "сутки") and
 * the characters of Chinese numerals. The quantity reader reads them; the
 * one-pass look at a text (flags.ts) uses them to tell which texts may hold
 * one. Languages are BCP 47 language subtags.
 */
import type { Unit } from '../units.ts';

const words = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));

/**
 * Number words, lower case, every case and gender form. Words for one (and
 * zero) are also articles and pronouns ("a", "un", "ein", "one of"): the
 * reader marks what they state as soft (see Quantity.soft).
 */
export const NUMBER_WORDS: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  en: words({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    once: 1, twice: 2, thrice: 3,
  }),
  ru: words({
    ноль: 0, нуль: 0,
    один: 1, одна: 1, одно: 1, одну: 1, одного: 1, одной: 1, одному: 1, одним: 1, одном: 1,
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2, двое: 2, дважды: 2,
    три: 3, трёх: 3, трех: 3, трём: 3, трем: 3, тремя: 3, трое: 3, трижды: 3,
    четыре: 4, четырёх: 4, четырех: 4, четырём: 4, четырем: 4, четырьмя: 4, четверо: 4,
    пять: 5, пяти: 5, пятью: 5, пятеро: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8,
    девять: 9, девяти: 9, десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12,
    тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14, пятнадцать: 15, пятнадцати: 15,
    шестнадцать: 16, семнадцать: 17, восемнадцать: 18, девятнадцать: 19,
    двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
    пятьдесят: 50, пятидесяти: 50, шестьдесят: 60, шестидесяти: 60, семьдесят: 70, восемьдесят: 80,
    девяносто: 90, девяноста: 90, сто: 100, ста: 100, полтора: 1.5, полторы: 1.5, полутора: 1.5,
  }),
  pt: words({
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17,
    dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, cem: 100,
  }),
  es: words({
    cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, cien: 100,
  }),
  de: words({
    null: 0, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, eins: 1, einmal: 1,
    zwei: 2, zweimal: 2, drei: 3, dreimal: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, hundert: 100,
  }),
  fr: words({
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, cent: 100,
  }),
};

/** Words that state an amount of time on their own: "полчаса" is half an hour; "сутки" and "минуту" one day and one minute (soft). */
export const AMOUNT_WORDS: Readonly<Record<string, ReadonlyMap<string, { value: number; unit: Unit }>>> = {
  ru: new Map(Object.entries({
    полсекунды: { value: 0.5, unit: 's' }, полминуты: { value: 0.5, unit: 'min' }, полчаса: { value: 0.5, unit: 'h' },
    полдня: { value: 0.5, unit: 'd' }, полсуток: { value: 0.5, unit: 'd' },
    секунду: { value: 1, unit: 's' }, минуту: { value: 1, unit: 'min' }, час: { value: 1, unit: 'h' },
    сутки: { value: 1, unit: 'd' }, суток: { value: 1, unit: 'd' },
  })),
};

/** Words that make the next unit an amount: "a minute" (one, soft), "half an hour" (a half). */
export const AMOUNT_LEADS: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  en: words({ a: 1, an: 1, half: 0.5 }),
  pt: words({ meio: 0.5, meia: 0.5 }),
  es: words({ medio: 0.5, media: 0.5 }),
  fr: words({ demi: 0.5 }),
  de: words({ halbe: 0.5, halben: 0.5 }),
};

/** The languages whose numbers in words the reader knows (zh: by its numerals). */
export const WORD_LANGUAGES: ReadonlySet<string> = new Set([...Object.keys(NUMBER_WORDS), 'zh']);

const languages = new Map<string, string>();

/** The language subtag of a locale or lang tag: "pt" for "pt-BR", "zh" for "zh-Hans". */
export function languageOf(tag: string): string {
  let lang = languages.get(tag);
  if (lang === undefined) {
    lang = tag.split(/[-_]/)[0]!.toLowerCase();
    if (languages.size < 1000) languages.set(tag, lang);
  }
  return lang;
}

export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map(Object.entries({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}));
export const CHINESE_SMALL_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({ 十: 10, 百: 100, 千: 1000 }));
export const CHINESE_LARGE_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({ 万: 1e4, 亿: 1e8 }));

/** Every character of a Chinese numeral, and 半 (half). */
export const NUMERAL_CHARS = [...CHINESE_DIGITS.keys(), ...CHINESE_SMALL_UNITS.keys(), ...CHINESE_LARGE_UNITS.keys(), '半'].join('');

/**
 * Every Latin and Cyrillic letter by a small number, the same for both
 * cases and with accents folded (é is e, ß is s): a-z are 1-26, а-я 27-58,
 * ё 59; 0 for every other character. Number words are spelled with these.
 */
export const LETTER_INDEX: Uint8Array = (() => {
  const index = new Uint8Array(65536);
  for (let k = 0; k < 26; k++) index[97 + k] = index[65 + k] = 1 + k;
  for (let k = 0; k < 32; k++) index[0x430 + k] = index[0x410 + k] = 27 + k;
  index[0x451] = index[0x401] = 59;
  for (let c = 0xc0; c <= 0x24f; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if (base < 0x80 && index[base]) index[c] = index[base]!;
  }
  index[0xdf] = index[115]!; // ß
  return index;
})();

/** Latin letters have indexes up to this one, Cyrillic ones above it. */
export const LAST_LATIN = 26;

/** Every word that may state a number without digits, in any language: what the one-pass look hashes. */
export const LOOKED_FOR_WORDS: readonly string[] = [
  ...Object.values(NUMBER_WORDS).flatMap((m) => [...m.keys()]),
  ...Object.values(AMOUNT_WORDS).flatMap((m) => [...m.keys()]),
  ...Object.values(AMOUNT_LEADS).flatMap((m) => [...m.keys()].filter((w) => w.length > 2)),
  // "a"/"an" lead a unit too short to hash alone: their units are looked for instead.
  'second', 'minute', 'hour', 'day',
];
