/**
 * The build as a docs maintainer meets it: a catalog with errors stops the
 * build before any page is written and leaves the previous site alone; the
 * same catalog always builds to the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

function build(catalog: string, out: string) {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ERRCAT_CATALOG: catalog, ERRCAT_OUT: out, NO_COLOR: '1' },
  });
  return { code: r.status, log: r.stdout + r.stderr };
}

function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('building the site', () => {
  it('stops before writing a page when the catalog has errors, and leaves the previous dist/ untouched', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-build-')), 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the previous site');
    const r = build('tests/fixtures/drift/catalog', out);
    expect(r.code).not.toBe(0);
    expect(r.log).toContain('tests/fixtures/drift/catalog/acme/errors.yaml:10:62 error [quantity-drift] ERROR_SIZE: zh says “500,000 字节”');
    expect(r.log).toMatch(/nothing was published and dist\/ is unchanged/);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site');
  }, 120_000);

  it('stops with file:line:col when a catalog file is not valid YAML', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-build-')), 'dist');
    const catalog = mkdtempSync(path.join(tmpdir(), 'errcat-catalog-'));
    for (const f of ['site.yaml', 'acme/provider.yaml', 'acme/errors.yaml']) {
      mkdirSync(path.dirname(path.join(catalog, f)), { recursive: true });
      writeFileSync(path.join(catalog, f), readFileSync(path.join('tests/fixtures/drift/catalog', f)));
    }
    writeFileSync(path.join(catalog, 'acme/errors.yaml'), 'codes:\n  - code: A\n   http: 200\n');
    const r = build(catalog, out);
    expect(r.code).not.toBe(0);
    expect(r.log).toMatch(/acme\/errors\.yaml:3:\d+ .*not valid YAML/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('publishes a fourth language added in site.yaml alone, with notices where it falls back, and keeps a deprecated code\'s page', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-build-')), 'dist');
    const r = build('tests/fixtures/fourth-locale/catalog', out);
    expect(r.code, r.log).toBe(0);
    const de = readFileSync(path.join(out, 'de/acme/ERROR_WAIT/index.html'), 'utf8');
    expect(de).toContain('<html lang="de"');
    expect(de).toContain('Warten Sie 30 Sekunden vor der nächsten Anfrage.');
    expect(de).toContain('hreflang="de"');
    const fallback = readFileSync(path.join(out, 'de/acme/ERROR_OLD/index.html'), 'utf8');
    expect(fallback).toContain('class="notice"');
    expect(fallback).toContain('The old limit was reached.');
    const deprecated = readFileSync(path.join(out, 'ru/acme/ERROR_OLD/index.html'), 'utf8');
    expect(deprecated).toMatch(/class="notice deprecated"[\s\S]*Объединён с ERROR_WAIT\.[\s\S]*href="\/ru\/acme\/ERROR_WAIT\/"/);
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('https://acme.test/de/acme/ERROR_WAIT/');
  }, 120_000);

  it('builds the same catalog to the same bytes twice', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'errcat-build-'));
    const a = build('catalog', path.join(base, 'a'));
    const b = build('catalog', path.join(base, 'b'));
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ha = treeHash(path.join(base, 'a'));
    const hb = treeHash(path.join(base, 'b'));
    expect(Object.keys(ha).length).toBeGreaterThan(300);
    expect(hb).toEqual(ha);
  }, 240_000);
});
