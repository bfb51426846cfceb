import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runChecks } from '../../../src/checks/run.ts';
import { pageView, subjectOf } from '../../../src/integrations/dev-findings.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from '../../../src/catalog/load.ts';
import { isCatalogFile, plainFileMiddleware } from '../../../src/integrations/dev.ts';
import { catalogWith, code } from '../helpers.ts';

const drifting = code({ aliases: ['ERROR_OLD'], texts: { en: { summary: 'Wait `5` seconds.' }, ru: { summary: 'Подождите 5 секунд.' } } });
const other = code({ code: 'ERROR_CLEAN' });

describe('what the dev toolbar app shows for a page', () => {
  it('finds the code a page is about, also by alias, and the provider of a provider page', () => {
    const catalog = catalogWith(drifting, other);
    expect(subjectOf(catalog, '/ru/acme/ERROR_SAMPLE/')).toEqual({ provider: 'acme', code: 'ERROR_SAMPLE' });
    expect(subjectOf(catalog, '/en/acme/ERROR_OLD/')).toEqual({ provider: 'acme', code: 'ERROR_SAMPLE' });
    expect(subjectOf(catalog, '/en/acme/')).toEqual({ provider: 'acme' });
    expect(subjectOf(catalog, '/en/guides/handling-errors/')).toBeUndefined();
    expect(subjectOf(catalog, '/de/acme/')).toBeUndefined();
  });

  it("lists the page's findings with file:line, message and hint, and counts the whole catalog", () => {
    const catalog = catalogWith(drifting, other);
    const result = runChecks(catalog);
    const view = pageView(catalog, result, '/en/acme/ERROR_SAMPLE/');
    const literal = result.findings.find((f) => f.check === 'literal-parity')!;
    expect(view.subject).toBe('acme/ERROR_SAMPLE');
    expect(view.findings).toContainEqual({ where: `${literal.file}:${literal.line}:${literal.column}`, severity: 'error', check: 'literal-parity', message: literal.message, hint: literal.hint });
    expect(view.findings.every((f) => f.message.startsWith('ERROR_SAMPLE:'))).toBe(true);
    expect(view.total).toEqual({ errors: result.errors, warnings: result.warnings, accepted: 0 });
    expect(pageView(catalog, result, '/en/acme/ERROR_CLEAN/').findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('which saved files reload the catalog', () => {
  it('takes the YAML files and urls.txt inside the catalog folder, not the generated schemas or other folders', () => {
    expect(isCatalogFile('catalog', path.resolve('catalog/acme/errors.yaml'))).toBe(true);
    expect(isCatalogFile('catalog', 'catalog/site.yaml')).toBe(true);
    expect(isCatalogFile('catalog', 'catalog/urls.txt')).toBe(true);
    expect(isCatalogFile('catalog', 'catalog/schema/errors.schema.json')).toBe(false);
    expect(isCatalogFile('catalog', 'content/en/handling-errors.mdx')).toBe(false);
    expect(isCatalogFile('catalog', 'src/site/data.ts')).toBe(false);
  });
});

describe('the plain files the dev server serves', () => {
  const serve = (url: string, catalog: Catalog | null = catalogWith(drifting)) =>
    new Promise<{ next: boolean; body?: string; type?: string }>((resolve, reject) => {
      const res = { headers: {} as Record<string, string>, setHeader(k: string, v: string) { this.headers[k] = v; }, end(body: string) { resolve({ next: false, body, type: this.headers['content-type'] }); } };
      try {
        plainFileMiddleware(() => catalog ?? undefined, 'catalog')({ url } as IncomingMessage, res as unknown as ServerResponse, () => resolve({ next: true }));
      } catch (e) {
        reject(e);
      }
    });

  it('serves a short link and the API JSON as a build writes them, also for an alias', async () => {
    expect((await serve('/acme/ERROR_OLD/')).body).toContain('/acme/ERROR_SAMPLE/');
    const api = await serve('/api/v1/acme/ERROR_OLD.json');
    expect(api.type).toBe('application/json');
    expect(JSON.parse(api.body!).code.code).toBe('ERROR_SAMPLE');
  });

  it('passes on what is not a plain file, a path that is not valid percent-encoding and a catalog not loaded yet', async () => {
    expect(await serve('/en/acme/ERROR_SAMPLE/')).toEqual({ next: true });
    expect(await serve('/acme/%E0%A4%A/')).toEqual({ next: true });
    expect(await serve('/acme/ERROR_OLD/', null)).toEqual({ next: true });
  });
});
