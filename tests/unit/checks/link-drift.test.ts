import { describe, expect, it } from 'vitest';
import { check, normalizeLink } from '../../../src/checks/link-drift.ts';
import { catalogOf, catalogWith, code, lines } from '../helpers.ts';

function withActions(actions: Record<string, string>, provider: Record<string, unknown> = {}) {
  const entry = code();
  const texts = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, action] of Object.entries(actions)) texts[locale]!.action = action;
  return catalogOf({ providers: { acme: { provider, codes: [entry] } } });
}

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
        "catalog/acme/errors.yaml:17:17 error [link-drift] ERROR_SAMPLE: The ru action links to host example.com (https://example.com/Account/Settings) where en links to dash.example.com (https://dash.example.com/Account/Settings).",
        "catalog/acme/errors.yaml:17:17 error [link-drift] ERROR_SAMPLE: The ru action links to https://example.com/faq where en links to https://example.com/help.",
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
        "catalog/acme/errors.yaml:21:17 error [link-drift] ERROR_SAMPLE: The zh action links to https://other.example/x, which the en text does not link to.",
      ]
    `);
    expect(check.run(catalog)).toEqual([]);
  });
});
