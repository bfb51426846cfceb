import { describe, expect, it } from 'vitest';
import { check, isSafeHref } from '../../../src/checks/unsafe-markdown.ts';
import { catalogWith, code, lines } from '../helpers.ts';

describe('unsafe-markdown', () => {
  it('finds nothing in plain Markdown with web links', () => {
    expect(check.run(catalogWith(code()))).toEqual([]);
  });

  it('reports raw HTML and script links', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.en!.summary = 'Broken <img src=x onerror=alert(1)> here.';
    texts.ru!.action = '[Нажмите](javascript:alert(1)) сюда.';
    texts.zh!.action = '[点击](data:text/html;base64,PHNjcmlwdD4=)';
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:12:25 error [unsafe-markdown] ERROR_SAMPLE: The en summary contains raw HTML (<img src=x onerror=alert(1)>); pages never render raw HTML from the catalog, nor links that can run code in a reader's browser.",
        "catalog/acme/errors.yaml:17:18 error [unsafe-markdown] ERROR_SAMPLE: The ru action contains a link to "javascript:alert(1)"; pages never render raw HTML from the catalog, nor links that can run code in a reader's browser.",
        "catalog/acme/errors.yaml:21:18 error [unsafe-markdown] ERROR_SAMPLE: The zh action contains a link to "data:text/html;base64,PHNjcmlwdD4="; pages never render raw HTML from the catalog, nor links that can run code in a reader's browser.",
      ]
    `);
  });

  it('tells safe link targets from unsafe ones', () => {
    for (const ok of ['https://a.b/c', 'http://a', '/en/x/', '#fix', 'mailto:a@b.c', '../x']) expect(isSafeHref(ok)).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', 'data:text/html,x', 'vbscript:x']) expect(isSafeHref(bad)).toBe(false);
  });
});

describe('unsafe-markdown and links written like site paths', () => {
  it('reports a link browsers send to another host although it reads as a site path, in a text and in a code\'s links', () => {
    const entry = code({ links: [{ href: '/\\evil.example/', title: { en: 'Docs', ru: 'Документация', zh: '文档' } }] });
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.en!.action = 'See [the docs](/\\evil.example/docs).';
    expect(check.run(catalogWith(entry)).map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error ERROR_SAMPLE: links[0] is "/\\evil.example/", which reads as a path on this site, but browsers send it to evil.example.',
      'error ERROR_SAMPLE: The en action contains a link to "/\\evil.example/docs", which reads as a path on this site, but browsers send it to evil.example.',
    ]);
  });

  it('accepts a protocol-relative link, which is an external link like any other', () => {
    const entry = code({ links: [{ href: '//docs.example/x', title: { en: 'Docs', ru: 'Документация', zh: '文档' } }] });
    expect(check.run(catalogWith(entry))).toEqual([]);
  });
});

describe('unsafe-markdown in provider summaries', () => {
  it('reports raw HTML and script links in a provider summary at its line', async () => {
    const { catalogOf } = await import('../helpers.ts');
    const catalog = catalogOf({ providers: { acme: { provider: { summary: { en: 'Fine.', ru: 'Плохо <iframe src=x></iframe>.', zh: '[点](javascript:alert(1))' } }, codes: [code()] } } });
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/provider.yaml:6:7 error [unsafe-markdown] The ru summary of acme contains raw HTML (<iframe src=x>) and raw HTML (</iframe>), which pages never render.",
        "catalog/acme/provider.yaml:7:7 error [unsafe-markdown] The zh summary of acme contains a link to "javascript:alert(1)", which pages never render.",
      ]
    `);
  });
});

describe('unsafe-markdown on long texts', () => {
  it('makes one finding of a text however much raw HTML it holds, naming the first few', () => {
    const entry = code();
    (entry.texts as Record<string, Record<string, string>>).ru!.summary = '<b>x</b> '.repeat(2000);
    const findings = check.run(catalogWith(entry));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/contains raw HTML \(<b>\), raw HTML \(<\/b>\), raw HTML \(<b>\) and 3997 more;/);
  });
});
