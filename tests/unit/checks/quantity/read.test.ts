import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MULTIPLIERS, parseChineseNumeral, readHardQuantities, readQuantities, readQuantitiesWithoutLooking, Spelling, UNIT_ALIASES, WORD_END, type Quantity } from '../../../../src/checks/quantity/index.ts';

/** The quantities of `text` as [raw, value, unit] triples. */
function triples(text: string, locale: string): [string, number, string | null][] {
  return readQuantities(text, locale).map((q) => [q.raw, q.value, q.unit]);
}

/** The single quantity of `text`; fails when there is not exactly one. */
function only(text: string, locale: string): Quantity {
  const found = readQuantities(text, locale);
  expect(found, `quantities of ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('readQuantities: byte units', () => {
  it.each([
    // English
    ['50 B', 'en', 50, 'B'],
    ['1 byte', 'en', 1, 'B'],
    ['50 bytes', 'en', 50, 'B'],
    ['50 Bytes', 'en', 50, 'B'],
    ['50 KB', 'en', 50, 'KB'],
    ['50 kB', 'en', 50, 'kB'],
    ['50 kb', 'en', 50, 'KB'],
    ['50KB', 'en', 50, 'KB'],
    ['50 kilobytes', 'en', 50, 'KB'],
    ['50 KiB', 'en', 50, 'KiB'],
    ['50 kibibytes', 'en', 50, 'KiB'],
    ['5 MB', 'en', 5, 'MB'],
    ['5MB', 'en', 5, 'MB'],
    ['5 megabytes', 'en', 5, 'MB'],
    ['5 MiB', 'en', 5, 'MiB'],
    ['2 GB', 'en', 2, 'GB'],
    ['2 GiB', 'en', 2, 'GiB'],
    // Russian
    ['50 Б', 'ru', 50, 'B'],
    ['50 байт', 'ru', 50, 'B'],
    ['2 байта', 'ru', 2, 'B'],
    ['50 байтов', 'ru', 50, 'B'],
    ['50 КБ', 'ru', 50, 'KB'],
    ['50 Кб', 'ru', 50, 'KB'],
    ['50 кБ', 'ru', 50, 'kB'],
    ['50КБ', 'ru', 50, 'KB'],
    ['50 килобайт', 'ru', 50, 'KB'],
    ['2 килобайта', 'ru', 2, 'KB'],
    ['5 МБ', 'ru', 5, 'MB'],
    ['5 Мб', 'ru', 5, 'MB'],
    ['5 мегабайт', 'ru', 5, 'MB'],
    ['2 ГБ', 'ru', 2, 'GB'],
    // Chinese
    ['50字节', 'zh', 50, 'B'],
    ['50 字节', 'zh', 50, 'B'],
    ['50千字节', 'zh', 50, 'KB'],
    ['5兆字节', 'zh', 5, 'MB'],
    ['2千兆字节', 'zh', 2, 'GB'],
    ['2吉字节', 'zh', 2, 'GB'],
    ['50 KB', 'zh', 50, 'KB'],
  ] as const)('reads %j (%s) as %d %s', (text, locale, value, unit) => {
    const q = only(text, locale);
    expect(q.value).toBe(value);
    expect(q.unit).toBe(unit);
    expect(q.dimension).toBe('bytes');
    expect(q.raw).toBe(text);
  });
});

describe('readQuantities: time units', () => {
  it.each([
    // English
    ['500 ms', 'en', 500, 'ms'],
    ['500ms', 'en', 500, 'ms'],
    ['500 milliseconds', 'en', 500, 'ms'],
    ['30 s', 'en', 30, 's'],
    ['30s', 'en', 30, 's'],
    ['30 sec', 'en', 30, 's'],
    ['30 secs', 'en', 30, 's'],
    ['1 second', 'en', 1, 's'],
    ['30 seconds', 'en', 30, 's'],
    ['30 Seconds', 'en', 30, 's'],
    ['5 min', 'en', 5, 'min'],
    ['5 mins', 'en', 5, 'min'],
    ['1 minute', 'en', 1, 'min'],
    ['5 minutes', 'en', 5, 'min'],
    ['5m', 'en', 5, 'min'],
    ['2 h', 'en', 2, 'h'],
    ['2h', 'en', 2, 'h'],
    ['2 hr', 'en', 2, 'h'],
    ['1 hour', 'en', 1, 'h'],
    ['2 hours', 'en', 2, 'h'],
    ['1 day', 'en', 1, 'd'],
    ['3 days', 'en', 3, 'd'],
    ['3d', 'en', 3, 'd'],
    // Russian
    ['500 мс', 'ru', 500, 'ms'],
    ['500 миллисекунд', 'ru', 500, 'ms'],
    ['30 с', 'ru', 30, 's'],
    ['30 сек', 'ru', 30, 's'],
    ['30 секунд', 'ru', 30, 's'],
    ['2 секунды', 'ru', 2, 's'],
    ['1 секунду', 'ru', 1, 's'],
    ['21 секунда', 'ru', 21, 's'],
    ['5 мин', 'ru', 5, 'min'],
    ['5 минут', 'ru', 5, 'min'],
    ['2 минуты', 'ru', 2, 'min'],
    ['1 минуту', 'ru', 1, 'min'],
    ['2 ч', 'ru', 2, 'h'],
    ['1 час', 'ru', 1, 'h'],
    ['2 часа', 'ru', 2, 'h'],
    ['5 часов', 'ru', 5, 'h'],
    ['1 день', 'ru', 1, 'd'],
    ['2 дня', 'ru', 2, 'd'],
    ['5 дней', 'ru', 5, 'd'],
    ['3 дн.', 'ru', 3, 'd'],
    ['3 д.', 'ru', 3, 'd'],
    ['2 суток', 'ru', 2, 'd'],
    // Chinese
    ['500毫秒', 'zh', 500, 'ms'],
    ['30秒', 'zh', 30, 's'],
    ['30秒钟', 'zh', 30, 's'],
    ['30 秒', 'zh', 30, 's'],
    ['5分钟', 'zh', 5, 'min'],
    ['5分', 'zh', 5, 'min'],
    ['2小时', 'zh', 2, 'h'],
    ['2个小时', 'zh', 2, 'h'],
    ['3天', 'zh', 3, 'd'],
  ] as const)('reads %j (%s) as %d %s', (text, locale, value, unit) => {
    const q = only(text, locale);
    expect(q.value).toBe(value);
    expect(q.unit).toBe(unit);
    expect(q.dimension).toBe('time');
    expect(q.raw).toBe(text);
  });

  it.each([
    ['a 30-second timeout', 'en', '30-second', 30, 's'],
    ['a 5-minute window', 'en', '5-minute', 5, 'min'],
    ['5-секундный таймаут', 'ru', '5-секундный', 5, 's'],
    ['30-минутное окно', 'ru', '30-минутное', 30, 'min'],
  ] as const)('reads the compound adjective in %j', (text, locale, raw, value, unit) => {
    expect(triples(text, locale)).toEqual([[raw, value, unit]]);
  });

  it('reads a unit in emphasis next to its number', () => {
    expect(triples('up to **50** KB', 'en')).toEqual([['50** KB', 50, 'KB']]);
    expect(triples('up to **50 KB**', 'en')).toEqual([['50 KB', 50, 'KB']]);
  });

  it('reads a quantity in underscore emphasis but not in an identifier', () => {
    expect(triples('_30 s_ and __50 KB__', 'en')).toEqual([
      ['30 s', 30, 's'],
      ['50 KB', 50, 'KB'],
    ]);
    expect(triples('ERROR__404 5s_TIMEOUT x_5', 'en')).toEqual([]);
  });

  it('reads a unit directly followed by Chinese text', () => {
    expect(triples('超过50KB的图片', 'zh')).toEqual([['50KB', 50, 'KB']]);
  });
});

describe('readQuantities: number formats', () => {
  it.each([
    // thousands separators
    ['50,000', 'en', 50000],
    ['1,234,567', 'en', 1234567],
    ['1,234.5', 'en', 1234.5],
    ['50\u00a0000', 'en', 50000],
    ['50\u202f000', 'en', 50000],
    ['50\u2009000', 'en', 50000],
    ['50 000', 'ru', 50000],
    ['50\u00a0000', 'ru', 50000],
    ['50\u202f000', 'ru', 50000],
    ['50\u2009000', 'ru', 50000],
    ['1 000 000', 'ru', 1000000],
    ['50.000', 'ru', 50000],
    ['50.000', 'de', 50000],
    ['1.000.000', 'de', 1000000],
    ['1.000.000', 'en', 1000000],
    ['1.000,5', 'de', 1000.5],
    ['50 000', 'fr', 50000],
    ['50,000', 'ru', 50000],
    ['50,000', 'zh', 50000],
    // decimals
    ['0.5', 'en', 0.5],
    ['1.500', 'en', 1.5],
    ['0,5', 'ru', 0.5],
    ['1,5', 'ru', 1.5],
    ['1,25', 'ru', 1.25],
    ['0,500', 'ru', 0.5],
    ['1.5', 'ru', 1.5],
    ['1 234,5', 'ru', 1234.5],
    ['1\u00a0234,5', 'ru', 1234.5],
    ['.5', 'en', 0.5],
    // full-width digits
    ['５０', 'zh', 50],
    ['１２３４', 'zh', 1234],
    ['１．５', 'zh', 1.5],
    // 万 and 亿 after digits
    ['5万', 'zh', 50000],
    ['1.5万', 'zh', 15000],
    ['100万', 'zh', 1000000],
    ['2亿', 'zh', 200000000],
    ['1.1亿', 'zh', 110000000],
    ['5千', 'zh', 5000],
    ['3 thousand', 'en', 3000],
    ['2 million', 'en', 2000000],
    ['2 млн', 'ru', 2000000],
    ['1,5 тыс.', 'ru', 1500],
  ] as const)('reads %j (%s) as %d', (text, locale, value) => {
    const q = only(text, locale);
    expect(q.value).toBe(value);
    expect(q.unit).toBeNull();
    expect(q.dimension).toBe('none');
    expect(q.raw).toBe(text);
  });

  it('reads a Russian decimal comma as a decimal point', () => {
    const q = only('0,5 МБ', 'ru');
    expect(q.value).toBe(0.5);
    expect(q.unit).toBe('MB');
    expect(q.base).toEqual({ decimal: 500_000, binary: 524_288 });
  });

  it('reads an English decimal point', () => {
    expect(only('0.5 MB', 'en').value).toBe(0.5);
  });

  it('reads a comma that cannot group thousands as a decimal comma even in English', () => {
    expect(triples('1,5', 'en')).toEqual([['1,5', 1.5, null]]);
    expect(triples('0,5 MB', 'en')).toEqual([['0,5 MB', 0.5, 'MB']]);
    expect(triples('0,500 MB', 'en')).toEqual([['0,500 MB', 0.5, 'MB']]);
  });

  it('does not group digits with a plain space in English', () => {
    expect(triples('50 000', 'en').map((t) => t[1])).toEqual([50, 0]);
  });

  it('reads full-width digits and a full-width unit', () => {
    expect(triples('５０ＫＢ', 'zh')).toEqual([['５０ＫＢ', 50, 'KB']]);
    expect(triples('５０秒', 'zh')).toEqual([['５０秒', 50, 's']]);
  });

  it('reads a multiplier followed by a unit', () => {
    expect(triples('5万字节', 'zh')).toEqual([['5万字节', 50000, 'B']]);
    expect(triples('2 million bytes', 'en')).toEqual([['2 million bytes', 2000000, 'B']]);
    expect(triples('1,5 тыс. байт', 'ru')).toEqual([['1,5 тыс. байт', 1500, 'B']]);
  });

  it('prefers the unit 千字节 over the multiplier 千', () => {
    expect(triples('5千字节', 'zh')).toEqual([['5千字节', 5, 'KB']]);
  });

  it('treats an invalid locale like English instead of throwing', () => {
    expect(triples('50,000 bytes', 'not a locale!')).toEqual([['50,000 bytes', 50000, 'B']]);
  });
});

describe('readQuantities: Chinese numerals', () => {
  it.each([
    ['两分钟', 2, 'min'],
    ['一分钟', 1, 'min'],
    ['三十秒', 30, 's'],
    ['十五秒', 15, 's'],
    ['二十五分钟', 25, 'min'],
    ['一百二十秒', 120, 's'],
    ['一万五千秒', 15000, 's'],
    ['一小时', 1, 'h'],
    ['一个小时', 1, 'h'],
    ['两个钟头', 2, 'h'],
    ['三天', 3, 'd'],
    ['五百毫秒', 500, 'ms'],
    ['五万字节', 50000, 'B'],
    ['三千字节', 3, 'KB'],
    ['零秒', 0, 's'],
  ] as const)('reads %j as %d %s', (text, value, unit) => {
    expect(triples(text, 'zh')).toEqual([[text, value, unit]]);
  });

  it('reads a Chinese numeral inside a sentence', () => {
    expect(triples('请等待两分钟后重试。', 'zh')).toEqual([['两分钟', 2, 'min']]);
  });

  it.each([
    ['统一', 'unify'],
    ['一些请求', 'some requests'],
    ['十分重要', 'very important'],
    ['三点十分', 'a clock time'],
    ['五分之一', 'one fifth'],
    ['每一天', 'every day'],
    ['第一天', 'the first day'],
    ['几十秒', 'dozens of seconds'],
    ['两三分钟', 'two or three minutes'],
    ['十万', 'a Chinese numeral without unit'],
  ])('does not read %j (%s) as a quantity', (text) => {
    expect(triples(text, 'zh')).toEqual([]);
  });

  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三十', 30],
    ['一百', 100],
    ['一百零五', 105],
    ['一百二十', 120],
    ['两千', 2000],
    ['一万', 10000],
    ['十万', 100000],
    ['一百万', 1000000],
    ['一万五千', 15000],
    ['两万三千四百五十六', 23456],
    ['一亿', 100000000],
    ['三亿两千万', 320000000],
    ['一亿零五', 100000005],
  ])('parses the numeral %j as %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it.each(['', '两三', '五五', 'x', '一x'])('refuses the malformed numeral %j', (numeral) => {
    expect(parseChineseNumeral(numeral)).toBeNull();
  });
});

describe('readQuantities: number words', () => {
  it.each([
    ['two minutes', 'en', 2, 'min'],
    ['one second', 'en', 1, 's'],
    ['Ten seconds', 'en', 10, 's'],
    ['a two-minute window', 'en', 2, 'min'],
    ['пять секунд', 'ru', 5, 's'],
    ['одну минуту', 'ru', 1, 'min'],
    ['в течение двух часов', 'ru', 2, 'h'],
  ] as const)('reads the number word in %j when a unit follows', (text, locale, value, unit) => {
    const q = only(text, locale);
    expect([q.value, q.unit]).toEqual([value, unit]);
  });

  it.each([
    ['Retry once.', 'en', 1],
    ['Retry one more time.', 'en', 1],
    ['one of the tasks', 'en', 1],
    ['Повторите один раз.', 'ru', 1],
    ['пять попыток', 'ru', 5],
    ['три попытки', 'ru', 3],
    ['最多三次', 'zh', 3],
    ['一次', 'zh', 1],
    ['两个参数', 'zh', 2],
    ['uma vez', 'pt', 1],
    ['duas vezes', 'pt', 2],
    ['una vez', 'es', 1],
    ['dos veces', 'es', 2],
    ['zweimal', 'de', 2],
    ['drei Versuche', 'de', 3],
    ['une fois', 'fr', 1],
    ['trois tentatives', 'fr', 3],
  ] as const)('reads the count in %j (%s) as soft: it must agree where it pairs, but it is no drift alone', (text, locale, value) => {
    const q = only(text, locale);
    expect([q.value, q.unit, q.soft]).toEqual([value, null, true]);
  });

  it.each([
    ['constructor seconds', 'en'],
    ['two-factor authentication', 'en'],
    ['a one-time password', 'en'],
    ['a second attempt', 'en'],
    ['em segundos', 'pt'],
  ])('does not read %j as a quantity', (text, locale) => {
    expect(triples(text, locale)).toEqual([]);
  });

  it('reads number words only in their own language: "once" is 11 in Spanish', () => {
    expect(readQuantities('once', 'en').map((q) => q.value)).toEqual([1]);
    expect(readQuantities('once', 'es').map((q) => q.value)).toEqual([11]);
    expect(readQuantities('три', 'en')).toEqual([]);
  });
});

describe('readQuantities: what is not a quantity', () => {
  it.each([
    // code
    ['Send `maxBytes: 50000` in the body.', 'en'],
    ['Use ``a `50` b`` here.', 'en'],
    ['```\nsleep 30s\ntimeout = 50 KB\n```', 'en'],
    ['~~~json\n{"limit": 50}\n~~~', 'en'],
    ['Text\n```js\nwait(30);\n```\nmore text', 'en'],
    // URLs and links
    ['[Top up](https://capmonster.cloud/SelectPaymentType/2)', 'en'],
    ['See https://example.com/v2/tasks/50 for details.', 'en'],
    ['See http://example.com:8080/a.', 'en'],
    ['Open www.example.com/page/2 now.', 'en'],
    ['<https://example.com/5>', 'en'],
    ['[docs][2]', 'en'],
    ['[docs]: https://example.com/3 "Title 4"', 'en'],
    ['Footnote[^1]', 'en'],
    ['![chart](img/chart-2.png)', 'en'],
    ['Write to support2@example.com.', 'en'],
    ['请查看 https://example.com/v2/50。', 'zh'],
    // HTML
    ['<img src="a.png" width="100">', 'en'],
    ['<!-- 50 KB -->', 'en'],
    ['a&#160;b', 'en'],
    // placeholders
    ['larger than {maxBytes}', 'en'],
    ['{count, plural, one {# second} other {# seconds}}', 'en'],
    ['wait {{delay}} seconds', 'en'],
    ['retry after %1$d seconds', 'en'],
    ['retry after %d seconds', 'en'],
    ['{0} KB', 'en'],
    // versions
    ['v2', 'en'],
    ['API v2', 'en'],
    ['version 2.0.1', 'en'],
    ['2.0.1', 'ru'],
    ['10.0.0.1', 'en'],
    ['reCAPTCHA v3', 'en'],
    ['GeeTest v3', 'en'],
    ['GeeTest v4 and reCAPTCHA v2', 'en'],
    ['2.x', 'en'],
    // identifiers and codes
    ['ERROR_404', 'en'],
    ['404_NOT_FOUND', 'en'],
    ['ERROR_CAPTCHA_UNSOLVABLE_2', 'en'],
    ['base64', 'en'],
    ['api2', 'en'],
    ['HTTP/2', 'en'],
    ['HTTP/1.1', 'en'],
    ['UTF-8', 'en'],
    ['SHA-256', 'en'],
    ['0x1F', 'en'],
    ['2FA', 'en'],
    ['5xx errors', 'en'],
    ['3D', 'en'],
    ['the 1st attempt', 'en'],
    ['the 2nd attempt', 'en'],
    ['ImageToTextTask2', 'en'],
    ['в2', 'ru'],
    ['3-й раз', 'ru'],
    ['2-го числа', 'ru'],
    ['第5次', 'zh'],
    // list markers and table ordinals
    ['1. Retry', 'en'],
    ['  2) Retry', 'en'],
    ['> 3. Quoted', 'en'],
    ['## 4. Heading', 'en'],
    ['- 5. Nested', 'en'],
    ['| 1. | Retry |\n|---:|:---|\n| 2. | Wait |', 'en'],
  ])('finds no quantity in %j (%s)', (text, locale) => {
    expect(triples(text, locale)).toEqual([]);
  });

  it('keeps the link text but drops the destination', () => {
    expect(triples('[50 KB](https://x.io/y/2)', 'en')).toEqual([['50 KB', 50, 'KB']]);
  });

  it('keeps the number after a list marker', () => {
    expect(triples('1. Wait 30 seconds.\n2. Retry.', 'en')).toEqual([['30 seconds', 30, 's']]);
  });

  it('reads a number at line start that is not a list marker', () => {
    expect(triples('50 KB is the limit.', 'en')).toEqual([['50 KB', 50, 'KB']]);
    expect(triples('2.5 MB is the limit.', 'en')).toEqual([['2.5 MB', 2.5, 'MB']]);
  });

  it('reads quantities around code and placeholders', () => {
    expect(triples('Wait `n` seconds, at most 30 s, see {url}.', 'en')).toEqual([['30 s', 30, 's']]);
  });

  it('keeps a backtick that opens no code span literal', () => {
    expect(triples('a ` b 30 s', 'en')).toEqual([['30 s', 30, 's']]);
  });

  it('reads the Russian preposition "с" after a number as a preposition only before "лишним"', () => {
    expect(triples('в 2 с лишним раза', 'ru')).toEqual([['2', 2, null]]);
    expect(triples('через 5 с.', 'ru')).toEqual([['5 с', 5, 's']]);
  });

  it('reads "5 m" with a space as a bare number, not minutes', () => {
    expect(triples('5 m', 'en')).toEqual([['5', 5, null]]);
  });
});

