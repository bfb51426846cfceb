import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogLoadError, loadCatalog } from '../../../src/catalog/load.ts';
import { readOpenapi } from '../../../src/catalog/openapi.ts';
import { openapiFindings, siteSpecs, specFindings } from '../../../src/checks/openapi.ts';

const GATEWAY_SPEC = 'catalog/gateway/openapi.yaml';
const SWAGGER = 'tests/fixtures/import-tables/swagger.json';
const lines = (fs: { file: string; line: number; severity: string; message: string }[]) => fs.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`);

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
function catalogCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-openapi-'));
  temps.push(dir);
  cpSync('catalog', dir, { recursive: true });
  return dir;
}

describe('reading an OpenAPI document', () => {
  it('finds every code of a 3.1 spec split over two files, with its status, operations and the line that names it', async () => {
    const spec = await readOpenapi(GATEWAY_SPEC);
    const shipped = loadCatalog('catalog').providers.find((p) => p.id === 'gateway')!;
    expect(spec.codes.map((c) => c.code).sort()).toEqual(shipped.codes.map((c) => c.code).sort());
    const of = (code: string) => spec.codes.find((c) => c.code === code)!;
    // An enum with x-enum-descriptions in the second file, under an allOf.
    expect(of('INPUT_MISSING')).toMatchObject({ statuses: [400], operations: ['createTask'], file: 'catalog/gateway/openapi-components.yaml', line: 17, description: 'A field the task type needs is absent.' });
    // A shared response used by two operations.
    expect(of('AUTH_INVALID')).toMatchObject({ statuses: [401], operations: ['createTask', 'getTaskResult'] });
    // consts under oneOf, each described by its alternative; an example's message.
    expect(of('PROVIDER_DOMAIN').description).toBe('The solver refused the domain for this sitekey.');
    expect(of('UNSOLVABLE')).toMatchObject({ statuses: [422], file: GATEWAY_SPEC, line: 86, description: 'Several attempts did not solve the captcha.' });
  });

  it('reads a Swagger 2.0 document in JSON: shared responses, enums and examples', async () => {
    const spec = await readOpenapi(SWAGGER);
    expect(spec.version).toBe('2.0');
    expect(spec.codes.map((c) => `${c.code} ${c.statuses.join('/')} ${c.operations.join(',')}`)).toEqual([
      'AUTH_KEY_MISSING 401 createShipment,getLabel',
      'AUTH_KEY_REVOKED 401 createShipment,getLabel',
      'ADDRESS_INVALID 422 createShipment',
      'RATE_LIMITED 429 createShipment',
      'QUOTA_EXCEEDED 429 createShipment',
      'SHIPMENT_NOT_FOUND 404 getLabel',
      'LABEL_EXPIRED 410 getLabel',
    ]);
  });

  it('reads an OpenAPI 3.0 document in JSON: an enum under a shared schema, a default response without a status', async () => {
    const dir = catalogCopy();
    const file = path.join(dir, 'v30.json');
    const schema = { type: 'object', properties: { errorCode: { type: 'string', enum: ['QUOTA_LOW', 'QUOTA_GONE'] } } };
    const spec = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/jobs': {
          post: {
            responses: {
              '200': { description: 'Accepted, or refused for quota.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } },
              default: { description: 'Anything else.', content: { 'application/json': { example: { code: 'UNEXPECTED', message: 'Something else went wrong.' } } } },
            },
          },
        },
      },
      components: { schemas: { Result: schema } },
    };
    writeFileSync(file, JSON.stringify(spec, null, 2));
    const read = await readOpenapi(file);
    expect(read.codes.map((c) => `${c.code} ${c.statuses.join('/') || '-'} ${c.operations.join(',')} ${c.description}`)).toEqual([
      'QUOTA_LOW 200 POST /jobs Accepted, or refused for quota.',
      'QUOTA_GONE 200 POST /jobs Accepted, or refused for quota.',
      'UNEXPECTED - POST /jobs Something else went wrong.',
    ]);
  });

  it('refuses a file that is no OpenAPI document, or whose $ref points nowhere, as unusable input', async () => {
    const dir = catalogCopy();
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '400': { $ref: 'missing.yaml#/x' }\n");
    await expect(readOpenapi(broken)).rejects.toBeInstanceOf(CatalogLoadError);
    await expect(readOpenapi(path.join(dir, 'site.yaml'))).rejects.toThrow(/is not an OpenAPI 3.0\/3.1 or Swagger 2.0 document/);
  });
});

describe('checking a provider against its OpenAPI document', () => {
  it('finds the shipped gateway clean against its spec, which site.yaml names for every check and build', async () => {
    const catalog = loadCatalog('catalog');
    expect(siteSpecs(catalog)).toEqual([{ provider: 'gateway', file: path.join('catalog', 'gateway/openapi.yaml') }]);
    expect(await specFindings(catalog, siteSpecs(catalog))).toEqual([]);
  });

  it('reports a code the API returns and the catalog lacks, a status that differs, and a code the spec never returns', async () => {
    const dir = catalogCopy();
    const errors = path.join(dir, 'gateway', 'errors.yaml');
    writeFileSync(errors, readFileSync(errors, 'utf8').replace('  - code: CAPACITY\n    http: 429', '  - code: CAPACITY\n    http: 503').replace('code: PROXY_AUTH', 'code: PROXY_LOGIN'));
    const catalog = loadCatalog(dir);
    const found = openapiFindings(catalog, 'gateway', await readOpenapi(GATEWAY_SPEC));
    expect(lines(found).map((l) => l.replace(dir, '<catalog>'))).toEqual([
      expect.stringMatching(/^<catalog>\/gateway\/errors.yaml:\d+ error CAPACITY: the catalog says HTTP 503; the API returns CAPACITY with 429 \(catalog\/gateway\/openapi.yaml:45\)\.$/),
      'catalog/gateway/openapi-components.yaml:32 error PROXY_AUTH: the API can return this code (getTaskResult, HTTP 502), and gateway does not document it.',
      expect.stringMatching(/^<catalog>\/gateway\/errors.yaml:\d+ warning PROXY_LOGIN: the catalog documents it, and catalog\/gateway\/openapi.yaml never returns it\.$/),
    ]);
  });

  it('does not ask for a deprecated code the spec no longer returns', async () => {
    const dir = catalogCopy();
    const errors = path.join(dir, 'gateway', 'errors.yaml');
    writeFileSync(errors, readFileSync(errors, 'utf8').replace('  - code: PROXY_AUTH\n', '  - code: PROXY_OLD\n    deprecated:\n      reason: { en: Gone., ru: Больше нет., zh: 已不再使用。 }\n'));
    const found = openapiFindings(loadCatalog(dir), 'gateway', await readOpenapi(GATEWAY_SPEC));
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(['error PROXY_AUTH']);
  });
});
