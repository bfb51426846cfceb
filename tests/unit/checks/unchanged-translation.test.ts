import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/unchanged-translation.ts';
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

  it('lets a title that is only a code stay the same', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    for (const l of ['en', 'ru', 'zh']) texts[l]!.title = '`ERROR_TASK_ABSENT`';
    expect(check.run(catalogWith(entry))).toEqual([]);
  });
});