describe('readQuantities: bare numbers', () => {
  it.each([
    ['HTTP 429', 'en', '429', 429],
    ['The API returns 503.', 'en', '503', 503],
    ['Retry 3 times.', 'en', '3', 3],
    ['Повторите 3 раза.', 'ru', '3', 3],
    ['重试3次', 'zh', '3', 3],
    ['up to 50% of tasks', 'en', '50', 50],
    ['Error 404 means', 'en', '404', 404],
    ['$5 per 1000', 'en', '5', 5],
    ['4-digit code', 'en', '4', 4],
    ['2-х попыток', 'ru', '2', 2],
  ] as const)('reads %j as a bare number', (text, locale, raw, value) => {
    const found = readQuantities(text, locale);
    const q = found.find((x) => x.raw === raw)!;
    expect(q, JSON.stringify(found)).toBeDefined();
    expect(q.value).toBe(value);
    expect(q.unit).toBeNull();
    expect(q.dimension).toBe('none');
    expect(q.base).toEqual({ decimal: value, binary: value });
    expect(q.ambiguousBase).toBe(false);
  });
});

describe('readQuantities: ranges', () => {
  it.each([
    ['5–10 seconds', 'en', [[5, 's'], [10, 's']]],
    ['5-10 seconds', 'en', [[5, 's'], [10, 's']]],
    ['5 to 10 minutes', 'en', [[5, 'min'], [10, 'min']]],
    ['between 5 and 10 seconds', 'en', [[5, 's'], [10, 's']]],
    ['от 5 до 10 секунд', 'ru', [[5, 's'], [10, 's']]],
    ['1–2 минуты', 'ru', [[1, 'min'], [2, 'min']]],
    ['5至10秒', 'zh', [[5, 's'], [10, 's']]],
    ['5~10秒', 'zh', [[5, 's'], [10, 's']]],
    ['между 5 и 10 секундами', 'ru', [[5, 's'], [10, 's']]],
    ['5 or 10 seconds', 'en', [[5, 's'], [10, 's']]],
    ['5 tries, 10 seconds', 'en', [[5, null], [10, 's']]],
    ['100 and 100 bytes', 'en', [[100, null], [100, 'B']]],
    ['3 и 10 секунд', 'ru', [[3, null], [10, 's']]],
    ['100和100字节', 'zh', [[100, null], [100, 'B']]],
  ] as const)('gives the start of the range %j the unit of its end, and nothing else', (text, locale, expected) => {
    expect(readQuantities(text, locale).map((q) => [q.value, q.unit])).toEqual(expected);
  });
});

