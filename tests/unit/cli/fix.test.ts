import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { fixTypography } from '../../../src/cli/fix.ts';
import { catalogFiles, code, SITE } from '../helpers.ts';

function writeCatalog(files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-fix-')), 'catalog');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('errcat check --fix', () => {
  it('mends zh and ru typography, keeps comments, the other texts and the stamps, and leaves nothing to report', () => {
    const en = { title: 'Sample error', summary: 'Something was wrong with the request.' };
    const hash = sourceHash(en);
    const files = catalogFiles({ providers: { acme: { codes: [code({ texts: { en, ru: { source: hash, title: 'Пример', summary: 'Запрос неверен , см. "Журнал".' }, zh: { source: hash, title: '示例', summary: '请求有问题。 请检查API密钥。' } } })] } } });
    files['acme/errors.yaml'] = `# Acme's codes: a comment the fix keeps.\n${files['acme/errors.yaml']}`;
    const dir = writeCatalog(files);
    const r = fixTypography(dir);
    expect(r).toMatchObject({ fields: 2, restamped: 0 });
    const after = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
    expect(after).toContain("# Acme's codes: a comment the fix keeps.");
    expect(after).toContain('summary: Запрос неверен, см. «Журнал».');
    expect(after).toContain('summary: 请求有问题。请检查 API 密钥。');
    const catalog = loadCatalog(dir);
    expect(catalog.providers[0]!.codes[0]!.texts.zh!.source).toBe(hash);
    expect(runChecks(catalog).findings).toEqual([]);
  });

  it('stamps the current translations again when it mends the source text, and leaves a stale one stale', () => {
    const ru = { title: 'Пример', summary: 'Запрос неверен , проверьте его.' };
    const site = { ...SITE, sourceLocale: 'ru' };
    const texts = { ru, en: { source: sourceHash(ru), title: 'Sample', summary: 'The request is wrong; check it.' }, zh: { source: 'deadbeef', title: '示例', summary: '请求有误，请检查。' } };
    const dir = writeCatalog({ ...catalogFiles({ providers: { acme: { codes: [code({ texts })] } } }), 'site.yaml': stringify(site) });
    expect(fixTypography(dir)).toMatchObject({ fields: 1, restamped: 1 });
    const c = loadCatalog(dir).providers[0]!.codes[0]!;
    expect(c.texts.ru!.summary).toBe('Запрос неверен, проверьте его.');
    expect(c.texts.en!.source).toBe(sourceHash(c.texts.ru!));
    expect(c.texts.zh!.source).toBe('deadbeef');
  });

  it('changes no byte of a catalog without typography slips', () => {
    const dir = writeCatalog(catalogFiles());
    const before = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
    expect(fixTypography(dir).fields).toBe(0);
    expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toBe(before);
  });
});
