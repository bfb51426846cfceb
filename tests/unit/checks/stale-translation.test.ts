import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/stale-translation.ts';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { catalogWith, code, lines } from '../helpers.ts';

function stamped(hashFor: (en: Record<string, string>) => string) {
  const entry = code();
  const texts = entry.texts as Record<string, Record<string, string>>;
  const h = hashFor(texts.en!);
  texts.ru!.source = h;
  texts.zh!.source = h;
  return entry;
}

describe('stale-translation', () => {
  it('finds nothing when each translation records the current source text', () => {
    const entry = stamped((en) => sourceHash(en as never));
    expect(check.run(catalogWith(entry))).toEqual([]);
  });

  it('reports translations made from an older source text', () => {
    const entry = stamped((en) => sourceHash(en as never));
    (entry.texts as Record<string, Record<string, string>>).en!.action = 'Fix the request, then wait a minute.';
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:18:17 warning [stale-translation] ERROR_SAMPLE: The en text changed after the ru text was translated (hash 363bc2af, now c0c9c3fc).",
        "catalog/acme/errors.yaml:23:17 warning [stale-translation] ERROR_SAMPLE: The en text changed after the zh text was translated (hash 363bc2af, now c0c9c3fc).",
      ]
    `);
  });

  it('warns about a translation that records no source at all', () => {
    const findings = check.run(catalogWith(code()));
    expect(findings.map((f) => [f.severity, f.locales[0]])).toEqual([['warning', 'ru'], ['warning', 'zh']]);
    expect(findings[0]!.hint).toBe('Once the translation matches the en text, run npx errcat stamp acme/ERROR_SAMPLE ru.');
  });

  it('hashes the source text, not its layout in the file', () => {
    expect(sourceHash({ title: 'a', summary: 'b', action: 'c' })).toBe(sourceHash({ action: 'c', summary: 'b', title: 'a' }));
    expect(sourceHash({ title: 'a', summary: 'b', action: 'c' })).not.toBe(sourceHash({ title: 'a', summary: 'b', action: 'd' }));
    expect(sourceHash({ title: 'a', summary: 'b', action: 'c' })).toMatch(/^[0-9a-f]{8}$/);
  });
});