describe('readQuantities: realistic sentences', () => {
  it.each([
    ['Send the request again after 5 seconds; a task takes 10–20 s.', 'en', [[5, 's'], [10, 's'], [20, 's']]],
    ['Повторите запрос через 5 секунд; задача решается за 10–20 с.', 'ru', [[5, 's'], [10, 's'], [20, 's']]],
    ['5 秒后重新发送请求；任务需要 10–20 秒。', 'zh', [[5, 's'], [10, 's'], [20, 's']]],
    ['At most 1 request per 100 ms (10 requests/s).', 'en', [[1, null], [100, 'ms'], [10, null]]],
    ['Не более 1 запроса в 100 мс (10 запросов/с).', 'ru', [[1, null], [100, 'ms'], [10, null]]],
    ['Timeout: 120s. Max size: 2.5MB (2,621,440 bytes).', 'en', [[120, 's'], [2.5, 'MB'], [2621440, 'B']]],
    ['Лимит — 2,5 МБ (2 621 440 байт).', 'ru', [[2.5, 'MB'], [2621440, 'B']]],
    ['限制为 2.5 MB（2,621,440 字节）。', 'zh', [[2.5, 'MB'], [2621440, 'B']]],
    ['请在一分钟内重试，最多三次。', 'zh', [[1, 'min'], [3, null]]],
    ['в течение 24 часов', 'ru', [[24, 'h']]],
    ['час пик, 5 частей', 'ru', [[1, 'h'], [5, null]]],
    ['Use API v2 with `timeout=30` and retry after {delay} or 60 s, see https://x.io/v2/60.', 'en', [[60, 's']]],
    ['x86_64, IPv6, H.264, 4K, 1080p, 3rd-party, COVID-19', 'en', []],
  ] as const)('reads %j', (text, locale, expected) => {
    expect(readQuantities(text, locale).map((q) => [q.value, q.unit])).toEqual(expected);
  });
});

