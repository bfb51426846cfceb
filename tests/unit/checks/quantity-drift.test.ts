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
        "catalog/acme/errors.yaml:16:18 warning [quantity-drift] ERROR_SAMPLE: ru states 50,000 bytes where en states 50 KB (50,000 or 51,200 bytes); the amount agrees if a KB is 1000 bytes, but the unit changed (summary).",
        "catalog/acme/errors.yaml:20:18 error [quantity-drift] ERROR_SAMPLE: zh states 500,000 bytes; en states 50 KB (50,000 or 51,200 bytes) (summary).",
      ]
    `);
  });

  it('accepts the same duration in every language', () => {
    expect(verdicts(summaries({ en: 'Wait 30 seconds.', ru: 'Подождите 30 секунд.', zh: '等待30秒。' }))).toEqual([]);
  });

  it('warns when a translation changes the unit but keeps the amount', () => {
    expect(verdicts(summaries({ en: 'Wait 2 minutes.', ru: 'Подождите 120 секунд.', zh: '等待两分钟。' }))).toEqual(['ru warning']);
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
