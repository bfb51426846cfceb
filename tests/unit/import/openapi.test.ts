import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { readOpenapi } from '../../../src/catalog/openapi.ts';
import { openapiFindings } from '../../../src/checks/openapi.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { importOpenapi } from '../../../src/import/openapi.ts';
import { importMarkdown } from '../../../src/import/tables.ts';
import { codesIn, tempDir } from './helpers.ts';

const SWAGGER = 'tests/fixtures/import-tables/swagger.json';
const TABLES = ['en', 'ru', 'zh'].map((locale) => ({ locale, file: path.join('tests/fixtures/import-tables', `${locale}.md`) }));
const GATEWAY = ['en', 'ru', 'zh'].map((locale) => ({ locale, file: path.join('tests/fixtures/gateway-sources', `errors.${locale}.md`) }));
const errorsOf = (out: string) => runChecks(loadCatalog(out)).findings.filter((f) => f.severity === 'error');

describe('importing an OpenAPI document', () => {
  it('creates a provider from a Swagger 2.0 spec: each code with its status, its operations as phases and the spec\'s words as en text', async () => {
    const out = tempDir();
    const r = await importOpenapi({ provider: 'parcel', spec: SWAGGER, out });
    expect(r.added).toHaveLength((await readOpenapi(SWAGGER)).codes.length);
    const label = codesIn(out, 'parcel').LABEL_EXPIRED!;
    expect(label).toMatchObject({ http: 410, phases: ['getLabel'], texts: { en: { summary: 'Labels are kept for 30 days; this one has expired.', origin: `${SWAGGER}:46` } } });
    const provider = parse(readFileSync(path.join(out, 'parcel', 'provider.yaml'), 'utf8')) as { phases: { id: string; summary: { en: string } }[] };
    expect(provider.phases).toEqual([
      { id: 'createShipment', summary: { en: 'Create a shipment.' } },
      { id: 'getLabel', summary: { en: "Download a shipment's label." } },
    ]);
    expect(errorsOf(out)).toEqual([]);
  });

  it('merges into a provider imported from tables: adds the code the tables lack, sets guessed phases, keeps texts, and then checks clean against the spec', async () => {
    const out = tempDir();
    importMarkdown({ provider: 'parcel', locales: TABLES, out });
    const spec = await readOpenapi(SWAGGER);
    const before = openapiFindings(loadCatalog(out), 'parcel', spec);
    expect(before.map((f) => `${f.file}:${f.line} ${f.severity} ${f.code}`)).toEqual([`${SWAGGER}:46 error LABEL_EXPIRED`]);
    const textBefore = codesIn(out, 'parcel').RATE_LIMITED!.texts;
    const r = await importOpenapi({ provider: 'parcel', spec: SWAGGER, out });
    expect(r.added).toEqual(['LABEL_EXPIRED']);
    expect(r.phases).toEqual(['createShipment', 'getLabel']);
    const codes = codesIn(out, 'parcel');
    expect(codes.RATE_LIMITED!.texts).toEqual(textBefore);
    expect(codes.RATE_LIMITED!.phases).toEqual(['createShipment']);
    expect(openapiFindings(loadCatalog(out), 'parcel', spec)).toEqual([]);
    expect((await importOpenapi({ provider: 'parcel', spec: SWAGGER, out })).written).toBe(false);
  });

  it('reports a status the catalog states otherwise and keeps the catalog\'s', async () => {
    const out = tempDir();
    importMarkdown({ provider: 'parcel', locales: TABLES, out, source: 'ru' });
    // With ru as the source, QUOTA_EXCEEDED is 403, and the spec says 429.
    const r = await importOpenapi({ provider: 'parcel', spec: SWAGGER, out });
    expect(r.notes.filter((n) => n.code === 'QUOTA_EXCEEDED').map((n) => n.message)).toEqual([
      `${SWAGGER} returns QUOTA_EXCEEDED with HTTP 429 (${SWAGGER}:24); the catalog says 403, which the import kept.`,
    ]);
    expect(codesIn(out, 'parcel').QUOTA_EXCEEDED!.http).toBe(403);
  });
});

describe('rebuilding the shipped gateway provider from a table page and its OpenAPI document', () => {
  it('gives the shipped codes, statuses and categories, the retry policies the Retryable column can say, and phases from the operations', async () => {
    const out = tempDir();
    importMarkdown({ provider: 'gateway', locales: GATEWAY, out });
    await importOpenapi({ provider: 'gateway', spec: 'catalog/gateway/openapi.yaml', out });
    const rebuilt = codesIn(out, 'gateway');
    const shipped = loadCatalog('catalog').providers.find((p) => p.id === 'gateway')!.codes;
    expect(Object.keys(rebuilt).sort()).toEqual(shipped.map((c) => c.code).sort());
    const facts = (c: { code: string; http: number; category: string }) => `${c.code} ${c.http} ${c.category}`;
    expect(Object.values(rebuilt).map(facts).sort()).toEqual(shipped.map(facts).sort());
    // A yes/no column tells "wait and retry" from "fix first", not "never": NOT_FOUND is the one code that differs.
    const policyDiffers = shipped.filter((c) => rebuilt[c.code]!.retry.policy !== c.retry.policy).map((c) => `${c.code} ${c.retry.policy} ${rebuilt[c.code]!.retry.policy}`);
    expect(policyDiffers).toEqual(['NOT_FOUND never after-fix']);
    expect(rebuilt.CAPACITY!.phases).toEqual(['createTask']);
    expect(Object.keys(rebuilt.AUTH_INVALID!.texts)).toEqual(['en', 'ru', 'zh']);
    expect(errorsOf(out)).toEqual([]);
    expect(openapiFindings(loadCatalog(out), 'gateway', await readOpenapi('catalog/gateway/openapi.yaml'))).toEqual([]);
  });
});
