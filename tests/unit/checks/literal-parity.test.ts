import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/literal-parity.ts';
import { catalogWith, code, lines } from '../helpers.ts';

function withTexts(summaries: Record<string, string>, facts: Record<string, unknown> = {}) {
  const entry = code({ facts });
  const texts = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, summary] of Object.entries(summaries)) texts[locale]!.summary = summary;
  return catalogWith(entry);
}

describe('literal-parity', () => {
  it('finds nothing when code spans and placeholders match in every locale', () => {
    const catalog = withTexts(
      { en: 'Set `websiteURL` below {maxBytes}.', ru: 'Укажите `websiteURL` меньше {maxBytes}.', zh: '设置 `websiteURL`，小于 {maxBytes}。' },
      { maxBytes: { value: 100, unit: 'byte' } },
    );
    expect(check.run(catalog)).toEqual([]);
  });

  it('reports a code span a translation dropped or changed', () => {
    const catalog = withTexts({ en: 'Check `proxyType` and `proxyPort`.', ru: 'Проверьте `proxyType` и порт.', zh: '检查 `proxyType` 和 `ProxyPort`。' });
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:16:18 error [literal-parity] ERROR_SAMPLE: The ru summary lacks \`proxyPort\`; code spans are literal values the reader types and must match the en text.",
        "catalog/acme/errors.yaml:20:35 error [literal-parity] ERROR_SAMPLE: The zh summary lacks \`proxyPort\` and has \`ProxyPort\` that en does not; code spans are literal values the reader types and must match the en text.",
      ]
    `);
  });

  it('reports a placeholder missing in a translation and one that names no fact', () => {
    const catalog = withTexts(
      { en: 'Wait {interval}.', ru: 'Подождите 5 секунд.', zh: '等待 {intervall}。' },
      { interval: { value: 5, unit: 'second' } },
    );
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:16:18 error [literal-parity] ERROR_SAMPLE: The ru summary lacks {interval}.",
        "catalog/acme/errors.yaml:20:21 error [literal-parity] ERROR_SAMPLE: The zh summary lacks {interval} and has {intervall} that en does not; it cites {intervall}, but the code has no fact named intervall.",
      ]
    `);
  });
});

describe('literal-parity on long texts', () => {
  it('makes one finding of a text however many literals differ, pointing at the first one added', () => {
    const catalog = withTexts({ en: 'Send `a`.', ru: 'Отправьте ' + '`b` '.repeat(4000), zh: '发送 `a`。' });
    const findings = check.run(catalog);
    expect(findings).toHaveLength(1);
    const line = catalog.providers[0]!.errorsSource.split('\n')[findings[0]!.line - 1]!;
    expect(line.slice(findings[0]!.column - 1)).toMatch(/^`b`/);
  });
});
