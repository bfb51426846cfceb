import { describe, expect, it } from 'vitest';
import { check, isTrimmed } from '../../../src/checks/unchanged-translation.ts';
import { catalogWith, code, lines } from '../helpers.ts';

describe('unchanged-translation', () => {
  it('finds nothing when translations differ from the source', () => {
    expect(check.run(catalogWith(code()))).toEqual([]);
  });

  it('reports a ru text identical to the en one', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.ru!.summary = texts.en!.summary!;
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:16:18 error [unchanged-translation] ERROR_SAMPLE: The ru summary is the en text, unchanged.",
      ]
    `);
  });

  it.each([
    ['an ideographic space before it', '\u3000'],
    ['a no-break space before it', '\u00a0'],
    ['a byte order mark before it', '\ufeff'],
  ])('reports a ru text that is the en one with %s', (_, space) => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.ru!.summary = space + texts.en!.summary!;
    expect(check.run(catalogWith(entry)).map((f) => f.message)).toEqual(['ERROR_SAMPLE: The ru summary is the en text, unchanged.']);
  });

  it('knows every character trim() removes', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isTrimmed(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });

  it('lets a title that is only a code stay the same', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    for (const l of ['en', 'ru', 'zh']) texts[l]!.title = '`ERROR_TASK_ABSENT`';
    expect(check.run(catalogWith(entry))).toEqual([]);
  });

  it('lets a title that is only a code stay the same when the code holds a backtick, as the page renders it', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    for (const l of ['en', 'ru', 'zh']) texts[l]!.title = '``ERROR`TASK``';
    expect(check.run(catalogWith(entry))).toEqual([]);
  });
});
