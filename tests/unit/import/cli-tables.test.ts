import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { capture, strip, tempDir } from './helpers.ts';

const TABLES = 'tests/fixtures/import-tables';
/** stdout and stderr as text without colours. */
function output() {
  const io = capture();
  return { out: () => strip(io.out.join('\n')), err: () => strip(io.err.join('\n')) };
}

describe('errcat import markdown and import openapi', () => {
  it('imports the table pages, then the spec, and exits 0', async () => {
    const dir = tempDir();
    const io = output();
    expect(await main(['import', 'markdown', '--provider', 'parcel', '--locale', `en=${TABLES}/en.md`, '--locale', `ru=${TABLES}/ru.md`, '--out', dir])).toBe(0);
    expect(io.out()).toContain(`${TABLES}/ru.md:21:1 warning ru states the HTTP status of QUOTA_EXCEEDED as 403 where en states 429`);
    expect(await main(['import', 'openapi', '--provider', 'parcel', '--out', dir, `${TABLES}/swagger.json`])).toBe(0);
    expect(io.out()).toContain('Added 1 code: LABEL_EXPIRED.');
  });

  it('refuses a wrong --columns and a spec that is not there with exit 2, writing nothing', async () => {
    const dir = tempDir();
    const io = output();
    expect(await main(['import', 'markdown', '--provider', 'parcel', '--locale', `en=${TABLES}/en.md`, '--columns', 'http=2', '--out', dir])).toBe(2);
    expect(io.err()).toContain('errcat import markdown usage error --columns http=2 does not say which column holds the code.');
    expect(await main(['import', 'openapi', '--provider', 'parcel', '--out', dir, `${TABLES}/missing.yaml`])).toBe(2);
    expect(io.err()).toContain(`${TABLES}/missing.yaml does not exist.`);
  });
});

describe('errcat check with an OpenAPI document', () => {
  it('runs the spec site.yaml names, and fails on a status the spec contradicts', async () => {
    const dir = tempDir();
    cpSync('catalog', dir, { recursive: true });
    const spec = path.join(dir, 'gateway', 'openapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace("'413':", "'415':"));
    const io = output();
    expect(await main(['check', '--catalog', dir, '--no-cache'])).toBe(1);
    expect(io.out()).toContain('error [openapi] INPUT_TOO_LARGE: the catalog says HTTP 413; the API returns INPUT_TOO_LARGE with 415');
  });

  it('asks for --provider with --openapi, as a usage error', async () => {
    const io = output();
    expect(await main(['check', '--openapi', 'catalog/gateway/openapi.yaml'])).toBe(2);
    expect(io.err()).toContain('--openapi catalog/gateway/openapi.yaml needs --provider');
  });

  it('reports a spec that site.yaml names for a provider the catalog lacks', async () => {
    const dir = tempDir();
    cpSync('catalog', dir, { recursive: true });
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('  gateway: gateway/openapi.yaml', '  gateway: gateway/openapi.yaml\n  parcel: gateway/openapi.yaml'));
    const io = output();
    expect(await main(['check', '--catalog', dir, '--no-cache'])).toBe(1);
    expect(io.out()).toContain('error [openapi] site.yaml names an OpenAPI document for parcel, which is not a provider of the catalog.');
  });
});
