import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/quantity-drift.ts';
import { catalogOf, catalogWith, code, lines } from '../helpers.ts';

function summaries(texts: Record<string, string>, facts: Record<string, unknown> = {}) {
  const entry = code({ facts });
  const t = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, summary] of Object.entries(texts)) t[locale]!.summary = summary;
  return entry;
}

const verdicts = (entry: Record<string, unknown>) => check.run(catalogWith(entry)).map((f) => `${f.locales[0]} ${f.severity}`);

describe('quantity-drift', () => {
  it('reports the CapMonster Cloud size limit: zh 500,000 bytes is an error, ru 50,000 bytes a warning', () => {
    const findings = check.run(catalogWith(summaries({ en: 'The image is larger than 50 KB.', ru: 'Изображение больше 50,000 байт.', zh: '图片大于 500,000 字节。' })));
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:16:37 warning [quantity-drift] ERROR_SAMPLE: ru says «50,000 байт» where en says “50 KB”; that is the same amount only if a KB is 1000 bytes, and a reader cannot tell which KB is meant (summary).",
        "catalog/acme/errors.yaml:20:23 error [quantity-drift] ERROR_SAMPLE: zh says “500,000 字节”; en says “50 KB” (summary).",
      ]
    `);
  });

  it('accepts the same duration in every language', () => {
    expect(verdicts(summaries({ en: 'Wait 30 seconds.', ru: 'Подождите 30 секунд.', zh: '等待30秒。' }))).toEqual([]);
  });

  it.each([
    ['1 hour = 60 минут', { en: 'Wait 1 hour.', ru: 'Подождите 60 минут.', zh: '等待1小时。' }],
    ['2 minutes = 120 секунд = 两分钟', { en: 'Wait 2 minutes.', ru: 'Подождите 120 секунд.', zh: '等待两分钟。' }],
    ['0.1 s = 100 мс', { en: 'Within 0.1 s.', ru: 'В пределах 100 мс.', zh: '在 0.1 秒内。' }],
    ['1 KiB = 1 024 байт', { en: 'Up to 1 KiB.', ru: 'До 1 024 байт.', zh: '最多 1 KiB。' }],
    ['100 kB = 100 000 байт', { en: 'Up to 100 kB.', ru: 'До 100 000 байт.', zh: '最多 100 kB。' }],
  ])('accepts an exact change of unit, which translators make on purpose: %s', (_, texts) => {
    expect(verdicts(summaries(texts))).toEqual([]);
  });

  it('still warns where a KB may be 1000 or 1024 bytes', () => {
    expect(verdicts(summaries({ en: 'Up to 50 KB.', ru: 'До 50 000 байт.', zh: '最多 50 KB。' }))).toEqual(['ru warning']);
  });

  it('reads Chinese 万 and tells 5 000 from 50,000', () => {
    expect(verdicts(summaries({ en: 'Up to 50,000 requests.', ru: 'До 5 000 запросов.', zh: '最多5万个请求。' }))).toEqual(['ru error']);
  });

  it('reads the texts as rendered, with placeholders filled from the facts', () => {
    const facts = { interval: { value: 5, unit: 'second' } };
    expect(verdicts(summaries({ en: 'Poll every {interval}.', ru: 'Опрашивайте каждые {interval}.', zh: '每隔{interval}轮询一次。' }, facts))).toEqual([]);
    expect(verdicts(summaries({ en: 'Poll every {interval}.', ru: 'Опрашивайте каждые 10 секунд.', zh: '每隔{interval}轮询一次。' }, facts))).toEqual(['ru error']);
  });

  it('compares the facts that placeholders cite when no locale states a number of its own', () => {
    const facts = { interval: { value: 5, unit: 'second' }, timeout: { value: 2, unit: 'minute' } };
    expect(verdicts(summaries({ en: 'Poll every {interval}.', ru: 'Опрашивайте каждые {timeout}.', zh: '轮询。' }, facts))).toEqual(['ru error', 'zh error']);
  });

  it('ignores numbers in code spans, links and versions', () => {
    expect(verdicts(summaries({ en: 'Send `json=1` to [v2](https://x.test/v2/10) of reCAPTCHA v3.', ru: 'Передайте `json=1` в [v2](https://x.test/v2/10) для reCAPTCHA v3.', zh: '向 reCAPTCHA v3 的 [v2](https://x.test/v2/10) 发送 `json=1`。' }))).toEqual([]);
  });

  it('makes the unit change an error when site.yaml says a KB is 1024 bytes', () => {
    const entry = summaries({ en: 'Larger than 50 KB.', ru: 'Больше 50 000 байт.', zh: '大于 50 KB。' });
    const catalog = catalogOf({ site: { quantities: { kilobyte: 1024 } }, providers: { acme: { codes: [entry] } } });
    expect(check.run(catalog).map((f) => `${f.locales[0]} ${f.severity}`)).toEqual(['ru error']);
  });

  it('names the imported page a drifting text came from', () => {
    const entry = summaries({ en: 'Larger than 50 KB.', ru: 'Больше 50 000 байт.', zh: '大于 500,000 字节。' });
    (entry.texts as Record<string, Record<string, string>>).zh!.origin = 'docs/zh/errors.md:27';
    const zh = check.run(catalogWith(entry)).find((f) => f.locales[0] === 'zh')!;
    expect(zh.message).toContain('from docs/zh/errors.md:27');
  });

  it.each(['constructor', 'toString', '__proto__'])('compares a text citing {%s}, which names no fact, as one citing nothing', (name) => {
    expect(verdicts(summaries({ en: 'Wait 5 seconds.', ru: `Подождите 5 секунд {${name}}.`, zh: '等待5秒。' }, { interval: { value: 5, unit: 'second' } }))).toEqual([]);
  });

  it('reads a fact named like a property every object has', () => {
    expect(verdicts(summaries({ en: 'Wait {constructor}.', ru: 'Подождите 6 секунд.', zh: '等待 {constructor}。' }, { constructor: { value: 5, unit: 'second' } }))).toEqual(['ru error']);
  });
});

describe('quantity-drift: counts and amounts written in words', () => {
  it.each([
    ['3 attempts = три попытки = 三次', { en: 'Retry up to 3 attempts.', ru: 'Не более трёх попыток.', zh: '最多重试三次。' }],
    ['1 time = 1 раз = 1 次', { en: 'Retry 1 time.', ru: 'Повторите 1 раз.', zh: '重试 1 次。' }],
    ['once = один раз = 一次', { en: 'Retry once.', ru: 'Повторите один раз.', zh: '重试一次。' }],
    ['half a minute = полминуты = 半分钟', { en: 'Wait 30 seconds.', ru: 'Подождите полминуты.', zh: '等待半分钟。' }],
    ['a day = сутки = 一天', { en: 'Keys expire after 24 hours.', ru: 'Ключи истекают через сутки.', zh: '密钥在一天后过期。' }],
    ['an hour = час = 一小时', { en: 'Retry in an hour.', ru: 'Повторите через час.', zh: '一小时后重试。' }],
    ['half an hour = полчаса = 半小时', { en: 'Retry in 30 minutes.', ru: 'Повторите через полчаса.', zh: '半小时后重试。' }],
  ])('finds no drift in %s', (_, texts) => {
    expect(verdicts(summaries(texts))).toEqual([]);
  });

  it('reads number words in every language the catalog publishes', () => {
    const entry = code();
    const t = entry.texts as Record<string, Record<string, string>>;
    Object.assign(t, {
      en: { title: 'Too many tries', summary: 'Retry 1 time, then wait 2 minutes.', action: 'Wait.' },
      ru: { title: 'Слишком много попыток', summary: 'Повторите один раз, затем подождите две минуты.', action: 'Подождите.' },
      zh: { title: '尝试次数过多', summary: '重试一次，然后等待两分钟。', action: '等待。' },
      pt: { title: 'Tentativas demais', summary: 'Tente uma vez e espere dois minutos.', action: 'Espere.' },
      es: { title: 'Demasiados intentos', summary: 'Reintente una vez y espere dos minutos.', action: 'Espere.' },
      de: { title: 'Zu viele Versuche', summary: 'Einmal wiederholen, dann zwei Minuten warten.', action: 'Warten.' },
      fr: { title: 'Trop de tentatives', summary: 'Réessayez une fois, puis attendez deux minutes.', action: 'Attendez.' },
    });
    const locales = ['en', 'ru', 'zh', 'pt', 'es', 'de', 'fr'].map((id) => ({ id, name: id }));
    const catalog = catalogOf({ site: { locales }, providers: { acme: { codes: [entry] } } });
    expect(lines(check.run(catalog))).toEqual([]);
  });

  it('says once, for a language whose number words it does not know, that counts in words there are not compared', () => {
    const locales = [{ id: 'en', name: 'English' }, { id: 'ru', name: 'Русский' }, { id: 'zh', name: '中文' }, { id: 'ja', name: '日本語' }];
    const catalog = catalogOf({ site: { locales }, providers: { acme: { codes: [code()] } } });
    expect(check.notes!(catalog)).toEqual([expect.stringMatching(/number words of ja \(日本語\)/)]);
    expect(check.notes!(catalogWith(code()))).toEqual([]);
  });
});

describe('quantity-drift: where and how much it reports', () => {
  it('finds the drift after a stray backtick before a blank line, as the page shows the next paragraph', () => {
    const findings = check.run(catalogWith(summaries({ en: 'Press the ` key.\n\nThe limit is 50 KB.', ru: 'Нажмите клавишу `.\n\nЛимит — 500 КБ.', zh: '按 ` 键。\n\n限制为 50 KB。' })));
    expect(findings.map((f) => `${f.locales[0]} ${f.severity} ${f.message}`)).toEqual([expect.stringMatching(/^ru error .*«500 КБ».*“50 KB”/)]);
  });

  it.each([
    ['a plain scalar', 'Изображение больше 500 КБ.'],
    ['a block scalar', 'Изображение больше\n500 КБ.'],
    ['a double-quoted scalar with escapes', 'Изображение \\ больше\t500 КБ.'],
  ])('points at the number in %s, not at the start of the field', (_, ru) => {
    const catalog = catalogWith(summaries({ en: 'The image is larger than 50 KB.', ru, zh: '图片大于 50 KB。' }));
    const [finding] = check.run(catalog);
    const line = catalog.providers[0]!.errorsSource.split('\n')[finding!.line - 1]!;
    expect(line.slice(finding!.column - 1)).toMatch(/^500 КБ/);
  });

  it('makes one finding of a 19,000-character text, quoting the first few of its drifts and counting the rest', () => {
    const many = '7 '.repeat(9500);
    const findings = check.run(catalogWith(summaries({ en: 'No numbers here.', ru: many, zh: '这里没有数字。' })));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('ERROR_SAMPLE: ru says «7», which en does not state; ru says «7», which en does not state; ru says «7», which en does not state; and 9497 more (summary).');
  });
});
