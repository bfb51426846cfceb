import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DRIFT = 'tests/fixtures/drift/catalog';
const BIN = path.resolve('bin/errcat.mjs');

function errcat(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the drift catalog in a project folder of its own, with `errors.yaml` replaced by `text` (or a folder). */
function brokenCatalog(errors: string | 'folder'): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-')), 'catalog');
  cpSync(DRIFT, dir, { recursive: true });
  const file = path.join(dir, 'acme/errors.yaml');
  if (errors === 'folder') {
    rmSync(file);
    mkdirSync(file);
  } else writeFileSync(file, errors);
  return dir;
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
        "tests/fixtures/drift/catalog/acme/errors.yaml:74 warning markdown-parity ERROR_HTML",
        "tests/fixtures/drift/catalog/acme/errors.yaml:74 error link-drift ERROR_HTML",
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
    // The catalog and its guides, as a project holds them (the guides' URLs are in urls.txt).
    const project = mkdtempSync(path.join(tmpdir(), 'errcat-'));
    const dir = path.join(project, 'catalog');
    cpSync('catalog', dir, { recursive: true });
    cpSync('content', path.join(project, 'content'), { recursive: true });
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

  it('stays in JSON with an array of one finding of check load, and exits 2, when the input is unusable', () => {
    const dir = brokenCatalog('codes:\n  - code: A\n   http: 200\n');
    const r = errcat(['check', '--catalog', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ check: 'load', severity: 'error', line: 3, locales: [] });
    expect(String(out[0]!.file)).toMatch(/acme\/errors\.yaml$/);
    expect(String(out[0]!.message)).toMatch(/not valid YAML/);
    expect(Object.keys(out[0]!)).toEqual(expect.arrayContaining(['check', 'severity', 'file', 'line', 'column', 'locales', 'message', 'hint']));
  });

  it('stays in SARIF with a failed invocation and a notification saying where, and exits 2, when the input is unusable', () => {
    const dir = brokenCatalog('codes:\n  - code: A\n   http: 200\n');
    const r = errcat(['check', '--catalog', dir, '--format', 'sarif']);
    expect(r.code).toBe(2);
    const run = JSON.parse(r.out).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const note = run.invocations[0].toolExecutionNotifications[0];
    expect(note.level).toBe('error');
    expect(note.message.text).toMatch(/not valid YAML.*Hint: /);
    expect(note.locations[0].physicalLocation.artifactLocation.uri).toMatch(/acme\/errors\.yaml$/);
    expect(note.locations[0].physicalLocation.region.startLine).toBe(3);
    // A clean run says its invocation succeeded.
    expect(JSON.parse(errcat(['check', '--format', 'sarif']).out).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('exits 2 with the path, and no stack trace, when the system refuses a catalog file', () => {
    const dir = brokenCatalog('folder');
    for (const format of ['text', 'json']) {
      const r = errcat(['check', '--catalog', dir, '--format', format]);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toContain(`${dir}/acme/errors.yaml cannot be read (EISDIR).`);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('gives the same answer from any working folder, and writes nothing into it', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'errcat-cwd-'));
    const here = errcat(['check', '--format', 'json']);
    const there = errcat(['check', '--catalog', path.resolve('catalog'), '--format', 'json'], {}, elsewhere);
    expect(there.code, there.out).toBe(here.code);
    expect(JSON.parse(there.out)).toEqual(JSON.parse(here.out));
    expect(readdirSync(elsewhere)).toEqual([]);
    // A catalog in another project, with its guides beside it: the same clean answer.
    const project = mkdtempSync(path.join(tmpdir(), 'errcat-project-'));
    cpSync('catalog', path.join(project, 'catalog'), { recursive: true });
    cpSync('content', path.join(project, 'content'), { recursive: true });
    const moved = errcat(['check', '--catalog', path.join(project, 'catalog')], {}, elsewhere);
    expect(moved.code, moved.out).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
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

describe('errcat schema', () => {
  it('says a catalog folder does not exist instead of creating it, and exits 2', () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-')), 'nonexistent', 'x');
    const r = errcat(['schema', '--catalog', missing]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`There is no catalog folder at ${missing}.`);
    expect(r.err).toContain('hint:');
    expect(existsSync(path.dirname(missing))).toBe(false);
  });

  it('writes nothing when the schemas are up to date', () => {
    const r = errcat(['schema']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('The schemas are up to date.');
  });
});
