import { describe, expect, it } from 'vitest';
import { guessCategory, titleFromName } from '../../../src/import/texts.ts';

describe('a title from the display name', () => {
  it('writes the name in sentence case', () => {
    expect(titleFromName('EMPTY WALLET', [])).toBe('Empty wallet');
    expect(titleFromName('ERROR_TASK_ABSENT', [])).toBe('Error task absent');
  });

  it('keeps the capitals a description gives a word, outside code', () => {
    expect(titleFromName('REQUEST IS NOT ALLOWED FROM YOUR IP', ['Requests from this IP are refused.'])).toBe('Request is not allowed from your IP');
    expect(titleFromName('RECAPTCHA TIMEOUT', ['The reCAPTCHA took too long.'])).toBe('ReCAPTCHA timeout');
    expect(titleFromName('TASK ABSENT', ['See `TASK` and `ABSENT`.'])).toBe('Task absent');
  });

  it('reads the description as the page shows it: a stray backtick hides nothing in the next paragraph', () => {
    expect(titleFromName('REQUEST FROM YOUR IP', ['Press the ` key.\n\nRequests from this IP are refused; type ` to separate them.'])).toBe('Request from your IP');
  });

  it('keeps a name that is already written in mixed case', () => {
    expect(titleFromName('Proxy login failed', [])).toBe('Proxy login failed');
  });
});

describe('a category from the code', () => {
  it('guesses from the code name and falls back to task', () => {
    expect(guessCategory('ERROR_PROXY_LOGIN')).toBe('proxy');
    expect(guessCategory('ERROR_ZERO_BALANCE')).toBe('balance');
    expect(guessCategory('ERROR_NO_FUNDS')).toBe('balance');
    expect(guessCategory('ERROR_WRONG_KEY')).toBe('auth');
    expect(guessCategory('ERROR_IP_BANNED')).toBe('auth');
    expect(guessCategory('ERROR_TOO_BIG_CAPTCHA_FILESIZE')).toBe('input');
    expect(guessCategory('ERROR_PICTURE_IMAGE')).toBe('input');
    expect(guessCategory('CAPTCHA_NOT_READY')).toBe('polling');
    expect(guessCategory('ERROR_RECAPTCHA_INVALID_SITEKEY')).toBe('task');
    expect(guessCategory('ERROR_TASK_ABSENT')).toBe('task');
  });
});
