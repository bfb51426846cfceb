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

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('reports {%s}, a name every object has but no fact, in every locale', (name) => {
    const catalog = withTexts({ en: `Wait {${name}}.`, ru: `Подождите {${name}}.`, zh: `等待 {${name}}。` }, { interval: { value: 5, unit: 'second' } });
    expect(check.run(catalog).map((f) => f.message)).toEqual(['en', 'ru', 'zh'].map((l) => `ERROR_SAMPLE: The ${l} summary cites {${name}}, but the code has no fact named ${name}.`));
  });

  it('accepts a fact that is named like a property every object has', () => {
    const catalog = withTexts({ en: 'Wait {constructor}.', ru: 'Подождите {constructor}.', zh: '等待 {constructor}。' }, { constructor: { value: 5, unit: 'second' } });
    expect(check.run(catalog)).toEqual([]);
  });

  it.each(['__proto__', '_private', 'max-bytes', 'max.bytes', '0', 'лимит'])('reports {%s}, which looks like a placeholder but cannot be one, and the page shows as written', (name) => {
    const catalog = withTexts({ en: `Wait {${name}}.` }, { maxBytes: { value: 5, unit: 'byte' } });
    expect(check.run(catalog).map((f) => `${f.locales.join()} ${f.message} ${f.hint}`)).toEqual([
      `en ERROR_SAMPLE: The en summary has {${name}}, which looks like a placeholder but is not one (a placeholder is a fact's name: a letter, then letters, digits or _), so the page shows it as written. Name a fact, e.g. {maxBytes}, or put text meant literally in a code span.`,
    ]);
  });

  it('leaves braces in a code span, and braces around words or data, alone', () => {
    const text = 'Send `{__proto__}` or `{max-bytes}`; the body is {"errorId": 1}, {a:1} or { a b }.';
    const catalog = withTexts({ en: text, ru: text, zh: text });
    expect(check.run(catalog)).toEqual([]);
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
