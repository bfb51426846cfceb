/** Values in site.yaml and errors.yaml that parse as YAML but would publish something wrong, or read outside the catalog. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogFromFiles } from '../../../src/catalog/load.ts';
import { RESERVED_IDS } from '../../../src/catalog/reserved-ids.ts';
import { catalogFiles, catalogOf, code, lines, SITE } from '../helpers.ts';

const locales = SITE.locales;

describe('provider ids in site.yaml', () => {
  it('reports a provider listed twice, at the second listing, and loads it once', () => {
    const files = catalogFiles();
    files['site.yaml'] = files['site.yaml']!.replace('providers:\n  - acme\n', 'providers:\n  - acme\n  - acme\n');
    const catalog = loadCatalogFromFiles(files);
    const second = files['site.yaml']!.split('\n').lastIndexOf('  - acme') + 1;
    expect(lines(catalog.findings)).toEqual([`catalog/site.yaml:${second}:5 error [schema] Provider acme is listed twice (first as providers[0]); the home page would list it twice and search every code twice.`]);
    expect(catalog.findings[0]!.hint).toBe('Remove the second listing.');
  });

  it.each(['../../../../etc', 'acme/../../x', '/etc', 'Acme', 'a b', ''])('refuses %j before reading any file, as not kebab-case', (id) => {
    const read: string[] = [];
    const files = catalogFiles();
    files['site.yaml'] = files['site.yaml']!.replace('providers:\n  - acme\n', `providers:\n  - acme\n  - ${JSON.stringify(id)}\n`);
    const catalog = loadCatalogFromFiles(new Proxy(files, { get: (t, k: string) => (read.push(k), t[k]) }));
    expect(read).toEqual(['site.yaml']);
    expect(catalog.providers).toEqual([]);
    expect(catalog.findings.map((f) => `${f.line} ${f.message}`)).toEqual([expect.stringMatching(/^\d+ providers\[1\] must be kebab-case, e\.g\. "capmonster-cloud"; it is /)]);
    expect(catalog.findings[0]!.hint).toMatch(/folder name/);
  });

  it.each(RESERVED_IDS.filter((id) => /^[a-z0-9-]+$/.test(id)))('refuses the provider id %s, which names a page the site owns', (id) => {
    const catalog = catalogOf({ providers: { [id]: { codes: [code()] } } });
    expect(catalog.findings.map((f) => f.message)).toEqual([expect.stringContaining(`The provider id "${id}" is the name of the site's own`)]);
    expect(catalog.findings[0]!.line).toBeGreaterThan(0);
  });

  it.each(locales.map((l) => l.id))('refuses the provider id %s, which is a locale id', (id) => {
    const catalog = catalogOf({ providers: { [id]: { codes: [code()] } } });
    expect(catalog.findings.map((f) => f.message)).toEqual([`The provider id "${id}" is also a locale id: /${id}/ would be both the ${id} home page and the provider's short links.`]);
  });
});

describe('the reserved ids', () => {
  /** The first path segment of each route file under `dir`, as the URL has it. */
  function segments(dir: string): string[] {
    return readdirSync(dir)
      .map((name) => name.replace(/\.(astro|ts)$/, ''))
      .filter((name) => name !== 'index' && !name.startsWith('['));
  }

  it('name every top-level route of the site, and every route under a locale', () => {
    const pages = path.join('src', 'pages');
    const routes = [...segments(pages), ...segments(path.join(pages, '[locale]'))];
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(RESERVED_IDS, `add ${route} to RESERVED_IDS in src/catalog/reserved-ids.ts`).toContain(route);
  });

  it('name every file in public/ that could be a provider id', () => {
    for (const name of readdirSync('public')) if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) expect(RESERVED_IDS).toContain(name);
  });
});

describe('locales in site.yaml', () => {
  it.each(['zh CN!!', 'en_US', 'x', '12', 'zh-', 'en--us'])('refuses the language tag %j with its position and a hint', (lang) => {
    const catalog = catalogOf({ site: { locales: [...locales.slice(0, 2), { ...locales[2], lang }] } });
    expect(catalog.findings.map((f) => f.message)).toEqual([`locales[2].lang must be a BCP 47 language tag such as "zh-CN"; it is the string "${lang}".`]);
    expect(catalog.findings[0]!.line).toBeGreaterThan(0);
    expect(catalog.findings[0]!.hint).toMatch(/zh-CN/);
  });

  it.each(['zh-CN', 'pt-BR', 'sr-Latn', 'zh-Hant-TW', 'en'])('accepts the language tag %s', (lang) => {
    expect(catalogOf({ site: { locales: [...locales.slice(0, 2), { ...locales[2], lang }] } }).findings).toEqual([]);
  });

  it('reports a locale listed twice, a locale id that names a page the site owns, and a source or default locale that is not published', () => {
    const catalog = catalogOf({ site: { locales: [...locales, { id: 'ru', name: 'Русский' }, { id: 'api', name: 'API' }], sourceLocale: 'de', defaultLocale: 'fr' } });
    expect(catalog.findings.map((f) => f.message)).toEqual([
      'Locale ru is listed twice (first as locales[1]); each locale has one set of pages.',
      'The locale id "api" is the name of the site\'s own /api/ folder; its pages would be lost to it.',
      'sourceLocale is "de", which is not one of the locales (en, ru, zh, ru, api).',
      'defaultLocale is "fr", which is not one of the locales (en, ru, zh, ru, api).',
    ]);
  });

  it('refuses a site address that is not http(s)', () => {
    const catalog = catalogOf({ site: { url: 'javascript:alert(1)//' } });
    expect(catalog.findings.map((f) => f.message)).toEqual(['url must be an http(s) address such as https://errors.example.com; it is the string "javascript:alert(1)//".']);
  });
});

describe('numbers', () => {
  it.each([-5, -0.5])('refuses a negative fact value (%d) at the value', (value) => {
    const files = catalogFiles({ providers: { acme: { codes: [code({ facts: { wait: { value, unit: 'second' } } })] } } });
    const catalog = loadCatalogFromFiles(files);
    const line = files['acme/errors.yaml']!.split('\n').findIndex((l) => l.includes(`value: ${value}`)) + 1;
    expect(lines(catalog.findings)).toEqual([`catalog/acme/errors.yaml:${line}:16 error [schema] facts.wait.value must be at least 0; it is number ${value}.`]);
    expect(catalog.findings[0]!.hint).toBe('Write a number of 0 or more.');
  });

  it.each(['.inf', '-.inf', '.nan', '1e400'])('refuses a fact value that is not a finite number (%s)', (text) => {
    const files = catalogFiles({ providers: { acme: { codes: [code({ facts: { wait: { value: 1, unit: 'second' } } })] } } });
    files['acme/errors.yaml'] = files['acme/errors.yaml']!.replace('value: 1', `value: ${text}`);
    const catalog = loadCatalogFromFiles(files);
    expect(catalog.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^facts\.wait\.value must be a number; it is number (-?Infinity|NaN)\.$/)]);
  });

  it('refuses a negative or infinite wait in a retry policy', () => {
    const catalog = catalogOf({ providers: { acme: { codes: [code({ retry: { policy: 'after-wait', after: -1 } })] } } });
    expect(catalog.findings.map((f) => f.message)).toEqual(['retry.after must be more than 0; it is number -1.']);
  });
});
