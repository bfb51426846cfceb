import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { CHECKS } from '../../../src/checks/index.ts';
import { catalogOf, code, lines } from '../helpers.ts';

const zhless = () => {
  const entry = code();
  delete (entry.texts as Record<string, unknown>).zh;
  return entry;
};

describe('running the checks', () => {
  it('finds no error in the shipped catalog', () => {
    const result = runChecks(loadCatalog('catalog'));
    expect(lines(result.findings.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('gives every check an id that is its file name, once', async () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.resolve('src/checks')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    for (const c of CHECKS) {
      expect(files).toContain(c.id);
      const mod = (await import(`../../../src/checks/${c.id}.ts`)) as { check?: unknown; id?: unknown };
      expect(mod.check, `src/checks/${c.id}.ts exports the check registered as ${c.id}`).toBe(c);
      expect(mod.id).toBe(c.id);
    }
  });

  it('runs every check and sorts the findings by file and line', () => {
    const entry = zhless();
    (entry.texts as Record<string, Record<string, string>>).ru!.summary = 'Something was wrong with the request.';
    const result = runChecks(catalogOf({ providers: { acme: { codes: [entry] } } }));
    expect(result.findings.map((f) => f.check)).toEqual(expect.arrayContaining(['locale-complete', 'unchanged-translation', 'stale-translation']));
    const order = result.findings.map((f) => f.line);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(result.failed).toBe(true);
  });

  it('accepts findings listed in the baseline, with their reason', () => {
    const catalog = catalogOf({
      providers: { acme: { codes: [zhless()] } },
      baseline: {
        accepted: [
          { check: 'locale-complete', code: 'ERROR_SAMPLE', locale: 'zh', reason: 'The zh vendor delivers next week.' },
          { check: 'stale-translation', reason: 'Texts are stamped in the next release.' },
        ],
      },
    });
    const result = runChecks(catalog);
    expect(result.findings).toEqual([]);
    expect(result.accepted.map((a) => a.reason)).toContain('The zh vendor delivers next week.');
  });

  it('reports a baseline entry that no longer matches anything', () => {
    const catalog = catalogOf({
      providers: { acme: { codes: [code({ texts: undefined }), code({ code: 'B' })].slice(1) } },
      baseline: { accepted: [{ check: 'link-drift', code: 'B', reason: 'Old host.' }, { check: 'stale-translation', reason: 'later' }] },
    });
    const result = runChecks(catalog);
    expect(lines(result.findings)).toMatchInlineSnapshot(`
      [
        "catalog/baseline.yaml:2:5 error [baseline] This accepted link-drift finding for B no longer occurs; a stale exemption would hide the next real one.",
      ]
    `);
  });

  it('fails on warnings only when strict', () => {
    const catalog = catalogOf();
    expect(runChecks(catalog).failed).toBe(false);
    expect(runChecks(catalog).warnings).toBeGreaterThan(0);
    expect(runChecks(catalog, { strict: true }).failed).toBe(true);
  });
});