describe('readQuantities: offsets and base values', () => {
  it('reports offsets such that raw is the input slice', () => {
    const text = 'The image is larger than 50 KB; wait 30 s.';
    const found = readQuantities(text, 'en');
    expect(found.map((q) => [q.raw, q.start, q.end])).toEqual([
      ['50 KB', 25, 30],
      ['30 s', 37, 41],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.raw);
  });

  it('returns quantities in text order', () => {
    const found = readQuantities('3 days, 2 h, 1 s and 5 KB', 'en');
    expect(found.map((q) => q.unit)).toEqual(['d', 'h', 's', 'KB']);
  });

  it.each([
    ['50 KB', 'en', 50_000, 51_200, true],
    ['50 kilobytes', 'en', 50_000, 51_200, true],
    ['50 килобайт', 'ru', 50_000, 51_200, true],
    ['50千字节', 'zh', 50_000, 51_200, true],
    ['2 MB', 'en', 2_000_000, 2_097_152, true],
    ['1 GB', 'en', 1e9, 1024 ** 3, true],
    ['50 KiB', 'en', 51_200, 51_200, false],
    ['1 MiB', 'en', 1_048_576, 1_048_576, false],
    ['50 B', 'en', 50, 50, false],
    ['500 ms', 'en', 0.5, 0.5, false],
    ['30 s', 'en', 30, 30, false],
    ['2 minutes', 'en', 120, 120, false],
    ['2 h', 'en', 7200, 7200, false],
    ['1 day', 'en', 86400, 86400, false],
    ['5万', 'zh', 50_000, 50_000, false],
  ] as const)('gives %j the base values %d and %d', (text, locale, decimal, binary, ambiguous) => {
    const q = only(text, locale);
    expectClose(q.base.decimal, decimal);
    expectClose(q.base.binary, binary);
    expect(q.ambiguousBase).toBe(ambiguous);
  });

  it('reads the catalog texts that pofilter gets wrong', () => {
    expect(triples('The uploaded image is larger than 50 KB.', 'en')).toEqual([['50 KB', 50, 'KB']]);
    expect(triples('Загруженное изображение больше 50,000 байт.', 'ru')).toEqual([['50,000 байт', 50000, 'B']]);
    expect(triples('上传的图片超过 500,000 字节。', 'zh')).toEqual([['500,000 字节', 500000, 'B']]);
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const INTL_UNITS = {
  byte: 'bytes',
  kilobyte: 'bytes',
  megabyte: 'bytes',
  millisecond: 'time',
  second: 'time',
  minute: 'time',
  hour: 'time',
  day: 'time',
} as const;
const INTL_LOCALES = ['en', 'ru', 'zh-CN'] as const;
const DISPLAYS = ['long', 'short', 'narrow'] as const;

/** Integers 0..10^9 and decimals with up to two fraction digits. */
const amounts = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }),
  fc.integer({ min: 0, max: 1e11 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
  fc.constantFrom(0, 1, 2, 5, 11, 21, 22, 0.5, 1.5, 1000, 1_000_000),
);

const combinations = INTL_LOCALES.flatMap((locale) =>
  (Object.keys(INTL_UNITS) as (keyof typeof INTL_UNITS)[]).flatMap((unit) =>
    DISPLAYS.map((display) => [locale, unit, display] as const),
  ),
);

describe('readQuantities: reads what Intl.NumberFormat writes', () => {
  it.each(combinations)('reads back %s %s (%s) as exactly one quantity', (locale, unit, display) => {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display });
    fc.assert(
      fc.property(amounts, (n) => {
        const text = format.format(n);
        const found = readQuantities(text, locale);
        expect(found, `${JSON.stringify(text)} → ${JSON.stringify(found)}`).toHaveLength(1);
        const q = found[0]!;
        expect(Math.abs(q.value - n), JSON.stringify(text)).toBeLessThanOrEqual(1e-9 * Math.max(1, n));
        expect(q.dimension).toBe(INTL_UNITS[unit]);
      }),
      { numRuns: 150 },
    );
  });

  it.each(combinations)('reads back %s %s (%s) inside a sentence', (locale, unit, display) => {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display });
    const [before, after] = locale === 'en' ? ['Wait ', ', then retry.'] : locale === 'ru' ? ['Подождите ', ' и повторите.'] : ['请等待', '后重试。'];
    fc.assert(
      fc.property(amounts, (n) => {
        const found = readQuantities(before + format.format(n) + after, locale);
        expect(found).toHaveLength(1);
        expect(Math.abs(found[0]!.value - n)).toBeLessThanOrEqual(1e-9 * Math.max(1, n));
      }),
      { numRuns: 50 },
    );
  });
});

