import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/locale-complete.ts';
import { SITE, catalogOf, catalogWith, code, lines } from '../helpers.ts';

const withoutLocale = (locale: string) => {
  const entry = code();
  delete (entry.texts as Record<string, unknown>)[locale];
  return entry;
};

describe('locale-complete', () => {
  it('finds nothing when every locale has every field', () => {
    expect(check.run(catalogWith(code()))).toEqual([]);
  });

  it('reports a code that has no zh text', () => {
    const findings = check.run(catalogWith(withoutLocale('zh')));
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:10:7 error [locale-complete] ERROR_SAMPLE: There is no zh text.",
      ]
    `);
    expect(findings[0]!.locales).toEqual(['zh', 'en']);
  });

  it('reports a field the source locale has and a translation lacks', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.en!.cause = 'Because.';
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:16:9 error [locale-complete] ERROR_SAMPLE: The ru text has no cause, which en has.",
        "catalog/acme/errors.yaml:20:9 error [locale-complete] ERROR_SAMPLE: The zh text has no cause, which en has.",
      ]
    `);
  });

  it('makes a gap a warning where the locale is marked to fall back', () => {
    const catalog = catalogOf({
      site: { locales: [...SITE.locales.slice(0, 2), { id: 'zh', name: '中文', fallback: true }] },
      providers: { acme: { codes: [withoutLocale('zh')] } },
    });
    const findings = check.run(catalog);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toContain('Readers of zh see the en text with a notice.');
  });

  it('reports a code with no source-locale text', () => {
    expect(lines(check.run(catalogWith(withoutLocale('en'))))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:10:7 error [locale-complete] ERROR_SAMPLE: There is no en text, and en is the source locale every translation is made from.",
      ]
    `);
  });
});
