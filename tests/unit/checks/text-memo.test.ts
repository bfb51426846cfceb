import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../../src/checks/text-memo.ts';
import type { FieldReading } from '../../../src/checks/check.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { catalogWith, code } from '../helpers.ts';

/** A memo of the text's length, counting the fresh reads. */
function lengths() {
  const memo = new TextMemo<number>();
  return { memo, read: (text: string, lang: string) => memo.read(text, lang, (t) => t.length) };
}

describe('the in-memory text memo of the dev server', () => {
  it('reads a text once across runs, and again when it changes', () => {
    const { memo, read } = lengths();
    read('Wait `5` seconds.', 'en');
    read('Подождите 5 секунд.', 'ru');
    expect(memo.stats).toEqual({ kept: 0, read: 2 });
    memo.endRun();
    read('Wait `5` seconds.', 'en');
    read('Подождите 6 секунд.', 'ru');
    expect(memo.stats).toEqual({ kept: 1, read: 1 });
  });

  it('keys a reading by its language too', () => {
    const { memo, read } = lengths();
    read('5 KB', 'en');
    memo.endRun();
    read('5 KB', 'ru');
    expect(memo.stats).toEqual({ kept: 0, read: 1 });
  });

  it('forgets texts a run did not meet', () => {
    const { memo, read } = lengths();
    read('Old text with `code`.', 'en');
    memo.endRun();
    memo.endRun();
    read('Old text with `code`.', 'en');
    expect(memo.stats).toEqual({ kept: 0, read: 1 });
  });

  it('makes runChecks report the same findings as a run without it, and reads only the changed text again', () => {
    const catalog = (ru: string) => catalogWith(code({ texts: { en: { summary: 'Wait `5` seconds.' }, ru: { summary: ru } } }));
    const memo = new TextMemo<FieldReading>();
    runChecks(catalog('Подождите `5` секунд.'), { memo });
    memo.endRun();
    expect(runChecks(catalog('Подождите `6` секунд.'), { memo }).findings).toEqual(runChecks(catalog('Подождите `6` секунд.')).findings);
    expect(memo.stats.read).toBe(1);
    expect(memo.stats.kept).toBeGreaterThan(0);
  });
});