/** Checks what every result must satisfy, whatever the input. */
function checkInvariants(text: string, found: readonly Quantity[]): void {
  let previousEnd = 0;
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(previousEnd);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toBe(q.raw);
    expect(Number.isFinite(q.value)).toBe(true);
    expect(q.value).toBeGreaterThanOrEqual(0);
    expect(['bytes', 'time', 'none']).toContain(q.dimension);
    expect(q.dimension === 'none').toBe(q.unit === null);
    if (!q.ambiguousBase) expect(q.base.decimal).toBe(q.base.binary);
    previousEnd = q.end;
  }
}

/** Pieces that make Markdown-like text full of near-quantities. */
const pieces = fc.constantFrom(
  '0', '1', '5', '50', '000', '404', ',', '.', ' ', '\u00a0', '\u202f', '\u2009', '\n', '-', '–', '/', '_', '*',
  '`', '```', '{', '}', '[', ']', '(', ')', '<', '>', '!', '#', '|', '%d', 'https://', 'www.', '@',
  'KB', 'kB', 'MB', 'B', 's', 'm', 'ms', 'min', 'h', 'd', 'seconds', 'v', 'x', 'ERROR_', 'two', 'one',
  'КБ', 'байт', 'с', 'сек', 'минут', 'ч', 'дн.', 'тыс.', 'лишним', '-й', 'один',
  '字节', '千字节', '秒', '分', '分钟', '小时', '天', '万', '亿', '千', '十', '一', '两', '五', '零', '第', '每', '个', '之',
  '５', '０', 'ＫＢ', '．', '，', '\ud83d\ude00', '\ud800', '\udc00',
);

