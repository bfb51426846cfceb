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
        "catalog/acme/errors.yaml:13:17 error [fact-literal] ERROR_SAMPLE: The en action types "5 seconds", which is the fact pollInterval; typed numbers drift when the fact changes.",
        "catalog/acme/errors.yaml:17:17 error [fact-literal] ERROR_SAMPLE: The ru action types "50 000 байт", which is the fact maxBytes; typed numbers drift when the fact changes.",
      ]
    `);
    expect(findings[0]!.hint).toBe('Write {pollInterval} instead of "5 seconds"; the page renders it in the reader\'s number format.');
  });

  it('lets other numbers be', () => {
    expect(check.run(actions({ en: 'Ask again after 7 seconds.', ru: 'Спросите снова через 7 секунд.', zh: '7秒后再查询。' }))).toEqual([]);
  });
});
