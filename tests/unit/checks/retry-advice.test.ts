import { describe, expect, it } from 'vitest';
import { check, quoteIn } from '../../../src/checks/retry-advice.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { catalogWith, code, lines, withActions } from '../helpers.ts';

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

  it('quotes in the language\'s own quotation marks', () => {
    expect([quoteIn('ru', 'а'), quoteIn('zh', '甲'), quoteIn('en', 'a'), quoteIn('de', 'b')]).toEqual(['«а»', '“甲”', '"a"', '„b“']);
  });

  it('finds nothing in the shipped catalog', () => {
    expect(lines(check.run(loadCatalog('catalog')))).toEqual([]);
  });
});