/** Pieces around number words and Chinese numerals: units, word neighbours, and what masking removes (printf placeholders, URLs, e-mail addresses). */
const wordPieces = fc.constantFrom(
  'two', 'TWO', 'Five', 'one', 'someone', 'once', 'twice', 'a', 'an', 'half', 'пять', 'Пять', 'двух', 'трёх', 'ТРЁХ', 'два', 'полчаса', 'сутки', 'полторы', 'uma', 'três', 'dreißig', 'demi',
  '一', '两', '十五', '三千', '五分', '半', '次', '个', ' ', '\u00a0', '\n', '-', '*', '_', '`',
  ' minutes', 'minutes', ' minute', ' hour', ' second', ' seconds', ' KB', ' ms', ' минут', ' секунд', 'мин', ' heure', ' hora', '秒', '分钟', '字节', '千字节', '个小时', '之',
  '%s', '%d', '%1$s', 'http://x.io/a', 'www.x.io/', 'a@b.io', 'a', 'x', 'й', 'é', '.', ',', '(', ')', '{n}', 'ｔｗｏ', 'ｍｉｎ', '中',
);

/** Pieces around digits: letters, marks and identifiers a number may be part of, and what masking removes before one. */
const digitPieces = fc.constantFrom(
  '5', '50', '1.5', '.5', '０', '５', ' ', '\u00a0', '\n', '-', '_', '*', '`', '.', ',', '/', '(', ')', '[', ']', '{n}', '}', 'Base', 'v', 'x', 'й', 'é', '\u0301', '中', 'Ｂ',
  ' KB', 'KB', ' s', ' минут', '秒', '万', '%s', '%d', '%1$d', '%(n)s', '&amp;', '$t(a)', 'http://x.io/a', 'www.x.io/', 'a@b.io', '<b>', '<!-- c -->', '[^1]', '](u)', '1. ', '| 2. |',
);

