import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { check, typographyFixes } from '../../../src/checks/typography.ts';
import { typeset } from '../../../src/checks/typography-rules.ts';
import { proseRanges } from '../../../src/checks/prose.ts';
import { catalogOf, code, lines } from '../helpers.ts';

const space = { latinSpace: 'space' } as const;
const none = { latinSpace: 'none' } as const;
const zh = (text: string, options: { latinSpace: 'space' | 'none' } = space) => typeset(text, 'zh-CN', options);
const ru = (text: string) => typeset(text, 'ru', space);

describe('prose: what typography rules may touch', () => {
  it('leaves out code spans, link addresses, autolinks and placeholders', () => {
    const text = 'Use `a (b)` and [这里](https://x.example/a(b)) or <https://y.example/> with {maxBytes} left.';
    const prose = proseRanges(text).map(([s, e]) => text.slice(s, e)).join('|');
    expect(prose).toBe('Use | and |这里| or | with | left.');
  });
});

describe('zh typography', () => {
  it('removes spaces beside full-width punctuation', () => {
    expect(zh('请求失败。 然后重试 ，再检查。').text).toBe('请求失败。然后重试，再检查。');
  });

  it('turns ASCII brackets around Chinese text into full-width ones, and leaves Latin-only brackets', () => {
    expect(zh('密钥 (最常见的原因) 不对 (see API) 。').text).toBe('密钥（最常见的原因）不对 (see API)。');
  });

  it('puts a space between Chinese and Latin letters or digits when the catalog says "space"', () => {
    expect(zh('调用API时等待5秒').text).toBe('调用 API 时等待 5 秒');
    expect(zh('调用 API 时等待 5 秒').slips).toEqual([]);
  });

  it('removes that space when the catalog says "none"', () => {
    expect(zh('调用 API 时等待 5 秒', none).text).toBe('调用API时等待5秒');
    expect(zh('调用API时', none).slips).toEqual([]);
  });

  it('leaves code spans, link addresses and placeholders alone', () => {
    const text = '参数`key`的值见[文档](https://x.example/a(b) c)，共{keyLength}个字符。';
    expect(zh(text).text).toBe(text);
    expect(zh('调用`API (v2)`。 然后').text).toBe('调用`API (v2)`。然后');
  });
});

describe('ru typography', () => {
  it('turns straight and English quotes into «»', () => {
    expect(ru('Нажмите "Сохранить" и “Готово”.').text).toBe('Нажмите «Сохранить» и «Готово».');
  });

  it('removes spaces before punctuation, but not before a file name', () => {
    expect(ru('Ключ неверен , проверьте его . Файл .htaccess не нужен !').text).toBe('Ключ неверен, проверьте его. Файл .htaccess не нужен!');
  });

  it('leaves code spans alone', () => {
    const text = 'Ответ `{"error" : 1}` означает ошибку.';
    expect(ru(text).slips).toEqual([]);
  });
});

describe('the typography check', () => {
  const bad = code({
    texts: {
      en: { title: 'Sample error', summary: 'Something was wrong with the request.' },
      ru: { title: 'Пример ошибки', summary: 'В запросе что-то не так , см. "Журнал".' },
      zh: { title: '示例错误', summary: '请求有问题。 请检查API密钥。' },
    },
  });

  it('reports each zh and ru field with a slip, at its line, as a warning', () => {
    expect(lines(check.run(catalogOf({ providers: { acme: { codes: [bad] } } })))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:15:18 warning [typography] ERROR_SAMPLE: The ru summary has straight or English quotes (use «») and a space before punctuation.",
        "catalog/acme/errors.yaml:18:18 warning [typography] ERROR_SAMPLE: The zh summary has a space beside full-width punctuation and no space between Chinese and Latin letters or digits.",
      ]
    `);
  });

  it('follows typography.zh.latinSpace in site.yaml', () => {
    const catalog = catalogOf({ site: { typography: { zh: { latinSpace: 'none' } } }, providers: { acme: { codes: [bad] } } });
    const zhFix = typographyFixes(catalog).find((f) => f.locale === 'zh')!;
    expect(zhFix.after).toBe('请求有问题。请检查API密钥。');
  });

  it('finds nothing in the shipped catalog', () => {
    expect(check.run(loadCatalog('catalog'))).toEqual([]);
  });
});
