/**
 * The build as a docs maintainer meets it: a catalog with errors stops the
 * build before any page is written and leaves the previous site alone; the
 * same catalog always builds to the same bytes, from any working folder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from './astro.ts';
import { parseHeaders } from '../../e2e/serve.mjs';

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
    writeFileSync(path.join(out, '_redirects'), '');
    const r = build('tests/fixtures/drift/catalog', out);
    expect(r.code).toBe(1);
    expect(r.log).toContain('tests/fixtures/drift/catalog/acme/errors.yaml:10:62 error [quantity-drift] ERROR_SIZE: zh says “500,000 字节”');
    expect(r.log).toMatch(/\[errcat\] The catalog has \d+ errors \(listed above\); nothing was published and (.*) is unchanged\./);
    expect(r.log).toContain(`nothing was published and ${out}/ is unchanged.`);
    expect(r.log).toMatch(/Hint:\s+Run npx errcat check to see them again\./);
    // A message for a person: no "unhandled error", no stack trace.
    expect(r.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(readdirSync(out).sort()).toEqual(['_redirects', 'index.html']);
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
    expect(r.code).toBe(2);
    expect(r.log).toMatch(/acme\/errors\.yaml:3:\d+ .*not valid YAML/);
    expect(r.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it("stops with file:line:col and a hint when a guide's front matter has a field other than title and description", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-build-')), 'dist');
    const content = mkdtempSync(path.join(tmpdir(), 'errcat-content-'));
    cpSync('content', content, { recursive: true });
    const guide = path.join(content, 'ru', 'handling-errors.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace('---\n', '---\nlayout: ../../src/layouts/Base.astro\n'));
    const r = build(path.resolve('catalog'), out, { env: { ERRCAT_CONTENT: content } });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/ru\/handling-errors\.mdx:2:1 error \[schema\] Unknown field "layout"\.\n {2}hint: Remove it; the fields here are: title, description\./);
    expect(r.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('stops when the API spec site.yaml names returns a code the catalog lacks, and when the spec cannot be read', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-build-')), 'dist');
    const catalog = mkdtempSync(path.join(tmpdir(), 'errcat-catalog-'));
    cpSync('catalog', catalog, { recursive: true });
    const spec = path.join(catalog, 'gateway', 'openapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('error: INPUT_TOO_LARGE', 'error: INPUT_WAY_TOO_LARGE'));
    const r = build(catalog, out);
    expect(r.code).toBe(1);
    expect(r.log).toContain('error [openapi] INPUT_WAY_TOO_LARGE: the API can return this code (createTask, HTTP 413), and gateway does not document it.');
    writeFileSync(spec, 'openapi: 3.1.0\npaths: { /a: { get: { responses: { "400": { $ref: "missing.yaml#/x" } } } } }\n');
    const broken = build(catalog, out);
    expect(broken.code).toBe(2);
    expect(broken.log).toContain('could not be read as an OpenAPI document');
    expect(broken.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
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

});

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return Object.keys(treeHash(dir));
}

/** A policy as a map of directive to its sources. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));
}

describe('the shipped catalog, built', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'errcat-build-'));
  const a = path.join(base, 'a');
  const b = path.join(base, 'b');
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'errcat-cwd-'));
  let logs: { a: string; b: string; codes: (number | null)[] };

  beforeAll(() => {
    const ra = build('catalog', a);
    // From another working folder, with the catalog and the output named by absolute paths.
    const rb = build(path.resolve('catalog'), b, { cwd: elsewhere });
    logs = { a: ra.log, b: rb.log, codes: [ra.code, rb.code] };
  }, 240_000);

  it('is the same bytes twice, from the project and from another folder, and writes nothing into that folder', () => {
    expect(logs.codes, logs.a + logs.b).toEqual([0, 0]);
    expect(readdirSync(elsewhere)).toEqual([]);
    const ha = treeHash(a);
    expect(Object.keys(ha).length).toBeGreaterThan(300);
    expect(treeHash(b)).toEqual(ha);
  });

  it('writes the same files as the build of 3c71b3b, where every page was an Astro route (Vite\'s hashed _astro/ assets aside)', () => {
    // The list was taken from that build; the short links, redirects, API, search files and sitemap are plain file writes since.
    const before = readFileSync('tests/fixtures/build-files/shipped.txt', 'utf8').split('\n').filter(Boolean);
    expect(files(a).filter((f) => !f.startsWith('_astro/')).sort()).toEqual(before.sort());
  });

  it('sends its security headers in _headers, for every path', () => {
    const headersFor = parseHeaders(readFileSync(path.join(a, '_headers'), 'utf8'));
    for (const p of ['/', '/en/gateway/BALANCE_EMPTY/', '/api/v1/gateway.json', '/_astro/x.css']) expect(headersFor(p)).toEqual(headersFor('/'));
    const headers = headersFor('/');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(directives(headers['content-security-policy']!)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('carries the policy in every page, first in <head>, with every directive a <meta> can carry', () => {
    const header = directives(parseHeaders(readFileSync(path.join(a, '_headers'), 'utf8'))('/')['content-security-policy']!);
    const { 'frame-ancestors': _, ...expected } = header;
    const pages = files(a).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    for (const page of pages) {
      const html = readFileSync(path.join(a, page), 'utf8');
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const tags = head.match(/<[a-z]+\b[^>]*>/g) ?? [];
      // After <meta charset>, before any script, style or link the policy must cover.
      expect(tags[0], page).toBe('<meta charset="utf-8">');
      const meta = /^<meta http-equiv="Content-Security-Policy" content="([^"]*)">$/.exec(tags[1] ?? '');
      expect(meta, `${page}: ${tags[1]}`).not.toBeNull();
      expect(directives(meta![1]!.replaceAll('&#39;', "'")), page).toEqual(expected);
      // Nothing the policy forbids: no inline script (a JSON data block is not run) or style, no style attribute.
      expect(html, page).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>|<style\b|\sstyle="/);
    }
  });
});
