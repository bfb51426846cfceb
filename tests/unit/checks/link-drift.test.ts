import { describe, expect, it } from 'vitest';
import { check, normalizeLink } from '../../../src/checks/link-drift.ts';
import { catalogOf, catalogWith, code, lines, withActions } from '../helpers.ts';

describe('normalizing links', () => {
  it('treats locale segments, .md, a trailing slash and host case as the same target', () => {
    const locales = ['en', 'ru', 'zh'];
    const a = normalizeLink('https://Docs.Example.com/en/methods/get-result/', locales);
    const b = normalizeLink('https://docs.example.com/ru/methods/get-result.md', locales);
    expect(a).toMatchObject({ host: 'docs.example.com', path: '/methods/get-result' });
    expect(b.path).toBe(a.path);
  });

  it('resolves relative paths', () => {
    expect(normalizeLink('../captchas', []).path).toBe('/docs/captchas');
    expect(normalizeLink('/docs/captchas/', []).path).toBe('/docs/captchas');
    expect(normalizeLink('./methods/get-task-result.md', []).path).toBe('/docs/page/methods/get-task-result');
  });
});

describe('link-drift', () => {
  it('finds nothing when every locale links the same targets, locale prefixes aside', () => {
    const catalog = withActions({
      en: 'See [the docs](https://docs.example.com/en/errors/).',
      ru: 'См. [документацию](https://docs.example.com/ru/errors).',
      zh: '见[文档](https://docs.example.com/zh/errors/)。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('reports a link to another host, a changed target and a missing link', () => {
    const catalog = withActions({
      en: '[Settings](https://dash.example.com/Account/Settings) and [help](https://example.com/help).',
      ru: '[Настройки](https://example.com/Account/Settings) и [помощь](https://example.com/faq).',
      zh: '[设置](https://dash.example.com/Account/Settings)。',
    });
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:17:18 error [link-drift] ERROR_SAMPLE: The ru action links to host example.com (https://example.com/Account/Settings) where en links to dash.example.com (https://dash.example.com/Account/Settings). The ru action links to https://example.com/faq where en links to https://example.com/help.",
        "catalog/acme/errors.yaml:21:17 error [link-drift] ERROR_SAMPLE: The zh action has no link to https://example.com/help, which the en text links to.",
      ]
    `);
  });

  it('reads a link without a scheme that leaves the site as a link to its host', () => {
    const catalog = withActions({
      en: '[Settings](https://dash.example.com/Account/Settings).',
      ru: '[Настройки](//evil.example/Account/Settings).',
      zh: '[设置](/\\evil.example/Account/Settings)。',
    });
    expect(check.run(catalog).map((f) => f.message)).toEqual([
      'ERROR_SAMPLE: The ru action links to host evil.example (//evil.example/Account/Settings) where en links to dash.example.com (https://dash.example.com/Account/Settings).',
      'ERROR_SAMPLE: The zh action links to host evil.example (/\\evil.example/Account/Settings) where en links to dash.example.com (https://dash.example.com/Account/Settings).',
    ]);
  });

  it('accepts a host the provider declares for that locale', () => {
    const catalog = withActions(
      { en: '[Help](https://help.example.com/a)', ru: '[Помощь](https://help.example.ru/a)', zh: '[帮助](https://help.example.com/a)' },
      {},
      { localeHosts: { ru: ['help.example.ru'] } },
    );
    expect(check.run(catalog)).toEqual([]);
  });

  it('reports a link only the translation has', () => {
    const catalog = catalogWith(code());
    const entry = code();
    (entry.texts as Record<string, Record<string, string>>).zh!.action = '修正请求，见[说明](https://other.example/x)。';
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:21:23 error [link-drift] ERROR_SAMPLE: The zh action links to https://other.example/x, which the en text does not link to.",
      ]
    `);
    expect(check.run(catalog)).toEqual([]);
  });
});

describe('link-drift on localized sites', () => {
  it('treats a fragment that is the heading slug in each language as the same target', () => {
    const catalog = withActions({
      en: 'See [unsolvable captchas](https://docs.example.com/en/errors/#captcha-unsolvable).',
      ru: 'См. [нерешаемые капчи](https://docs.example.com/ru/errors/#капча-не-решаема).',
      zh: '见[无法识别](https://docs.example.com/zh/errors/#无法识别)。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('treats a percent-encoded fragment and a fragment on a relative link like any other fragment', () => {
    const catalog = withActions({
      en: 'See [mapping](../extension/#parameter-mapping) and [below](#limits).',
      ru: 'См. [маппинг](../extension/#%D0%BC%D0%B0%D0%BF%D0%BF%D0%B8%D0%BD%D0%B3) и [ниже](#лимиты).',
      zh: '见[映射](../extension/)和[下文](#限制)。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('reads /pt-br/, /zh-cn/, /zh-hans/ and /en-us/ as the locales pt, zh and en', () => {
    const locales = ['en', 'ru', 'zh', 'pt'];
    const paths = ['/en-us/articles/42', '/zh-cn/articles/42', '/zh-Hans/articles/42', '/pt-BR/articles/42', '/zh_CN/articles/42', '/articles/42'].map(
      (p) => normalizeLink(`https://help.example.com${p}`, locales).path,
    );
    expect(new Set(paths)).toEqual(new Set(['/articles/42']));
  });

  it('keeps a segment that only looks like a language the catalog does not publish', () => {
    expect(normalizeLink('https://docs.example.com/go/errors', ['en', 'ru', 'zh']).path).toBe('/go/errors');
    expect(normalizeLink('https://docs.example.com/de/errors', ['en', 'ru', 'zh']).path).toBe('/de/errors');
  });

  it('finds no drift in a helpdesk link with /zh-cn/ in zh and /en/ in en', () => {
    const catalog = withActions({
      en: '[Ask support](https://help.example.com/hc/en/requests/new).',
      ru: '[Спросите поддержку](https://help.example.com/hc/ru/requests/new).',
      zh: '[联系客服](https://help.example.com/hc/zh-cn/requests/new)。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('reads the extra segments site.yaml names for a locale as that locale', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.en!.action = '[Docs](https://docs.example.com/guide/errors).';
    texts.ru!.action = '[Документация](https://docs.example.com/ru/guide/errors).';
    texts.zh!.action = '[文档](https://docs.example.com/cn/guide/errors)。';
    const site = { locales: [{ id: 'en', name: 'English' }, { id: 'ru', name: 'Русский' }, { id: 'zh', name: '中文', segments: ['cn'] }] };
    expect(check.run(catalogOf({ site, providers: { acme: { codes: [entry] } } }))).toEqual([]);
    expect(lines(check.run(catalogWith(entry)))).toEqual([
      'catalog/acme/errors.yaml:21:18 error [link-drift] ERROR_SAMPLE: The zh action links to https://docs.example.com/cn/guide/errors where en links to https://docs.example.com/guide/errors.',
    ]);
  });

  it('makes one finding of a text however many of its links differ, at the first link that differs, counting the rest', () => {
    const links = (host: string) => Array.from({ length: 200 }, (_, i) => `[p${i}](https://${host}/p${i})`).join(' ');
    const catalog = withActions({ en: `See ${links('docs.example.com')}.`, ru: `См. ${links('evil.example')}.`, zh: `见${links('docs.example.com')}。` });
    const findings = check.run(catalog);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^ERROR_SAMPLE: The ru action links to host evil\.example \(https:\/\/evil\.example\/p0\) where en links to .* And 197 more links differ\.$/);
    const line = catalog.providers[0]!.errorsSource.split('\n')[findings[0]!.line - 1]!;
    expect(line.slice(findings[0]!.column - 1)).toMatch(/^\[p0\]\(https:\/\/evil\.example\/p0\)/);
  });

  it('shows links decoded, as a reader reads them, quoting the translation and the source', () => {
    const catalog = withActions({
      en: 'See [mapping](https://docs.example.com/en/extension/#mapping).',
      ru: 'См. [маппинг](https://docs.example.com/ru/%D1%80%D0%B0%D1%81%D1%88%D0%B8%D1%80%D0%B5%D0%BD%D0%B8%D0%B5/#%D0%BC%D0%B0%D0%BF%D0%BF%D0%B8%D0%BD%D0%B3).',
      zh: '见[映射](https://docs.example.com/zh/extension/#映射)。',
    });
    expect(lines(check.run(catalog))).toEqual([
      'catalog/acme/errors.yaml:17:21 error [link-drift] ERROR_SAMPLE: The ru action links to https://docs.example.com/ru/расширение/#маппинг where en links to https://docs.example.com/en/extension/#mapping.',
    ]);
  });
});

describe('link-drift on sites localized by subdomain', () => {
  it("accepts a link to the translation's own language edition of the site, whose path is localized too", () => {
    const catalog = withActions({
      en: 'Radix 2 is [binary](https://en.wikipedia.org/wiki/Binary_number).',
      ru: 'Основание 2 — [двоичная система](https://ru.wikipedia.org/wiki/Двоичная_система_счисления).',
      zh: '基数 2 是[二进制](https://en.wikipedia.org/wiki/Binary_number)。',
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it("still reports a link to another language's edition, or to another site", () => {
    const catalog = withActions({
      en: '[binary](https://en.wikipedia.org/wiki/Binary_number).',
      ru: '[двоичная](https://de.wikipedia.org/wiki/Dualsystem).',
      zh: '[二进制](https://zh.wikibooks.org/wiki/二进制)。',
    });
    expect(check.run(catalog).map((f) => f.locales[0])).toEqual(['ru', 'zh']);
  });
});
