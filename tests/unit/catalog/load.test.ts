import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { CatalogLoadError, loadCatalog, loadCatalogFromFiles, releaseTrees } from '../../../src/catalog/load.ts';
import { catalogFiles, code, lines } from '../helpers.ts';

function loadError(files: Record<string, string | Uint8Array>): CatalogLoadError {
  try {
    loadCatalogFromFiles(files);
  } catch (e) {
    if (e instanceof CatalogLoadError) return e;
    throw e;
  }
  throw new Error('expected a CatalogLoadError');
}

const where = (e: CatalogLoadError) => `${e.position.file}:${e.position.line}:${e.position.column}`;

describe('loading a catalog', () => {
  it('loads the shipped catalog with every provider and code', () => {
    const catalog = loadCatalog('catalog');
    expect(catalog.findings).toEqual([]);
    expect(catalog.providers.map((p) => p.id)).toEqual(['capmonster-cloud', 'captchaai', 'gateway']);
    for (const p of catalog.providers) {
      const written = (parse(readFileSync(`catalog/${p.id}/errors.yaml`, 'utf8')) as { codes: { code: string }[] }).codes.map((c) => c.code);
      expect(p.codes.map((c) => c.code)).toEqual(written);
    }
    const cm = catalog.providers[0]!.codes.find((c) => c.code === 'ERROR_NO_SUCH_CAPCHA_ID')!;
    expect(cm.aliases).toEqual(['WRONG_CAPTCHA_ID']);
  });

  it('remembers the file, line and column of every value', () => {
    const files = catalogFiles();
    const catalog = loadCatalogFromFiles(files);
    const c = catalog.providers[0]!.codes[0]!;
    const yamlLines = files['acme/errors.yaml']!.split('\n');
    const pos = c.at(['texts', 'ru', 'summary']);
    expect(pos.file).toBe('catalog/acme/errors.yaml');
    expect(yamlLines[pos.line - 1]!.slice(pos.column - 1)).toBe('В запросе что-то не так.');
    expect(c.at(['http'])).toMatchObject({ line: yamlLines.findIndex((l) => l.includes('http: 400')) + 1 });
  });

  it('gives the same positions after releaseTrees drops the trees the first positions parsed', () => {
    const catalog = loadCatalogFromFiles(catalogFiles());
    const c = catalog.providers[0]!.codes[0]!;
    const before = [c.at(['texts', 'ru', 'summary']), c.at(['http']), catalog.site.at(['locales', 1])];
    releaseTrees(catalog);
    expect([c.at(['texts', 'ru', 'summary']), c.at(['http']), catalog.site.at(['locales', 1])]).toEqual(before);
  });

  it('reports malformed YAML with file:line:col and a plain message', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = 'codes:\n  - code: A\n    http: [200\n';
    const e = loadError(files);
    expect(where(e)).toMatch(/^catalog\/acme\/errors\.yaml:\d+:\d+$/);
    expect(e.message).toMatch(/^catalog\/acme\/errors\.yaml is not valid YAML: /);
    expect(e.message).not.toMatch(/at line/);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = 'codes:\n  - code: A\n    http: 200\n    http: 400\n';
    const e = loadError(files);
    expect(where(e)).toBe('catalog/acme/errors.yaml:4:5');
    expect(e.hint).toMatch(/once per mapping/);
  });

  it('reports tabs used for indentation', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = 'codes:\n\t- code: A\n';
    const e = loadError(files);
    expect(where(e)).toMatch(/errors\.yaml:2:/);
  });

  it('reads a file with a byte order mark and CRLF line ends like any other', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = '\uFEFF' + files['acme/errors.yaml']!.replace(/\n/g, '\r\n');
    const catalog = loadCatalogFromFiles(files);
    expect(catalog.findings).toEqual([]);
    expect(catalog.providers[0]!.codes[0]!.code).toBe('ERROR_SAMPLE');
    expect(catalog.providers[0]!.codes[0]!.at(['http']).line).toBe(3);
  });

  it('points at the first byte that is not UTF-8', () => {
    const files: Record<string, string | Uint8Array> = catalogFiles();
    const text = 'codes:\n  - code: A\n    name: caf';
    files['acme/errors.yaml'] = new Uint8Array([...new TextEncoder().encode(text), 0xe9, 0x0a]);
    const e = loadError(files);
    expect(where(e)).toBe('catalog/acme/errors.yaml:3:14');
    expect(e.message).toMatch(/not UTF-8/);
  });

  it('refuses an empty file and a missing one', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = '  \n';
    expect(loadError(files).message).toBe('catalog/acme/errors.yaml is empty.');
    delete files['acme/errors.yaml'];
    expect(loadError(files).message).toBe('catalog/acme/errors.yaml does not exist.');
  });

  it('turns a wrong type into a schema finding at the value and keeps the other codes', () => {
    const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes: [code({ http: 'four hundred' }), code({ code: 'ERROR_OTHER' })] } } }));
    expect(lines(catalog.findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:3:11 error [schema] http must be a number; it is the string "four hundred".",
      ]
    `);
    expect(catalog.findings[0]!.hint).toBe('Write a number without quotes.');
    expect(catalog.providers[0]!.codes.map((c) => c.code)).toEqual(['ERROR_OTHER']);
  });

  it('names an unknown field and suggests the field that was meant', () => {
    const entry = code();
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.ru = { ...texts.ru!, sumary: texts.ru!.summary! };
    delete texts.ru.summary;
    const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes: [entry] } } }));
    const unknown = catalog.findings.find((f) => f.message.startsWith('Unknown field'))!;
    expect(unknown.message).toBe('Unknown field "sumary" in texts.ru.');
    expect(unknown.hint).toBe('Did you mean "summary"?');
    const missing = catalog.findings.find((f) => f.message.includes('missing'))!;
    expect(missing.message).toBe('texts.ru.summary is missing.');
  });

  it('suggests the field that was meant at any depth: in a fact, a phase, and a setting that is a union', () => {
    const unknown = (spec: Parameters<typeof catalogFiles>[0]) =>
      loadCatalogFromFiles(catalogFiles(spec))
        .findings.filter((f) => f.message.startsWith('Unknown field'))
        .map((f) => `${f.message} ${f.hint}`);
    expect(unknown({ providers: { acme: { codes: [code({ facts: { maxBytes: { value: 5, unit: 'byte', lable: { en: 'Size' } } } })] } } })).toEqual([
      'Unknown field "lable" in facts.maxBytes. Did you mean "label"?',
    ]);
    expect(unknown({ providers: { acme: { provider: { phases: [{ id: 'submit', sumary: { en: 'x' } }] }, codes: [code()] } } })).toEqual([
      'Unknown field "sumary" in phases[0]. Did you mean "summary"?',
    ]);
    expect(unknown({ site: { quantities: { kilobite: 1000 } } })).toEqual(['Unknown field "kilobite" in quantities. Did you mean "kilobyte"?']);
    expect(unknown({ site: { quantitties: { kilobyte: 1000 } } })).toEqual(['Unknown field "quantitties". Did you mean "quantities"?']);
  });

  it('suggests the closest allowed value for a misspelt category', () => {
    const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes: [code({ category: 'balanse' })] } } }));
    expect(catalog.findings[0]!.hint).toBe('Did you mean "balance"?');
  });

  it('reports a provider whose id differs from its folder', () => {
    const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { provider: { id: 'acme-inc' }, codes: [code()] } } }));
    expect(catalog.findings.map((f) => f.message)).toEqual(['The provider id is "acme-inc" but its folder is acme; URLs use the id, so the two must match.']);
  });

  it('reports an invalid site.yaml and loads no provider', () => {
    const files = catalogFiles();
    files['site.yaml'] = stringify({ name: { en: 'x' } });
    const catalog = loadCatalogFromFiles(files);
    expect(catalog.providers).toEqual([]);
    expect(catalog.findings.map((f) => f.message)).toContain('tagline is missing.');
  });

  it('reports a very long text instead of publishing it', () => {
    const long = 'a'.repeat(5 * 1024 * 1024);
    const entry = code();
    (entry.texts as Record<string, Record<string, string>>).en!.summary = long;
    const catalog = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes: [entry] } } }));
    expect(catalog.findings[0]!.message).toMatch(/^texts\.en\.summary is too long/);
  });
});

describe('YAML that would exhaust the loader', () => {
  const bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
    const prev = i === 0 ? 'a' : ['b', 'c', 'd', 'e', 'f', 'g', 'h'][i - 1];
    bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }

  it.each(['site.yaml', 'acme/errors.yaml', 'baseline.yaml'])('refuses an alias bomb ("billion laughs") in %s with the place of its first alias and a hint', (file) => {
    const files = catalogFiles({ baseline: { accepted: [] } });
    files[file] = `${bomb.join('\n')}\n`;
    const e = loadError(files);
    expect(where(e)).toBe(`catalog/${file}:2:8`);
    expect(e.message).toMatch(/expands its aliases/);
    expect(e.hint).toMatch(/anchor/);
  });

  it('refuses lists nested too deep to read, with a position and a hint', () => {
    const files = catalogFiles();
    files['acme/errors.yaml'] = `codes: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    const e = loadError(files);
    expect(where(e)).toMatch(/^catalog\/acme\/errors\.yaml:1:\d+$/);
    expect(e.message).toMatch(/nest/);
  });
});

describe('YAML anchors', () => {
  it('resolves anchors and aliases before validating', () => {
    const shared = ['submit'];
    // yaml writes a value used twice as an anchor and an alias.
    const files = catalogFiles({ providers: { acme: { codes: [code({ phases: shared }), code({ code: 'ERROR_OTHER', phases: shared })] } } });
    expect(files['acme/errors.yaml']).toMatch(/\*a1/);
    const catalog = loadCatalogFromFiles(files);
    expect(catalog.findings).toEqual([]);
    expect(catalog.providers[0]!.codes.map((c) => c.phases)).toEqual([['submit'], ['submit']]);
  });
});