describe('readQuantities: its quick looks', () => {
  it.each([
    ['number words and Chinese numerals', wordPieces],
    ['digits', digitPieces],
  ])('skip only texts in which the whole reading finds nothing: %s', (_, parts) => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), fc.constantFrom('en', 'ru', 'zh', 'pt', 'de', 'fr'), (parts, locale) => {
        const text = parts.join('');
        const all = readQuantitiesWithoutLooking(text, locale);
        expect(readQuantities(text, locale)).toEqual(all);
        expect(readHardQuantities(text, locale)).toEqual(all.filter((q) => !q.soft));
        expect(readQuantitiesWithoutLooking(text, locale, false)).toEqual(all.filter((q) => !q.soft));
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['after a printf placeholder', '%stwo minutes', 'en'],
    ['after a URL', 'http://x.io/aпять минут', 'ru'],
    ['after an e-mail address', 'a@b.ioпять минут', 'ru'],
    ['in full-width letters', 'ｔｗｏ ｍｉｎｕｔｅｓ', 'en'],
    ['in Chinese', '等两分钟', 'zh'],
  ])('see a number word %s', (_, text, locale) => {
    expect(readQuantities(text, locale)).not.toHaveLength(0);
  });
});

describe('Spelling', () => {
  // Spellings of units and multipliers, whole and cut short, then what may follow them: letters of several scripts, marks, digits, "_", dots, CJK.
  const starts = ['s', 'sec', 'secs', 'seconds', 'ms', 'msec', 'm', 'min', 'mins', 'h', 'hrs', 'd', 'day', 'days', 'B', 'b', 'KB', 'kb', 'Kb', 'KiB', 'MB', 'Mo', 'Ko', 'ko', 'octets', 'sek.', 'std.', 'días', 'dias', 'с', 'сек', 'секунд', 'секунды', 'мс', 'мин', 'ч', 'час', 'часа', 'дн', 'дн.', 'д.', 'дней', 'Б', 'байт', 'байта', 'КБ', 'кбайт', 'тыс', 'тыс.', 'тысяч', 'млн.', 'миллиона', 'thousand', 'million', '字节', '秒', '分钟', '万'];
  const ends = ['', ' ', '.', '..', ',', 'x', 'é', 'ß', 'Ā', 'ä', 'ж', 'Ё', '҂', '\u0301', '5', '٣', '_', '_a', '_ ', '_5', '中', '\u212a', 'ſ', 's', 'а', '-', '*'];
  const spellings = [
    ...UNIT_ALIASES.map((a) => [a.pattern, a.ci ? 'iuy' : 'uy', !!a.cjk] as const),
    ...MULTIPLIERS.map((m) => [m.pattern, 'iuy', !!m.cjk] as const),
  ];

  it('matches as the expression with the exact word end does, on every spelling', () => {
    let compared = 0;
    for (const [pattern, flags, cjk] of spellings) {
      const spelling = new Spelling(pattern, flags, cjk);
      const exact = new RegExp(`(?:${pattern})${cjk ? '' : WORD_END}`, flags);
      for (const start of starts)
        for (const end of ends) {
          const text = `5 ${start}${end}`;
          exact.lastIndex = 2;
          expect(spelling.lengthAt(text, 2), `${pattern} in ${JSON.stringify(text)}`).toBe(exact.exec(text)?.[0].length ?? -1);
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(50_000);
  });
});

describe('readQuantities: never throws', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('en', 'ru', 'zh', 'zh-CN', 'de', ''), (text, locale) => {
        checkInvariants(text, readQuantities(text, locale));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary full-Unicode strings', () => {
    // fast-check 4 has no fullUnicodeString; string({ unit: 'binary' }) is its replacement.
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('en', 'ru', 'zh'), (text, locale) => {
        checkInvariants(text, readQuantities(text, locale));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary UTF-16 code units, lone surrogates included', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), (text) => {
        checkInvariants(text, readQuantities(text, 'ru'));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on Markdown-like strings full of numbers, units and markup', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom('en', 'ru', 'zh', 'de', 'fr'), (parts, locale) => {
        const text = parts.join('');
        checkInvariants(text, readQuantities(text, locale));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on an arbitrary locale string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (locale) => {
        checkInvariants('50 KB', readQuantities('50 KB', locale));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['unmatched braces', '{'.repeat(100_000)],
    ['unmatched link destinations', ']('.repeat(50_000)],
    ['unmatched backticks', '` '.repeat(50_000) + '``'],
    ['dotted numbers', '1.'.repeat(50_000)],
    ['e-mail-like text', 'a@'.repeat(50_000)],
    ['plain prose', 'Wait 30 seconds, then send up to 50 KB. Подождите 30 секунд. 等待30秒。'.repeat(1500)],
  ])('reads 100,000 characters of %s in linear time', (_name, text) => {
    const started = performance.now();
    readQuantities(text, 'ru');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('returns nothing for an empty string', () => {
    expect(readQuantities('', 'en')).toEqual([]);
  });
});

describe('frequencies', () => {
  it('reads "1 раз" and "2 times" as counts, and "once" and "twice" too, which other languages write in words', () => {
    expect(readQuantities('не чаще 1 раза в 2 секунды', 'ru').map((q) => q.raw)).toEqual(['1', '2 секунды']);
    expect(readQuantities('每2秒最多请求1次', 'zh-CN').map((q) => q.raw)).toEqual(['2秒', '1']);
    expect(readQuantities('at most 2 times per minute', 'en').map((q) => q.raw)).toEqual(['2']);
    expect(readQuantities('at most twice per minute', 'en').map((q) => [q.raw, q.value])).toEqual([['twice', 2]]);
    expect(readQuantities('Retry once a minute', 'en').map((q) => [q.raw, q.value, q.unit])).toEqual([['once', 1, null], ['a minute', 1, 'min']]);
  });
});

describe('quantities written without digits', () => {
  it.each([
    ['Wait half a minute.', 'en', 0.5, 'min', false],
    ['Wait half an hour.', 'en', 0.5, 'h', false],
    ['a half-hour window', 'en', 0.5, 'h', false],
    ['Подождите полминуты.', 'ru', 0.5, 'min', false],
    ['Подождите полчаса.', 'ru', 0.5, 'h', false],
    ['Подождите полторы минуты.', 'ru', 1.5, 'min', false],
    ['等待半分钟。', 'zh', 0.5, 'min', false],
    ['等待半小时。', 'zh', 0.5, 'h', false],
    ['等待半个小时。', 'zh', 0.5, 'h', false],
    ['Espere meia hora.', 'pt', 0.5, 'h', false],
    ['Espere media hora.', 'es', 0.5, 'h', false],
    ['Attendez une demi-heure.', 'fr', 0.5, 'h', false],
    ['Warten Sie eine halbe Stunde.', 'de', 0.5, 'h', false],
    ['Retry after a day.', 'en', 1, 'd', true],
    ['Wait an hour.', 'en', 1, 'h', true],
    ['Wait a minute.', 'en', 1, 'min', true],
    ['Wait a second.', 'en', 1, 's', true],
    ['Повторите через сутки.', 'ru', 1, 'd', true],
    ['Подождите минуту.', 'ru', 1, 'min', true],
    ['Повторите через час.', 'ru', 1, 'h', true],
    ['一天后重试。', 'zh', 1, 'd', true],
    ['一小时后重试。', 'zh', 1, 'h', true],
    ['Espere um minuto.', 'pt', 1, 'min', true],
    ['Espere un minuto.', 'es', 1, 'min', true],
    ['Attendez une minute.', 'fr', 1, 'min', true],
    ['Warten Sie eine Minute.', 'de', 1, 'min', true],
  ] as const)('reads %j (%s) as %d %s', (text, locale, value, unit, soft) => {
    const found = readQuantities(text, locale).filter((q) => q.unit !== null);
    expect(found.map((q) => [q.value, q.unit, q.soft])).toEqual([[value, unit, soft]]);
  });

  it('reads "двое суток" as two days, not a count and a day', () => {
    expect(readQuantities('через двое суток', 'ru').map((q) => [q.raw, q.value, q.unit])).toEqual([['двое суток', 2, 'd']]);
  });
});

describe('a fourth language', () => {
  it('reads German, French and Spanish time and byte units', () => {
    expect(readQuantities('Warten Sie 10 Minuten oder 2 Stunden.', 'de').map((q) => [q.value, q.unit])).toEqual([[10, 'min'], [2, 'h']]);
    expect(readQuantities('Attendez 30 secondes ; 50 Ko au plus.', 'fr').map((q) => [q.value, q.unit])).toEqual([[30, 's'], [50, 'KB']]);
    expect(readQuantities('Espere 5 segundos.', 'es').map((q) => [q.value, q.unit])).toEqual([[5, 's']]);
  });
});
