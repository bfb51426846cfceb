import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DRIFT = 'tests/fixtures/drift/catalog';

function errcat(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [path.resolve('bin/errcat.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('errcat check', () => {
  it('exits 0 on the shipped catalog and prints an empty JSON array', () => {
    const r = errcat(['check', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('reports every planted drift with its file:line and exits 1', () => {
    const r = errcat(['check', '--catalog', DRIFT, '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { file: string; line: number; column: number; severity: string; check: string; code: string }[];
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.check} ${f.code}`)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/drift/catalog/acme/errors.yaml:9 warning stale-translation ERROR_SIZE",
        "tests/fixtures/drift/catalog/acme/errors.yaml:9 warning quantity-drift ERROR_SIZE",
        "tests/fixtures/drift/catalog/acme/errors.yaml:10 error quantity-drift ERROR_SIZE",
        "tests/fixtures/drift/catalog/acme/errors.yaml:18 error link-drift ERROR_LINK",
        "tests/fixtures/drift/catalog/acme/errors.yaml:28 error literal-parity ERROR_CODESPAN",
        "tests/fixtures/drift/catalog/acme/errors.yaml:35 error locale-complete ERROR_MISSING",
        "tests/fixtures/drift/catalog/acme/errors.yaml:45 error unchanged-translation ERROR_SAME",
        "tests/fixtures/drift/catalog/acme/errors.yaml:54 error fact-literal ERROR_FACT",
        "tests/fixtures/drift/catalog/acme/errors.yaml:55 error literal-parity ERROR_FACT",
        "tests/fixtures/drift/catalog/acme/errors.yaml:56 error literal-parity ERROR_FACT",
        "tests/fixtures/drift/catalog/acme/errors.yaml:62 error references ERROR_REF",
        "tests/fixtures/drift/catalog/acme/errors.yaml:73 error unsafe-markdown ERROR_HTML",
        "tests/fixtures/drift/catalog/acme/errors.yaml:74 error link-drift ERROR_HTML",
        "tests/fixtures/drift/catalog/acme/errors.yaml:74 warning markdown-parity ERROR_HTML",
        "tests/fixtures/drift/catalog/acme/errors.yaml:74 error unsafe-markdown ERROR_HTML",
      ]
    `);
    for (const f of findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['check', 'severity', 'file', 'line', 'column', 'provider', 'code', 'locales', 'message', 'hint']));
  });

  it('prints findings for people, uncolored under NO_COLOR, with hints and a summary', () => {
    const r = errcat(['check', '--catalog', DRIFT]);
    expect(r.out).toContain(`${DRIFT}/acme/errors.yaml:10:62 error [quantity-drift] ERROR_SIZE: zh says “500,000 字节”; en says “50 KB” (summary).`);
    expect(r.out).toContain('  hint: ');
    expect(r.out).not.toMatch(/\u001b\[/);
    expect(r.out.trim().split('\n').pop()).toMatch(/^\d+ errors, \d+ warnings\.$/);
  });

  it('colors the output when asked to', () => {
    const r = errcat(['check', '--catalog', DRIFT], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(r.out).toMatch(/\u001b\[/);
  });

  it('writes SARIF 2.1.0 for code-scanning tools', () => {
    const r = errcat(['check', '--catalog', DRIFT, '--format', 'sarif']);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string; level: string }) => x.ruleId === 'quantity-drift' && x.level === 'error');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: `${DRIFT}/acme/errors.yaml` }, region: { startLine: 10, startColumn: 62 } });
  });

  it('fails on warnings with --strict', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    cpSync('catalog', dir, { recursive: true });
    const errors = path.join(dir, 'gateway/errors.yaml');
    // A changed source text makes the translations stale: a warning.
    writeFileSync(errors, readFileSync(errors, 'utf8').replace('title: API key not accepted', 'title: API key refused'));
    expect(errcat(['check', '--catalog', dir]).code).toBe(0);
    expect(errcat(['check', '--catalog', dir, '--strict']).code).toBe(1);
  });

  it('exits 2 with file:line:col on unusable input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    cpSync(DRIFT, dir, { recursive: true });
    writeFileSync(path.join(dir, 'acme/provider.yaml'), 'id: acme\nname: [Acme\n');
    const r = errcat(['check', '--catalog', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/acme/provider.yaml:\\d+:\\d+ error .*not valid YAML`));
    expect(r.err).toContain('hint:');
    expect(errcat(['check', '--catalog', '/nonexistent/catalog']).code).toBe(2);
  });

  it('explains itself with --help and rejects unknown options with exit 2', () => {
    const help = errcat(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--format <format>/);
    expect(help.out).toMatch(/--strict/);
    const bad = errcat(['check', '--formt', 'json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option '--formt'/);
  });

  it('reads every text on every run: what a run left in .errcat/ changes no finding', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    cpSync(DRIFT, path.join(cwd, 'catalog'), { recursive: true });
    const check = () => errcat(['check', '--catalog', 'catalog', '--format', 'json'], {}, cwd).out;
    const fresh = check();
    expect(JSON.parse(fresh).map((f: { check: string }) => f.check)).toContain('unsafe-markdown');
    // Earlier versions kept each text's reading in .errcat/cache/texts.json and replayed it: emptied of its readings, or of another shape, it must count for nothing.
    const file = path.join(cwd, '.errcat/cache/texts.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { providers: Record<string, { readings: unknown[] }> };
      for (const p of Object.values(data.providers)) p.readings = p.readings.map(() => [0, 0]);
      writeFileSync(file, JSON.stringify(data));
    }
    expect(check()).toBe(fresh);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"fingerprint": 5, "providers": [1]}');
    expect(check()).toBe(fresh);
  }, 120_000);

  it('gives the same findings after the source locale changes as a run that never saw the old one', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    cpSync('catalog', path.join(cwd, 'catalog'), { recursive: true });
    const check = () => errcat(['check', '--catalog', 'catalog', '--format', 'json'], {}, cwd).out;
    check();
    const site = path.join(cwd, 'catalog/site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('sourceLocale: en', 'sourceLocale: ru'));
    const after = check();
    const other = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    cpSync(path.join(cwd, 'catalog'), path.join(other, 'catalog'), { recursive: true });
    expect(after).toBe(errcat(['check', '--catalog', 'catalog', '--format', 'json'], {}, other).out);
  }, 120_000);
});
