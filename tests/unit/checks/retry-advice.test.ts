import { describe, expect, it } from 'vitest';
import { check, quoteIn } from '../../../src/checks/retry-advice.ts';
import { readAdvice } from '../../../src/checks/advice/read.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { catalogWith, code, lines, withActions } from '../helpers.ts';

/** One code whose texts are given whole per locale (title, summary, and an action where given). */
function withTexts(texts: Record<string, { summary: string; action?: string }>) {
  const all: Record<string, Record<string, string>> = {};
  for (const [locale, t] of Object.entries(texts)) all[locale] = { title: `Sample ${locale}`, ...t };
  return catalogWith(code({ texts: all }));
}

describe('retry-advice', () => {
  it('finds nothing where every locale advises the same and the policy agrees', () => {
    expect(check.run(catalogWith(code()))).toEqual([]);
    const catalog = withActions(
      { en: 'Try again later.', ru: 'Повторите попытку позже.', zh: '请稍后重试。' },
      { http: 503, retry: { policy: 'backoff', after: 5 } },
    );
    expect(check.run(catalog)).toEqual([]);
  });

  it('warns where a locale says to try again later and the source says to contact support, quoting each in its own words', () => {
    const catalog = withActions({
      en: 'If you get this error, contact support.',
      ru: 'Повторите попытку позже.',
      zh: '请稍后重试。',
    });
    expect(lines(check.run(catalog))).toEqual([
      'catalog/acme/errors.yaml:17:17 warning [retry-advice] ERROR_SAMPLE: ru says «Повторите попытку позже» (send again); en says "contact support" (contact support).',
      'catalog/acme/errors.yaml:21:17 warning [retry-advice] ERROR_SAMPLE: zh says “请稍后重试” (send again); en says "contact support" (contact support).',
    ]);
  });

  it('reads the words the page shows: a stray backtick hides nothing in the next paragraph', () => {
    const catalog = withActions({
      en: 'Press the ` key to open the console.\n\nContact support with the `taskId`.',
      ru: 'Повторите попытку позже.',
      zh: '请稍后重试。',
    });
    expect(check.run(catalog).map((f) => f.message)).toEqual([
      expect.stringMatching(/^ERROR_SAMPLE: ru says «Повторите попытку позже» \(send again\); en says "contact support with the" \(contact support\)\.$/i),
      expect.stringMatching(/^ERROR_SAMPLE: zh says “请稍后重试” \(send again\); en says "contact support with the" \(contact support\)\.$/i),
    ]);
  });

  it('warns where a text advises sending again while the policy is never', () => {
    const catalog = withActions({ en: 'Try again in a minute.', ru: 'Не отправляйте запрос снова.', zh: '不要重试。' }, { retry: { policy: 'never' } });
    const found = lines(check.run(catalog));
    expect(found).toContain('catalog/acme/errors.yaml:13:17 warning [retry-advice] ERROR_SAMPLE: The en action says "Try again in a minute", advising to send again, but the retry policy is "never".');
    expect(found.filter((l) => l.includes('policy is "never"'))).toHaveLength(1);
  });

  it('reads "do not retry", «не повторяйте» and 不要重试 as the negation they are', () => {
    const catalog = withActions(
      { en: 'Do not retry: the same request is refused every time.', ru: 'Не повторяйте запрос: он будет отклонён снова.', zh: '不要重试：同样的请求每次都会被拒绝。' },
      { retry: { policy: 'never' } },
    );
    expect(check.run(catalog)).toEqual([]);
  });

  it('warns where the only advice is not to send again while the policy waits and retries', () => {
    const catalog = withActions({ en: 'Do not retry.', ru: 'Не повторяйте запрос.', zh: '不要重试。' }, { http: 503, retry: { policy: 'after-wait', after: 5 } });
    expect(check.run(catalog).map((f) => f.locales[0])).toEqual(['en', 'ru', 'zh']);
  });

  it('takes no side for a locale that says both, so a fuller translation is no drift', () => {
    const catalog = withActions({
      en: 'Try again later.',
      ru: 'Повторите попытку позже. Если ошибка не исчезнет, обратитесь в поддержку.',
      zh: '稍后重试。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  describe('a translation that drops the advice', () => {
    it('warns where the source advises sending again and a translation keeps only the cause, at the entry of the translation where it lacks the field, quoting the source and naming the lexicon', () => {
      const catalog = withTexts({
        en: { summary: 'Solving ran out of time.', action: 'Try again later, or through a faster proxy.' },
        ru: { summary: 'Время на решение истекло.' },
        zh: { summary: '解决超时。', action: '请稍后重试。' },
      });
      const found = check.run(catalog);
      expect(lines(found)).toEqual([
        "catalog/acme/errors.yaml:15:9 warning [retry-advice] ERROR_SAMPLE: en says \"Try again later\" (send again); ru gives no advice on sending again or contacting support, in 1 sentence to en's 2.",
      ]);
      expect(found[0]!.locales).toEqual(['ru', 'en']);
      expect(found[0]!.hint).toBe('Add the advice to the ru text. If it gives the advice already, in words the check does not know, add those words to the "ru" phrases in src/checks/advice/retry.json.');
    });

    it('warns where the source says to contact support and a translation keeps only the cause', () => {
      const catalog = withTexts({
        en: { summary: 'The key is not valid. If it keeps happening, contact support.' },
        ru: { summary: 'Ключ недействителен. Если ошибка повторяется, обратитесь в поддержку.' },
        zh: { summary: '密钥无效。' },
      });
      const found = check.run(catalog);
      expect(found.map((f) => f.message)).toEqual([
        "ERROR_SAMPLE: en says \"contact support\" (contact support); zh gives no advice on sending again or contacting support, in 1 sentence to en's 2.",
      ]);
      expect(found[0]!.hint).toContain('src/checks/advice/support.json');
    });

    it('is silent where a translation gives the advice in words the lexicon lacks, in as many sentences', () => {
      const ru = 'Дайте системе минуту и попробуйте опять.';
      const zh = '过一会儿再来。';
      // The premise: the lexicons do not read these as advice.
      expect([readAdvice(ru, 'ru')!.retry, readAdvice(zh, 'zh')!.retry]).toEqual([[], []]);
      const catalog = withTexts({
        en: { summary: 'Solving ran out of time.', action: 'Try again later.' },
        ru: { summary: 'Время на решение истекло.', action: ru },
        zh: { summary: '解决超时。', action: zh },
      });
      expect(check.run(catalog)).toEqual([]);
    });

    it('is silent where a translation gives no advice but as many sentences as the source', () => {
      const catalog = withTexts({
        en: { summary: 'Solving ran out of time.', action: 'Try again later.' },
        ru: { summary: 'Время на решение истекло.', action: 'Прокси отвечал слишком медленно.' },
        zh: { summary: '解决超时。', action: '代理响应太慢。' },
      });
      expect(check.run(catalog)).toEqual([]);
    });

    it('leaves room for each advising sentence of the source: one of two pieces of advice, in unknown words, is no drop', () => {
      expect([readAdvice('Попробуйте опять через более быстрый прокси.', 'ru')!.retry, readAdvice('请过一会儿再来。', 'zh')!.retry]).toEqual([[], []]);
      const catalog = withTexts({
        en: { summary: 'Solving ran out of time. Try again later. Or retry through a faster proxy.' },
        ru: { summary: 'Время на решение истекло. Попробуйте опять через более быстрый прокси.' },
        zh: { summary: '解决超时。请过一会儿再来。' },
      });
      expect(check.run(catalog)).toEqual([]);
    });

    it('is silent where the source takes no side, or both', () => {
      const noSide = withTexts({
        en: { summary: 'The key is not valid.', action: 'Check the key in your dashboard.' },
        ru: { summary: 'Ключ недействителен.' },
        zh: { summary: '密钥无效。' },
      });
      const bothSides = withTexts({
        en: { summary: 'The key is not valid.', action: 'Try again later. If it keeps happening, contact support.' },
        ru: { summary: 'Ключ недействителен.' },
        zh: { summary: '密钥无效。' },
      });
      expect([...check.run(noSide), ...check.run(bothSides)]).toEqual([]);
    });

    it('does not count an abbreviation, a decimal point or a full stop inside code as the end of a sentence', () => {
      const catalog = withTexts({
        en: { summary: 'Solving ran out of time.', action: 'Try again later.' },
        ru: { summary: 'Время истекло, т. е. прошло больше 0.5 мин.' },
        zh: { summary: '解决超时。' },
      });
      expect(check.run(catalog).map((f) => f.locales[0])).toEqual(['ru', 'zh']);
      const spans = withTexts({
        en: { summary: 'Solving ran out of time.', action: 'Try again later.' },
        ru: { summary: 'Время вышло на шаге `Step 1. Step 2`.' },
        zh: { summary: '解决超时。', action: '请稍后重试。' },
      });
      expect(check.run(spans).map((f) => f.locales[0])).toEqual(['ru']);
    });
  });

  it('quotes in the language\'s own quotation marks', () => {
    expect([quoteIn('ru', 'а'), quoteIn('zh', '甲'), quoteIn('en', 'a'), quoteIn('de', 'b')]).toEqual(['«а»', '“甲”', '"a"', '„b“']);
  });

  it('finds nothing in the shipped catalog', () => {
    expect(lines(check.run(loadCatalog('catalog')))).toEqual([]);
  });
});
