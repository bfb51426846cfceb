import { describe, expect, test } from 'vitest';
import { publishedUrls, redirectLine, redirects, shortLinkOf } from '../../../src/catalog/routes.ts';
import { catalog } from '../../../src/site/data.ts';

const lines = () => redirects(catalog()).map(redirectLine);

describe('server-side redirects', () => {
  test('an alias goes to its code for good', () => {
    expect(lines()).toContain('/ru/capmonster-cloud/WRONG_CAPTCHA_ID/ /ru/capmonster-cloud/ERROR_NO_SUCH_CAPCHA_ID/ 301');
  });

  test('a short link goes to the reader\'s language only under a language condition, and never permanently', () => {
    const short = lines().filter((l) => l.startsWith('/e/ERROR_TASK_ABSENT/ '));
    expect(short).toEqual(catalog().site.locales.map((l) => expect.stringMatching(new RegExp(`^/e/ERROR_TASK_ABSENT/ /${l.id}/capmonster-cloud/ERROR_TASK_ABSENT/ 302! Language=${l.id}`))));
    expect(lines().filter((l) => / 301/.test(l) && (l.startsWith('/e/') || /^\/[a-z-]+\/[A-Z]/.test(l)))).toEqual([]);
    expect(lines()).toContain('/e/ERROR_TASK_ABSENT/ /zh/capmonster-cloud/ERROR_TASK_ABSENT/ 302! Language=zh,zh-cn');
  });

  test('no unconditional line sends a language-neutral path to one language', () => {
    const neutral = redirects(catalog()).filter((r) => r.from.startsWith('/e/') || catalog().providers.some((p) => r.from.startsWith(`/${p.id}/`)));
    expect(neutral.length).toBeGreaterThan(0);
    for (const r of neutral) expect(r.conditions).toMatch(/^Language=/);
  });

  test('a missing page under a locale is that locale\'s not-found page', () => {
    for (const l of catalog().site.locales) expect(lines()).toContain(`/${l.id}/* /${l.id}/404/ 404`);
  });

  test('the not-found rewrites are not published URLs', () => {
    expect(publishedUrls(catalog(), []).filter((u) => u.includes('*'))).toEqual([]);
  });
});

describe('the short link of a code', () => {
  test('is /e/CODE/ where one provider has the code, else the provider\'s language-neutral path', () => {
    expect(shortLinkOf(catalog(), 'capmonster-cloud', 'ERROR_TASK_ABSENT')).toBe('/e/ERROR_TASK_ABSENT/');
    expect(shortLinkOf(catalog(), 'captchaai', 'ERROR_ZERO_BALANCE')).toBe('/captchaai/ERROR_ZERO_BALANCE/');
  });
});
