import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/fact-literal.ts';
import { catalogWith, code, lines } from '../helpers.ts';

function actions(texts: Record<string, string>) {
  const entry = code({ facts: { pollInterval: { value: 5, unit: 'second' }, maxBytes: { value: 50, unit: 'kilobyte' } } });
  const t = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, action] of Object.entries(texts)) t[locale]!.action = action;
  return catalogWith(entry);
}

describe('fact-literal', () => {
  it('finds nothing when texts cite the facts', () => {
    expect(check.run(actions({ en: 'Ask again after {pollInterval}.', ru: 'Спросите снова через {pollInterval}.', zh: '{pollInterval}后再查询。' }))).toEqual([]);
  });

  it('tells a text that types a fact\'s number to cite the fact, in any unit', () => {
    const findings = check.run(actions({ en: 'Ask again after 5 seconds.', ru: 'Не больше 50 000 байт.', zh: '{pollInterval}后再查询。' }));
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:13:33 error [fact-literal] ERROR_SAMPLE: The en action types “5 seconds” (the fact pollInterval); typed numbers drift when the fact changes.",
        "catalog/acme/errors.yaml:17:27 error [fact-literal] ERROR_SAMPLE: The ru action types «50 000 байт» (the fact maxBytes); typed numbers drift when the fact changes.",
      ]
    `);
    expect(findings[0]!.hint).toBe('Write {pollInterval} instead; the page renders it in the reader\'s number format.');
  });

  it('lets other numbers be', () => {
    expect(check.run(actions({ en: 'Ask again after 7 seconds.', ru: 'Спросите снова через 7 секунд.', zh: '7秒后再查询。' }))).toEqual([]);
  });
});

describe('fact-literal on long texts', () => {
  it('makes one finding of a text however many typed facts it holds, at the first one', () => {
    const findings = check.run(actions({ en: 'Ask again after {pollInterval}.', ru: 'Подождите 5 секунд. '.repeat(900), zh: '{pollInterval}后再查询。' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/types «5 секунд» \(the fact pollInterval\), «5 секунд» \(the fact pollInterval\), «5 секунд» \(the fact pollInterval\) and 897 more;/);
  });

  it('leaves a count written in words alone: "one of" is no typed fact', () => {
    const entry = code({ facts: { maxTasks: { value: 1, unit: 'count' } } });
    (entry.texts as Record<string, Record<string, string>>).en!.action = 'Solve one of the tasks.';
    expect(check.run(catalogWith(entry))).toEqual([]);
  });
});
