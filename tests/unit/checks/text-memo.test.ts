import { describe, expect, it } from 'vitest';
import { memoReader } from '../../../src/checks/text-memo.ts';
import { memoryReader } from '../../../src/checks/text-cache.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { catalogWith, code } from '../helpers.ts';

describe('the in-memory text reader of the dev server', () => {
  it('reads a text once across runs, and again when it changes', () => {
    const reader = memoReader();
    reader.read('Wait `5` seconds.', 'en');
    reader.read('Подождите 5 секунд.', 'ru');
    expect(reader.stats).toEqual({ kept: 0, read: 2 });
    reader.endRun();
    reader.read('Wait `5` seconds.', 'en');
    reader.read('Подождите 6 секунд.', 'ru');
    expect(reader.stats).toEqual({ kept: 1, read: 1 });
  });

  it('gives what a fresh read gives', () => {
    const reader = memoReader();
    const text = 'Send at most {maxBytes}: `image` over 50 KB is refused.';
    reader.read(text, 'en');
    reader.endRun();
    expect(reader.read(text, 'en')).toEqual(memoryReader().read(text, 'en'));
  });

  it('forgets texts a run did not meet', () => {
    const reader = memoReader();
    reader.read('Old text with `code`.', 'en');
    reader.endRun();
    reader.endRun();
    reader.read('Old text with `code`.', 'en');
    expect(reader.stats).toEqual({ kept: 0, read: 1 });
  });

  it('makes runChecks report the same findings as a run without it', () => {
    const catalog = () => catalogWith(code({ texts: { en: { summary: 'Wait `5` seconds.' }, ru: { summary: 'Подождите 6 секунд.' } } }));
    const reader = memoReader();
    runChecks(catalog(), { reader });
    reader.endRun();
    expect(runChecks(catalog(), { reader }).findings).toEqual(runChecks(catalog()).findings);
  });
});
