import { describe, expect, test } from 'vitest';
import { machineValue, retryAdvice, retryShort } from '../../../src/site/retry.ts';
import { readerOf } from '../../../src/site/reader.ts';
import { codeByRef } from '../../../src/site/data.ts';
import type { Category, Retry } from '../../../src/catalog/schema.ts';

const en = readerOf('en');
const zh = readerOf('zh');
const shipped = (ref: string) => {
  const found = codeByRef(ref);
  if (!found) throw new Error(`no ${ref} in the shipped catalog`);
  return found;
};
const advice = (ref: string, locale = en) => {
  const { provider, code } = shipped(ref);
  return retryAdvice(code, provider.retryAfter, locale);
};

describe('retry advice', () => {
  test('a balance error tells the reader to top up, not to fix the request', () => {
    const text = advice('capmonster-cloud/ERROR_ZERO_BALANCE');
    expect(text).toMatch(/topped up/);
    expect(text).not.toMatch(/fix the request/);
  });

  test('an auth error names the key, a proxy error the proxy, a task error a new task', () => {
    expect(advice('gateway/AUTH_INVALID')).toMatch(/key/);
    expect(advice('gateway/PROXY_BANNED')).toMatch(/proxy/);
    expect(advice('captchaai/ERROR_CAPTCHA_UNSOLVABLE')).toMatch(/new task/);
    expect(advice('gateway/INPUT_MISSING')).toMatch(/fix the request/);
  });

  test('a code whose response carries the wait says the response decides, and gives the usual wait', () => {
    const text = advice('gateway/CAPACITY');
    expect(text).toContain('`retryAfter`');
    expect(text).toContain('`Retry-After`');
    expect(text).toMatch(/usually 5 seconds/);
    expect(text).not.toMatch(/^Yes, after waiting 5 seconds/);
  });

  test('a retryable code without a usual wait relies on the response alone', () => {
    expect(advice('gateway/UNSOLVABLE')).toBe('Yes, after the wait the response gives in `retryAfter` or the `Retry-After` header.');
  });

  test('backoff states its first wait, its multiplier and its attempt limit', () => {
    const text = advice('captchaai/ERROR_SERVER_ERROR');
    expect(text).toContain('10 seconds');
    expect(text).toContain('by 2');
    expect(text).toContain('5 attempts');
  });

  test('an IP ban says to fix the key first, then to wait its minutes', () => {
    expect(advice('captchaai/IP_BANNED')).toMatch(/key.*fixed.*wait 5 minutes/);
  });

  test('Chinese sentences follow one another without a space, numbers set off by spaces', () => {
    const text = advice('captchaai/ERROR_SERVER_ERROR', zh);
    expect(text).not.toMatch(/[。：；] /);
    expect(text).toContain('10 秒钟');
    expect(text).toContain('乘以 2');
  });

  test('every policy has advice in every locale, without a missing interpolation', () => {
    const categories: Category[] = ['auth', 'balance', 'input', 'task', 'proxy', 'capacity', 'server', 'polling'];
    const retries: Retry[] = [{ policy: 'never' }, { policy: 'after-fix' }, { policy: 'after-wait' }, { policy: 'after-wait', after: 30 }, { policy: 'poll', after: 2 }, { policy: 'backoff' }, { policy: 'backoff', after: 1, factor: 1.5, maxAttempts: 4 }];
    for (const locale of ['en', 'ru', 'zh'])
      for (const category of categories)
        for (const retry of retries)
          for (const server of [undefined, { field: 'retryAfter', header: 'Retry-After' }]) {
            const text = retryAdvice({ retry, category }, server, readerOf(locale));
            expect(text, `${locale} ${category} ${JSON.stringify(retry)}`).not.toMatch(/\{\{|retry\.advice/);
            expect(text.length).toBeGreaterThan(5);
          }
  });
});

describe('the short label and the machine value', () => {
  test('a wait in a table cell uses the locale\'s brackets', () => {
    expect(retryShort({ policy: 'after-wait', after: 5 }, en.t, en.lang, en.format)).toBe('after a wait (5 seconds)');
    expect(retryShort({ policy: 'after-wait', after: 5 }, zh.t, zh.lang, zh.format)).toBe('等待后重试（5 秒钟）');
  });

  test('the machine value shows every parameter and leaves the decision out', () => {
    expect(machineValue({ policy: 'backoff', after: 10, factor: 2, maxAttempts: 3, decision: 'why' })).toBe('{"policy":"backoff","after":10,"factor":2,"maxAttempts":3}');
  });
});
