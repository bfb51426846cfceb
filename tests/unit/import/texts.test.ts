import { describe, expect, it } from 'vitest';
import { guessCategory, splitDescription, titleFromName } from '../../../src/import/texts.ts';

describe('splitting a description into summary and action', () => {
  it('puts the first sentence in summary and the rest in action', () => {
    expect(splitDescription('The key is unknown. Copy it again from the [key page](https://panel.example/keys.html) and retry.')).toEqual({
      summary: 'The key is unknown.',
      action: 'Copy it again from the [key page](https://panel.example/keys.html) and retry.',
    });
  });

  it('splits Chinese and Russian text at their sentence ends', () => {
    expect(splitDescription('账户余额已用完。请先[充值](https://x.example/pay)。')).toEqual({ summary: '账户余额已用完。', action: '请先[充值](https://x.example/pay)。' });
    expect(splitDescription('Задача ещё решается. Спросите снова.')).toEqual({ summary: 'Задача ещё решается.', action: 'Спросите снова.' });
  });

  it('leaves action empty when the description is one sentence', () => {
    expect(splitDescription('The picture is bigger than 50 KB.')).toEqual({ summary: 'The picture is bigger than 50 KB.', action: '' });
  });

  it('does not split inside code spans, emphasis, abbreviations or before a lower-case word', () => {
    expect(splitDescription('Use `a. B` here. Then retry.').summary).toBe('Use `a. B` here.');
    expect(splitDescription('**Only this. Nothing else.** Then retry.').summary).toBe('**Only this. Nothing else.**');
    expect(splitDescription('Send an image, e.g. PNG files. Then retry.').summary).toBe('Send an image, e.g. PNG files.');
    expect(splitDescription('Version 2.5 is out. it is fine.').action).toBe('');
  });

  it('splits at a paragraph break when the first paragraph is one sentence', () => {
    expect(splitDescription('What happened.\n\nWhat to do.')).toEqual({ summary: 'What happened.', action: 'What to do.' });
  });
});

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

describe('splitting after emphasis that closes at a sentence end', () => {
  it('counts the closing markers once', () => {
    expect(splitDescription('Ask in **3 s.** then wait. Retry later.')).toEqual({ summary: 'Ask in **3 s.** then wait.', action: 'Retry later.' });
  });
});
