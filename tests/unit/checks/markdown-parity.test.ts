import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/markdown-parity.ts';
import { catalogWith, code, lines } from '../helpers.ts';

function withActions(actions: Record<string, string>) {
  const entry = code();
  const texts = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, action] of Object.entries(actions)) texts[locale]!.action = action;
  return catalogWith(entry);
}

describe('markdown-parity', () => {
  it('allows one emphasis of difference and finds nothing else', () => {
    const catalog = withActions({ en: 'Check *type* and **key**:\n\n- one\n- two', ru: 'Проверьте *type* и key:\n\n- раз\n- два', zh: '检查 *type* 和 **key**：\n\n- 一\n- 二' });
    expect(check.run(catalog)).toEqual([]);
  });

  it('warns when a translation loses list items and emphasis', () => {
    const catalog = withActions({ en: 'Check *a*, *b* and *c*:\n\n- one\n- two\n- three', ru: 'Проверьте a, b и c:\n\n- раз\n- два\n- три', zh: '检查 *a*、*b* 和 *c*：\n\n- 一\n- 二' });
    const findings = check.run(catalog);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:22:17 warning [markdown-parity] ERROR_SAMPLE: The ru action has 0 emphasized spans (* or **) where en has 3.",
        "catalog/acme/errors.yaml:31:17 warning [markdown-parity] ERROR_SAMPLE: The zh action has 2 list items where en has 3.",
      ]
    `);
  });
});

describe('markdown-parity and inline enumerations', () => {
  it('counts "1. a 2. b" (a list item, then text) and "1.a 2.b" (text) as the same two items', () => {
    const catalog = withActions({ en: '1. Check the network 2. Read the server log', ru: '1. Проверьте сеть 2. Прочтите журнал сервера', zh: '1.检查网络 2.查看服务器日志' });
    expect(check.run(catalog)).toEqual([]);
  });

  it('still warns when an inline enumeration has fewer items than the source', () => {
    const catalog = withActions({ en: '1. Check the network 2. Read the log 3. Restart', ru: '1. Проверьте сеть 2. Прочтите журнал 3. Перезапустите', zh: '1.检查网络 2.查看日志' });
    expect(lines(check.run(catalog))).toEqual(['catalog/acme/errors.yaml:21:17 warning [markdown-parity] ERROR_SAMPLE: The zh action has 2 list items where en has 3.']);
  });
});
