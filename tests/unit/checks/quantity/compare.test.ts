import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareQuantities,
  readQuantities,
  type Drift,
  type KilobyteSetting,
  type Quantity,
} from '../../../../src/checks/quantity/index.ts';

/** Reads each locale's text and compares them with en as the reference. */
function drifts(texts: Record<string, string>, kilobyte: KilobyteSetting = 'either', reference = 'en'): Drift[] {
  const byLocale = Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, readQuantities(text, locale)]));
  return compareQuantities(byLocale, { reference, kilobyte });
}

/** The parts of a drift the tables below assert. */
function summary(d: Drift): { locale: string; severity: string; kind: string; base?: number } {
  return { locale: d.locale, severity: d.severity, kind: d.kind, ...(d.base !== undefined ? { base: d.base } : {}) };
}

function summaries(texts: Record<string, string>, kilobyte: KilobyteSetting = 'either'): ReturnType<typeof summary>[] {
  return drifts(texts, kilobyte).map(summary);
}

type Case = [name: string, texts: Record<string, string>, kilobyte: KilobyteSetting, expected: ReturnType<typeof summary>[]];

describe('compareQuantities: the expected verdicts', () => {
  const cases: Case[] = [
    // 50 KB against 500,000 bytes: one zero too many under any base.
    ['en "50 KB" vs zh "500,000 字节" is an error (either)', { en: '50 KB', zh: '500,000 字节' }, 'either', [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    ['en "50 KB" vs zh "500,000 字节" is an error (1000)', { en: '50 KB', zh: '500,000 字节' }, 1000, [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    ['en "50 KB" vs zh "500,000 字节" is an error (1024)', { en: '50 KB', zh: '500,000 字节' }, 1024, [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    // 50 KB against 50,000 bytes: equal if a KB is 1000 bytes.
    ['en "50 KB" vs ru "50,000 байт" is a unit change that needs KB = 1000 (either)', { en: '50 KB', ru: '50,000 байт' }, 'either', [{ locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 }]],
    ['en "50 KB" vs ru "50,000 байт" is an error when a KB is 1024 bytes', { en: '50 KB', ru: '50,000 байт' }, 1024, [{ locale: 'ru', severity: 'error', kind: 'value' }]],
    ['en "50 KB" vs ru "50,000 байт" is still a unit change when a KB is 1000 bytes', { en: '50 KB', ru: '50,000 байт' }, 1000, [{ locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 }]],
    ['en "50 KB" vs zh "51,200 字节" is a unit change that needs KB = 1024 (either)', { en: '50 KB', zh: '51,200 字节' }, 'either', [{ locale: 'zh', severity: 'warning', kind: 'unit-changed', base: 1024 }]],
    ['en "50 KB" vs zh "51,200 字节" is an error when a KB is 1000 bytes', { en: '50 KB', zh: '51,200 字节' }, 1000, [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    // two locales that need different bases
    ['ru needing KB = 1000 and zh needing KB = 1024 is a base error', { en: '50 KB', ru: '50,000 байт', zh: '51,200 字节' }, 'either', [
      { locale: 'ru', severity: 'error', kind: 'base', base: 1000 },
      { locale: 'zh', severity: 'error', kind: 'base', base: 1024 },
    ]],
    ['a fixed kilobyte turns the base conflict into a value error', { en: '50 KB', ru: '50,000 байт', zh: '51,200 字节' }, 1000, [
      { locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 },
      { locale: 'zh', severity: 'error', kind: 'value' },
    ]],
    ['one locale needing both bases is a base error', { en: '50 KB and 1 MB', ru: '50,000 байт и 1 048 576 байт' }, 'either', [
      { locale: 'ru', severity: 'error', kind: 'base', base: 1000 },
      { locale: 'ru', severity: 'error', kind: 'base', base: 1024 },
    ]],
    // time
    ['"30 seconds" vs "30秒" vs "30 секунд" is clean', { en: '30 seconds', zh: '30秒', ru: '30 секунд' }, 'either', []],
    ['"2 minutes" vs "120 секунд" is clean: an exact change of unit says the same', { en: '2 minutes', ru: '120 секунд' }, 'either', []],
    ['"2 minutes" vs "两分钟" is clean', { en: '2 minutes', zh: '两分钟' }, 'either', []],
    ['"500 ms" vs "0,5 с" is clean', { en: '500 ms', ru: '0,5 с' }, 'either', []],
    ['"0.1 s" vs "100 мс" is clean', { en: '0.1 s', ru: '100 мс' }, 'either', []],
    ['"1 hour" vs "60 минут" vs "60分钟" is clean', { en: '1 hour', ru: '60 минут', zh: '60分钟' }, 'either', []],
    ['"30 seconds" vs "3 秒" is an error', { en: '30 seconds', zh: '3 秒' }, 'either', [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    // same amount, same unit, other spelling
    ['"5 s" vs "5 seconds" vs "5 сек" is clean', { en: '5 s', ru: '5 сек', zh: '5 seconds' }, 'either', []],
    ['"50 KB" vs "50 КБ" vs "50千字节" is clean under any kilobyte', { en: '50 KB', ru: '50 КБ', zh: '50千字节' }, 1024, []],
    ['"50 kB" vs "50 кБ" is clean', { en: '50 kB', ru: '50 кБ' }, 'either', []],
    ['"100 kB" vs "100 000 байт" is clean: a lower-case kB is always 1000 bytes', { en: '100 kB', ru: '100 000 байт' }, 1024, []],
    ['"50 kB" vs "50 килобайт" warns: the word may mean 1024 bytes', { en: '50 kB', ru: '50 килобайт' }, 'either', [{ locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 }]],
    // bare numbers
    ['"50,000" vs "5万" is clean', { en: '50,000', zh: '5万' }, 'either', []],
    ['"50,000" vs "5 000" is an error', { en: '50,000', ru: '5 000' }, 'either', [{ locale: 'ru', severity: 'error', kind: 'value' }]],
    ['"HTTP 429" vs "HTTP 429" is clean', { en: 'HTTP 429', ru: 'HTTP 429', zh: 'HTTP 429' }, 'either', []],
    ['"HTTP 429" vs "HTTP 428" is an error', { en: 'HTTP 429', zh: 'HTTP 428' }, 'either', [{ locale: 'zh', severity: 'error', kind: 'value' }]],
    ['en "100 bytes" vs zh "100" alone is a unit change', { en: '100 bytes', zh: '100' }, 'either', [{ locale: 'zh', severity: 'warning', kind: 'unit-changed' }]],
    ['en "100" vs zh "100字节" is a unit change', { en: '100', zh: '100字节' }, 'either', [{ locale: 'zh', severity: 'warning', kind: 'unit-changed' }]],
    ['en "50 KB" vs zh "50000" alone is a unit change that needs KB = 1000', { en: '50 KB', zh: '50000' }, 'either', [{ locale: 'zh', severity: 'warning', kind: 'unit-changed', base: 1000 }]],
    ['en "5 minutes" vs zh "5" alone is a unit change (the unit was dropped)', { en: '5 minutes', zh: '5' }, 'either', [{ locale: 'zh', severity: 'warning', kind: 'unit-changed' }]],
    ['en "5 minutes" vs zh "7" alone is a missing and an extra', { en: '5 minutes', zh: '7' }, 'either', [
      { locale: 'zh', severity: 'error', kind: 'missing' },
      { locale: 'zh', severity: 'error', kind: 'extra' },
    ]],
    // missing and extra
    ['a quantity absent in a locale is missing', { en: 'Wait 30 seconds, then retry.', zh: '稍后重试。' }, 'either', [{ locale: 'zh', severity: 'error', kind: 'missing' }]],
    ['a quantity only in a locale is extra', { en: 'Retry later.', zh: '10秒后重试。' }, 'either', [{ locale: 'zh', severity: 'error', kind: 'extra' }]],
    ['a bare number only in a locale is extra', { en: 'Retry a few times.', ru: 'Повторите 3 раза.' }, 'either', [{ locale: 'ru', severity: 'error', kind: 'extra' }]],
    ['a quantity stated twice in the reference and once in the locale is missing once', { en: 'Wait 30 s; after 30 s retry.', ru: 'Подождите 30 с и повторите.' }, 'either', [{ locale: 'ru', severity: 'error', kind: 'missing' }]],
    ['amounts of different dimensions are a missing and an extra', { en: '5 seconds', zh: '5 字节' }, 'either', [
      { locale: 'zh', severity: 'error', kind: 'missing' },
      { locale: 'zh', severity: 'error', kind: 'extra' },
    ]],
    // order and units
    ['quantities in another order are clean', { en: 'Wait 30 seconds; images up to 50 KB.', zh: '图片不超过 50 KB，等待 30 秒。', ru: 'Изображение до 50 КБ, ожидание 30 секунд.' }, 'either', []],
    ['"1 MB" vs "1000 KB" is a unit change that needs KB = 1000', { en: '1 MB', ru: '1000 КБ' }, 'either', [{ locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 }]],
    ['"1 MB" vs "1024 KB" is a unit change that needs KB = 1024', { en: '1 MB', ru: '1024 КБ' }, 'either', [{ locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1024 }]],
    ['"1 KiB" vs "1 024 байт" is clean', { en: '1 KiB', ru: '1 024 байт' }, 'either', []],
    ['"1 KiB" vs "1 KB" holds only if a KB is 1024 bytes', { en: '1 KiB', ru: '1 КБ' }, 1000, [{ locale: 'ru', severity: 'error', kind: 'value' }]],
    ['ranges in every language are clean', { en: 'Wait 5–10 seconds.', ru: 'Подождите от 5 до 10 секунд.', zh: '等待5至10秒。' }, 'either', []],
    ['no quantities anywhere is clean', { en: 'Retry later.', ru: 'Повторите позже.', zh: '稍后重试。' }, 'either', []],
  ];

  it.each(cases)('%s', (_name, texts, kilobyte, expected) => {
    expect(summaries(texts, kilobyte)).toEqual(expected);
  });
});

describe('compareQuantities: pairing', () => {
  it('pairs the closest amounts when several values drift', () => {
    const found = drifts({ en: '50 KB and 2 MB', zh: '500,000 字节和 3 MB' });
    expect(found.map((d) => [d.kind, d.expected?.raw, d.actual?.raw])).toEqual([
      ['value', '50 KB', '500,000 字节'],
      ['value', '2 MB', '3 MB'],
    ]);
  });

  it('pairs by agreement, not by position', () => {
    const found = drifts({ en: '30 seconds, 2 minutes, 50 KB', ru: '50 КБ, 2 минуты, 31 секунда' });
    expect(found.map((d) => [d.kind, d.expected?.raw, d.actual?.raw])).toEqual([['value', '30 seconds', '31 секунда']]);
  });

  it('prefers an exact match to a unit change', () => {
    // en "100" could pair with zh "100字节" (unit change) but zh also states a bare "100".
    expect(summaries({ en: '100 and 100 bytes', zh: '100字节和100' })).toEqual([]);
    expect(summaries({ en: '100 bytes, 100', zh: '100和100字节' })).toEqual([]);
  });

  it('reports drifts in locale order, each in text order', () => {
    const found = drifts({ en: '5 s, 10 s', zh: '6秒，10秒', ru: '5 с, 11 с' });
    expect(found.map((d) => [d.locale, d.expected?.raw])).toEqual([
      ['zh', '5 s'],
      ['ru', '10 s'],
    ]);
  });

  it('returns nothing when the reference locale is absent', () => {
    expect(compareQuantities({ ru: readQuantities('5 с', 'ru') }, { reference: 'en', kilobyte: 'either' })).toEqual([]);
  });

  it('treats any locale as the reference', () => {
    const found = drifts({ ru: '50,000 байт', en: '50 KB' }, 'either', 'ru');
    expect(found.map(summary)).toEqual([{ locale: 'en', severity: 'warning', kind: 'unit-changed', base: 1000 }]);
    expect(found[0]!.reference).toBe('ru');
  });

  it('treats every locale as missing everything when it states nothing', () => {
    expect(summaries({ en: '5 s and 50 KB', zh: '' })).toEqual([
      { locale: 'zh', severity: 'error', kind: 'missing' },
      { locale: 'zh', severity: 'error', kind: 'missing' },
    ]);
  });
});

describe('compareQuantities: drift contents', () => {
  it('quotes what each locale says, in its own words and quotation marks', () => {
    const [drift] = drifts({ en: '50 KB', zh: '500,000 字节' });
    expect(drift).toMatchObject({ severity: 'error', kind: 'value', locale: 'zh', reference: 'en' });
    expect(drift!.expected?.raw).toBe('50 KB');
    expect(drift!.actual?.raw).toBe('500,000 字节');
    expect(drift!.message).toBe('zh says “500,000 字节”; en says “50 KB”.');
    expect(drifts({ en: 'Wait 5 minutes.', ru: 'Подождите 10 минут.' })[0]!.message).toBe('ru says «10 минут»; en says “5 minutes”.');
  });

  it('says under which base a unit change agrees', () => {
    const [drift] = drifts({ en: '50 KB', ru: '50,000 байт' });
    expect(drift!.base).toBe(1000);
    expect(drift!.message).toBe('ru says «50,000 байт» where en says “50 KB”; that is the same amount only if a KB is 1000 bytes, and a reader cannot tell which KB is meant.');
  });

  it('says which base the kilobyte setting rules out', () => {
    const [drift] = drifts({ en: '50 KB', ru: '50,000 байт' }, 1024);
    expect(drift!.base).toBeUndefined();
    expect(drift!.message).toBe('ru says «50,000 байт»; en says “50 KB”; they agree only if a KB is 1000 bytes, which the kilobyte setting rules out.');
  });

  it('names the locale that needs the other base in a base error', () => {
    const found = drifts({ en: '50 KB', ru: '50,000 байт', zh: '51,200 字节' });
    expect(found.map((d) => d.message)).toEqual([
      'ru says «50,000 байт», which matches en “50 KB” only if a KB is 1000 bytes, but zh needs a KB of 1024 bytes.',
      'zh says “51,200 字节”, which matches en “50 KB” only if a KB is 1024 bytes, but ru needs a KB of 1000 bytes.',
    ]);
  });

  it('describes a dropped unit', () => {
    const [drift] = drifts({ en: '100 bytes', zh: '100' });
    expect(drift!.message).toBe('zh says “100” where en says “100 bytes”; the number agrees, but zh drops the unit.');
  });

  it('describes a missing and an extra quantity', () => {
    expect(drifts({ en: 'Wait 1 second.', zh: '稍后重试。' })[0]!.message).toBe('en says “1 second”, which zh does not state.');
    const extra = drifts({ en: 'Retry later.', zh: '10秒后重试。' })[0]!;
    expect(extra.message).toBe('zh says “10秒”, which en does not state.');
    expect(extra.expected).toBeNull();
    expect(extra.actual?.raw).toBe('10秒');
  });

  it('writes every message as one sentence', () => {
    const found = drifts({
      en: '50 KB, 2 minutes, 100 bytes, 30 s, HTTP 429',
      ru: '50,000 байт, 120 секунд, 100, 3 с',
      zh: '51,200 字节，两分钟，100字节，30秒，HTTP 429，5 天',
    });
    expect(found.length).toBeGreaterThan(3);
    for (const d of found) {
      expect(d.message).toMatch(/^[a-z]{2} [^\n]*\.$/);
      expect(d.message.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });
});

describe('compareQuantities: the CapMonster Cloud file-size limit', () => {
  const texts = {
    en: 'The image is larger than 50 KB.',
    ru: 'Изображение больше 50,000 байт.',
    zh: '图片超过 500,000 字节。',
  };

  it('flags zh as wrong and ru as a unit change when a KB may be either', () => {
    expect(summaries(texts, 'either')).toEqual([
      { locale: 'ru', severity: 'warning', kind: 'unit-changed', base: 1000 },
      { locale: 'zh', severity: 'error', kind: 'value' },
    ]);
  });

  it('flags both translations when a KB is 1024 bytes', () => {
    expect(summaries(texts, 1024)).toEqual([
      { locale: 'ru', severity: 'error', kind: 'value' },
      { locale: 'zh', severity: 'error', kind: 'value' },
    ]);
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const intlUnits = ['byte', 'kilobyte', 'megabyte', 'millisecond', 'second', 'minute', 'hour', 'day'] as const;
const statement = fc.record({
  n: fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }).map((c) => c / 100)),
  unit: fc.constantFrom(...intlUnits, null),
  display: fc.constantFrom('long', 'short', 'narrow'),
});

/** Formats statements as a sentence in `locale`. */
function sentence(statements: { n: number; unit: (typeof intlUnits)[number] | null; display: string }[], locale: string): string {
  const parts = statements.map(({ n, unit, display }) =>
    unit === null
      ? new Intl.NumberFormat(locale).format(n)
      : new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display as 'long' }).format(n),
  );
  return locale === 'zh-CN' ? parts.join('；') : parts.join('; ');
}

describe('compareQuantities: properties', () => {
  it('finds no drift between locales that state the same amounts in any order', () => {
    fc.assert(
      fc.property(
        fc
          .array(statement, { maxLength: 6 })
          .chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
        fc.constantFrom<KilobyteSetting>(1000, 1024, 'either'),
        ([statements, shuffled], kilobyte) => {
          const byLocale = {
            en: readQuantities(sentence(statements, 'en'), 'en'),
            ru: readQuantities(sentence(shuffled, 'ru'), 'ru'),
            'zh-CN': readQuantities(sentence([...statements].reverse(), 'zh-CN'), 'zh-CN'),
          };
          expect(compareQuantities(byLocale, { reference: 'en', kilobyte })).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accounts for every quantity exactly once', () => {
    // A bare zero left unpaired is silent (tested above), so it is left out here.
    const quantities = fc.array(statement, { maxLength: 5 }).map((s) => readQuantities(sentence(s, 'en'), 'en').filter((q) => q.dimension !== 'none' || q.value !== 0));
    fc.assert(
      fc.property(quantities, quantities, fc.constantFrom<KilobyteSetting>(1000, 1024, 'either'), (reference, translated, kilobyte) => {
        const found = compareQuantities({ en: reference, zh: translated }, { reference: 'en', kilobyte });
        const expectedSeen = found.map((d) => d.expected).filter((q): q is Quantity => q !== null);
        const actualSeen = found.map((d) => d.actual).filter((q): q is Quantity => q !== null);
        expect(new Set(expectedSeen).size).toBe(expectedSeen.length);
        expect(new Set(actualSeen).size).toBe(actualSeen.length);
        const missing = found.filter((d) => d.kind === 'missing').length;
        const extra = found.filter((d) => d.kind === 'extra').length;
        // Unpaired quantities on each side are what the counts differ by, at least.
        expect(missing - extra).toBe(reference.length - translated.length);
        for (const d of found) {
          expect(d.severity).toBe(d.kind === 'unit-changed' ? 'warning' : 'error');
          expect(d.message.endsWith('.')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is symmetric in whether two locales agree', () => {
    const quantities = fc.array(statement, { maxLength: 4 }).map((s) => readQuantities(sentence(s, 'en'), 'en'));
    fc.assert(
      fc.property(quantities, quantities, fc.constantFrom<KilobyteSetting>(1000, 1024, 'either'), (a, b, kilobyte) => {
        const forward = compareQuantities({ en: a, zh: b }, { reference: 'en', kilobyte });
        const backward = compareQuantities({ zh: b, en: a }, { reference: 'zh', kilobyte });
        expect(forward.length === 0).toBe(backward.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compareQuantities: counts in words and amounts of one', () => {
  it.each([
    ['3 attempts = три попытки = 三次', { en: 'Retry up to 3 attempts.', ru: 'Не более трёх попыток.', zh: '最多重试三次。' }],
    ['1 time = 1 раз = 1 次 = 1 vez = uma vez', { en: 'Retry 1 time.', ru: 'Повторите 1 раз.', zh: '重试 1 次。', es: 'Reintente 1 vez.', pt: 'Tente uma vez.' }],
    ['once = один раз = 一次', { en: 'Retry once.', ru: 'Повторите один раз.', zh: '重试一次。' }],
    ['a translation that leaves "one" out', { en: 'Solve one of the tasks.', ru: 'Решите задачу.', zh: '解决任务。' }],
    ['"both" written as 两个', { en: 'Both fields are required.', ru: 'Оба поля обязательны.', zh: '两个字段都是必需的。' }],
    ['half a minute = полминуты = 半分钟 = 30 s', { en: 'Wait half a minute.', ru: 'Подождите полминуты.', zh: '等待半分钟。', de: 'Warten Sie 30 Sekunden.' }],
    ['a day = сутки = 一天 = 24 h', { en: 'Keys expire after a day.', ru: 'Ключи истекают через сутки.', zh: '密钥在一天后过期。', de: 'Schlüssel laufen nach 24 Stunden ab.' }],
    ['an hour = час = 一小时 = 60 min', { en: 'Retry in an hour.', ru: 'Повторите через час.', zh: '一小时后重试。', de: 'In 60 Minuten erneut versuchen.' }],
  ] as const)('finds no drift in %s', (_, texts) => {
    expect(drifts(texts)).toEqual([]);
  });

  it('still reports a count in digits that a count in words contradicts', () => {
    expect(summaries({ en: 'Retry up to 3 attempts.', zh: '最多重试五次。' })).toEqual([{ locale: 'zh', severity: 'error', kind: 'missing' }]);
    expect(summaries({ en: 'Wait 30 seconds.', ru: 'Подождите полчаса.' })).toEqual([{ locale: 'ru', severity: 'error', kind: 'value' }]);
  });

  it('does not guess at counts in a language whose number words it does not know', () => {
    const byLocale = { en: readQuantities('Retry 3 times within 5 seconds.', 'en'), ja: readQuantities('5秒以内に三回再試行してください。', 'ja') };
    expect(compareQuantities(byLocale, { reference: 'en', kilobyte: 'either', knowsWords: (l) => l !== 'ja' })).toEqual([]);
    expect(compareQuantities(byLocale, { reference: 'en', kilobyte: 'either' }).map(summary)).toEqual([{ locale: 'ja', severity: 'error', kind: 'missing' }]);
  });

  it('compares a text of thousands of numbers in linear time', () => {
    const many = '1 '.repeat(9500);
    const started = performance.now();
    const found = drifts({ en: many, ru: many.replace(/1/g, '2') });
    expect(found.filter((d) => d.kind === 'missing')).toHaveLength(9500);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('compareQuantities: enumerations and a bare zero', () => {
  it('reads the numbers of an inline enumeration as no quantity, with a space after the dot or without', () => {
    expect(summaries({ en: '1. Zones differ 2. Clocks differ by more than 900 seconds', zh: '1.时区不同 2.时间不同步，相差超过 900 秒' })).toEqual([]);
  });

  it('still finds a drifted amount inside an inline enumeration', () => {
    expect(summaries({ en: '1. Zones differ 2. Clocks differ by more than 900 seconds', zh: '1.时区不同 2.时间不同步，相差超过 90 秒' })).toEqual([{ locale: 'zh', severity: 'error', kind: 'value' }]);
  });

  it('says nothing of a bare zero only one side states ("divides by 0" against words), but pairs a zero that changed', () => {
    expect(summaries({ en: 'Check the divisor in the expression.', zh: '检查表达式是否除以 0。' })).toEqual([]);
    expect(summaries({ en: 'Set retries to 3.', ru: 'Задайте число повторов 0.' })).toEqual([{ locale: 'ru', severity: 'error', kind: 'value' }]);
    expect(summaries({ en: 'Wait 0 seconds.', ru: 'Подождите.' })).toEqual([{ locale: 'ru', severity: 'error', kind: 'missing' }]);
  });
});
