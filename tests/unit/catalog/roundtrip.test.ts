/**
 * Properties: whatever a catalog says, writing it as YAML and loading it back
 * gives the same data, with no finding; stamping twice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalogFromFiles } from '../../../src/catalog/load.ts';
import { CATEGORIES, RETRY_POLICIES, FACT_UNITS } from '../../../src/catalog/schema.ts';
import { stamp } from '../../../src/cli/stamp.ts';
import { catalogFiles } from '../helpers.ts';

const text = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0);
const codeId = fc.stringMatching(/^[A-Z][A-Z0-9_]{2,20}$/);
const localized = fc.record({ en: text, ru: text, zh: text });

const entry = fc.record({
  code: codeId,
  aliases: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/), { maxLength: 2 }),
  name: fc.option(text, { nil: undefined }),
  http: fc.integer({ min: 100, max: 599 }),
  category: fc.constantFrom(...CATEGORIES),
  phases: fc.constant(['submit']),
  retry: fc.record({ policy: fc.constantFrom(...RETRY_POLICIES), after: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }) }),
  facts: fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}$/), fc.record({ value: fc.double({ min: 0, max: 1e9, noNaN: true }), unit: fc.constantFrom(...FACT_UNITS), label: fc.option(localized, { nil: undefined }) }), { maxKeys: 2 }),
  equivalents: fc.constant([]),
  related: fc.constant([]),
  links: fc.array(fc.record({ href: fc.webUrl(), title: localized }), { maxLength: 2 }),
  decisions: fc.array(fc.record({ about: text, note: text }), { maxLength: 1 }),
  texts: fc.record({
    en: fc.record({ title: text, summary: text, action: text }),
    ru: fc.record({ title: text, summary: text, action: text }),
    zh: fc.record({ title: text, summary: text, action: text }),
  }),
});

/** JSON round trip drops undefined, as YAML does. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('catalog round trip', () => {
  it('loads back exactly what was written, with no schema finding', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.code, minLength: 1, maxLength: 4 }), (codes) => {
        const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes } } }));
        expect(catalog.findings.map((f) => f.message)).toEqual([]);
        const loaded = catalog.providers[0]!.codes.map((c) => plain({ ...c, provider: undefined }));
        expect(loaded).toEqual(plain(codes));
      }),
      { numRuns: 150 },
    );
  });

  it('stamps once: a second stamp changes no byte', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.code, minLength: 1, maxLength: 3 }), (codes) => {
        const dir = mkdtempSync(path.join(tmpdir(), 'errcat-stamp-'));
        for (const [file, content] of Object.entries(catalogFiles({ providers: { acme: { codes } } }))) {
          mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          writeFileSync(path.join(dir, file), content);
        }
        const first = stamp(dir, [], true);
        expect(first).toBe(codes.length * 2);
        const after = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
        expect(stamp(dir, [], true)).toBe(0);
        expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toBe(after);
        // Stamping added the hashes and changed nothing else.
        const files = Object.fromEntries(Object.entries(catalogFiles({ providers: { acme: { codes } } })).map(([f]) => [f, readFileSync(path.join(dir, f), 'utf8')]));
        const reloaded = loadCatalogFromFiles(files).providers[0]!.codes.map((c) => plain({ ...c, provider: undefined }));
        for (const c of reloaded) for (const l of ['ru', 'zh']) delete (c.texts[l] as { source?: string }).source;
        expect(reloaded).toEqual(plain(codes));
      }),
      { numRuns: 40 },
    );
  });
});

