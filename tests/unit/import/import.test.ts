import { sourceHash } from '../../../src/catalog/hash.ts';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/run.ts';
import { CatalogLoadError, loadCatalog } from '../../../src/catalog/load.ts';
import { codesIn, expectUsageError, LOCALES, MERGE, mergeFolder, page, run, snapshot, tempDir } from './helpers.ts';

describe('importing Docusaurus pages into a fresh folder', () => {
  it('matches entries across four locales by code and keeps each page\'s order in the notes', () => {
    const out = tempDir();
    const result = run(out);
    expect(result.codes.map((c) => `${c.code} ${c.status} ${c.added.join(',')}`)).toEqual([
      'ERROR_WRONG_KEY added en,ru,zh,de',
      'ERROR_NO_CREDIT added en,ru,zh',
      'ERROR_PICTURE_TOO_LARGE added en,ru,zh,de',
      'ERROR_UNKNOWN_TASK added en,ru,zh,de',
      'TASK_NOT_READY added en,ru,zh,de',
      'ERROR_PROXY_REFUSED added en,zh,de',
      'ERROR_PROXY_LOGIN added en,zh,de',
    ]);
    expect(result.pages.map((p) => `${p.locale} ${p.entries.length}`)).toEqual(['en 7', 'ru 5', 'zh 7', 'de 6']);
    expect(result.files.map((f) => `${path.relative(out, f.path)} ${f.status}`)).toEqual([
      'solverhub/errors.yaml created',
      'solverhub/provider.yaml created',
      'site.yaml created',
    ]);
    expect(result.written).toBe(true);
  });

  it('writes names, aliases, per-locale texts with their origin lines, and keeps links and quantities as written', () => {
    const out = tempDir();
    run(out);
    const codes = codesIn(out);
    const task = codes.ERROR_UNKNOWN_TASK!;
    expect(task).toMatchObject({ aliases: ['BAD_TASK_ID'], name: 'TASK UNKNOWN' });
    expect(task.texts.en).toEqual({
      summary: 'No task has this id, or it was dropped after *10 minutes*. Ask for the result soon after you create the task.',
      origin: 'tests/fixtures/import-docusaurus/en.md:38',
      imported: sourceHash({ summary: task.texts.en!.summary }),
    });
    // Translations imported with their source are stamped with its hash.
    expect(task.texts.ru!.source).toBe(sourceHash({ summary: task.texts.en!.summary }));
    expect(task.texts.zh!.origin).toBe('tests/fixtures/import-docusaurus/zh.md:21');
    expect(task.texts.de!.origin).toBe('tests/fixtures/import-docusaurus/de.md:21');
    expect(task.texts.ru!.summary).toBe('Задачи с таким id нет, или она удалена через *10 минут*. Запрашивайте результат вскоре после создания задачи.');

    const picture = codes.ERROR_PICTURE_TOO_LARGE!;
    expect(picture.texts.en!.summary).toBe('The picture you sent is bigger than 50 KB. Shrink or recompress it, then send the task again.');
    expect(picture.texts.ru!.summary).toBe('Присланная картинка больше 50 000 байт.');
    expect(picture.texts.zh!.summary).toBe('您发送的图片超过 500,000 字节。');

    const key = codes.ERROR_WRONG_KEY!;
    expect(key.texts.en!.summary).toContain('(https://panel.solverhub.example/keys)');
    expect(key.texts.zh!.summary).toContain('(https://solverhub.example/keys)');

    expect(Object.keys(codes.ERROR_PROXY_REFUSED!.texts)).toEqual(['en', 'zh', 'de']);
    expect(Object.keys(codes.ERROR_NO_CREDIT!.texts)).toEqual(['en', 'ru', 'zh']);
    expect(Object.keys(codes)).not.toContain('ERROR_RETIRED');
    expect(Object.keys(codes)).not.toContain('ERROR_INSIDE_ADMONITION');
  });

  it('gives the fields the pages do not state conservative values and says so in decisions', () => {
    const out = tempDir();
    run(out);
    const codes = codesIn(out);
    expect(Object.values(codes).map((c) => `${c.code} ${c.http} ${c.category} ${c.phases.join(',')} ${c.retry.policy}`)).toEqual([
      'ERROR_WRONG_KEY 200 auth any after-fix',
      'ERROR_NO_CREDIT 200 task any after-fix',
      'ERROR_PICTURE_TOO_LARGE 200 task any after-fix',
      'ERROR_UNKNOWN_TASK 200 task any after-fix',
      'TASK_NOT_READY 200 polling any after-fix',
      'ERROR_PROXY_REFUSED 200 proxy any after-fix',
      'ERROR_PROXY_LOGIN 200 proxy any after-fix',
    ]);
    for (const c of Object.values(codes)) {
      expect(c.decisions).toEqual([
        { about: 'imported', note: 'http, category, phases and retry were set by the importer; review them.' },
      ]);
    }
  });

  it('puts the whole description in summary in every locale and invents no title or action, so that the checks compare like with like', () => {
    const out = tempDir();
    run(out);
    for (const c of Object.values(codesIn(out))) {
      for (const text of Object.values(c.texts)) {
        expect(text.action).toBeUndefined();
        expect(text.title).toBeUndefined();
      }
    }
    const findings = runChecks(loadCatalog(out)).findings;
    expect(findings.filter((f) => f.check === 'unchanged-translation' || f.check === 'stale-translation')).toEqual([]);
  });

  it('reports missing entries, partial entries and order differences with the page and line', () => {
    const out = tempDir();
    const result = run(out);
    expect(result.notes.map((n) => `${n.file}:${n.line}:${n.column} ${n.severity} ${n.message}`)).toEqual([
      'tests/fixtures/import-docusaurus/de.md:13:1 warning The entry "HALF ENTRY" has no line of codes below its heading, so it was skipped.',
      'tests/fixtures/import-docusaurus/de.md:17:1 warning de has no entry for ERROR_NO_CREDIT ("EMPTY WALLET"), which en has at tests/fixtures/import-docusaurus/en.md:24; the catalog gets no de text for it.',
      'tests/fixtures/import-docusaurus/ru.md:30:1 warning ru has no entry for ERROR_PROXY_LOGIN ("PROXY LOGIN FAILED"), which en has at tests/fixtures/import-docusaurus/en.md:50; the catalog gets no ru text for it.',
      'tests/fixtures/import-docusaurus/ru.md:30:1 warning ru has no entry for ERROR_PROXY_REFUSED ("PROXY REFUSED"), which en has at tests/fixtures/import-docusaurus/en.md:46; the catalog gets no ru text for it.',
      "tests/fixtures/import-docusaurus/zh.md:18:1 note TASK_NOT_READY comes after ERROR_PICTURE_TOO_LARGE here, but after ERROR_UNKNOWN_TASK in en (tests/fixtures/import-docusaurus/en.md:42); the catalog follows en's order.",
    ]);
    for (const n of result.notes) expect(n.hint).not.toBe('');
  });

  it('writes a folder that errcat check loads, and the checks see the planted drifts', () => {
    const out = tempDir();
    run(out);
    const catalog = loadCatalog(out);
    expect(catalog.findings).toEqual([]);
    expect(catalog.site.locales.map((l) => `${l.id} ${l.name}`)).toEqual(['en English', 'ru Русский', 'zh 中文', 'de Deutsch']);
    expect(catalog.site).toMatchObject({ sourceLocale: 'en', defaultLocale: 'en', providers: ['solverhub'] });
    expect(catalog.providers[0]).toMatchObject({ id: 'solverhub', name: 'Solverhub', apiStyle: 'status-200-body', phases: [{ id: 'any' }] });
    const findings = runChecks(catalog).findings;
    const missing = findings.filter((f) => f.check === 'locale-complete').map((f) => `${f.code} ${f.locales[0]}`);
    expect(missing.sort()).toEqual(['ERROR_NO_CREDIT de', 'ERROR_PROXY_LOGIN ru', 'ERROR_PROXY_REFUSED ru']);
    const host = findings.find((f) => f.check === 'link-drift' && f.code === 'ERROR_WRONG_KEY' && f.locales[0] === 'zh');
    expect(host?.message).toContain('links to host solverhub.example');
    expect(host?.file).toBe(path.join(out, 'solverhub', 'errors.yaml'));
    const size = findings.filter((f) => f.check === 'quantity-drift' && f.code === 'ERROR_PICTURE_TOO_LARGE');
    expect(size.map((f) => `${f.severity} ${f.locales[0]}`)).toEqual(['warning ru', 'error zh']);
    expect(size[1]!.message).toContain('zh says “500,000 字节”');
  });

  it('gives byte-identical files when the same pages are imported twice', () => {
    const out = tempDir();
    run(out);
    const first = snapshot(out);
    const again = run(out);
    expect(snapshot(out)).toEqual(first);
    expect(again.written).toBe(false);
    expect(again.files.map((f) => f.status)).toEqual(['unchanged']);
    expect(again.codes.every((c) => c.status === 'unchanged')).toBe(true);
  });

  it('writes nothing on a dry run, and says what it would write', () => {
    const out = path.join(tempDir(), 'catalog');
    const result = run(out, { dryRun: true });
    expect(existsSync(out)).toBe(false);
    expect(result.written).toBe(false);
    expect(result.files.map((f) => f.status)).toEqual(['created', 'created', 'created']);
    expect(result.codes).toHaveLength(7);
  });

  it('reports progress after each page it reads', () => {
    const seen: string[] = [];
    run(tempDir(), { dryRun: true, onProgress: (done, total, file) => seen.push(`${done}/${total} ${file}`) });
    expect(seen).toEqual(LOCALES.map((l, i) => `${i + 1}/4 ${l.file}`));
  });

  it('names the provider with --name when it creates provider.yaml', () => {
    const out = tempDir();
    run(out, { name: 'SolverHub' });
    expect(parse(readFileSync(path.join(out, 'solverhub', 'provider.yaml'), 'utf8')).name).toBe('SolverHub');
  });
});

describe('importing into a provider that exists', () => {
  it('replaces what the pages state, fills the rest, and keeps every hand-written field and other locale', () => {
    const out = mergeFolder();
    const before = codesIn(out).ERROR_WRONG_KEY!;
    const result = run(out, { overwrite: true });
    const key = codesIn(out).ERROR_WRONG_KEY!;
    expect(key.retry).toEqual(before.retry);
    expect(key.links).toEqual(before.links);
    expect(key.decisions).toEqual(before.decisions);
    expect(key.texts.fr).toEqual(before.texts.fr);
    const summary = 'The key sent with the request belongs to no account. Copy it again from the [key page](https://panel.solverhub.example/keys) and send the request once more.';
    expect(key.texts.en).toEqual({
      title: 'Key not recognized',
      summary,
      cause: 'The key was mistyped.',
      action: 'Copy the key again.',
      origin: 'tests/fixtures/import-docusaurus/en.md:20',
      imported: sourceHash({ summary }),
    });
    expect(key.texts.de).toMatchObject({ origin: 'tests/fixtures/import-docusaurus/de.md:9' });
    expect(key.texts.de!.title).toBeUndefined();
    expect(Object.keys(key.texts)).toEqual(['en', 'fr', 'ru', 'zh', 'de']);
    expect(result.codes[0]).toEqual({ code: 'ERROR_WRONG_KEY', status: 'updated', added: ['ru', 'zh', 'de'], updated: ['en'] });
    expect(result.kept).toEqual(['ERROR_HAND_ONLY']);
  });

  it('keeps codes the pages do not list, comments and layout byte for byte, and appends new codes', () => {
    const out = mergeFolder();
    const original = readFileSync(path.join(MERGE, 'solverhub', 'errors.yaml'), 'utf8');
    run(out);
    const text = readFileSync(path.join(out, 'solverhub', 'errors.yaml'), 'utf8');
    const handOnly = original.slice(original.indexOf('  - code: ERROR_HAND_ONLY'));
    expect(text).toContain(handOnly);
    expect(text.startsWith(original.slice(0, original.indexOf('    texts:\n')))).toBe(true);
    expect(text).toContain('# Kept by hand since March; reviewed with SolverHub support.');
    expect(text).toContain('# The key error: support confirmed it is checked on every call.');
    expect(text).toContain('- code: ERROR_HAND_ONLY # on no page; must survive the import');
    const codes = codesIn(out);
    expect(Object.keys(codes)).toEqual([
      'ERROR_WRONG_KEY',
      'ERROR_HAND_ONLY',
      'ERROR_NO_CREDIT',
      'ERROR_PICTURE_TOO_LARGE',
      'ERROR_UNKNOWN_TASK',
      'TASK_NOT_READY',
      'ERROR_PROXY_REFUSED',
      'ERROR_PROXY_LOGIN',
    ]);
    expect(codes.ERROR_NO_CREDIT!.decisions![0]!.about).toBe('imported');
    expect(readFileSync(path.join(out, 'site.yaml'), 'utf8')).toBe(readFileSync(path.join(MERGE, 'site.yaml'), 'utf8'));
    expect(readFileSync(path.join(out, 'solverhub', 'provider.yaml'), 'utf8')).toBe(readFileSync(path.join(MERGE, 'solverhub', 'provider.yaml'), 'utf8'));
    expect(loadCatalog(out).findings).toEqual([]);
  });

  it('keeps a title and action written after the first import, and stamps a translation the page changed against the source text', () => {
    const out = tempDir();
    run(out, { locales: LOCALES.slice(0, 2) });
    const file = path.join(out, 'solverhub', 'errors.yaml');
    const edited = readFileSync(file, 'utf8')
      .replace('        origin: tests/fixtures/import-docusaurus/ru.md:12', '        origin: tests/fixtures/import-docusaurus/ru.md:12\n        title: Неверный ключ\n        action: Скопируйте ключ заново.');
    writeFileSync(file, edited);
    expect(run(out, { locales: LOCALES.slice(0, 2) }).written).toBe(false);
    const changedPage = path.join(out, 'ru.md');
    writeFileSync(changedPage, readFileSync(page('ru.md'), 'utf8').replace('Ключ из запроса', 'Ключ в запросе'));
    const result = run(out, { locales: [LOCALES[0]!, { locale: 'ru', file: changedPage }] });
    expect(result.codes[0]).toMatchObject({ code: 'ERROR_WRONG_KEY', status: 'updated', updated: ['ru'] });
    const key = codesIn(out).ERROR_WRONG_KEY!;
    const summary = 'Ключ в запросе не принадлежит ни одному аккаунту. Скопируйте его заново на [странице ключей](https://panel.solverhub.example/keys) и повторите запрос.';
    expect(key.texts.ru).toEqual({
      source: sourceHash(key.texts.en!),
      title: 'Неверный ключ',
      summary,
      action: 'Скопируйте ключ заново.',
      origin: `${changedPage}:12`,
      imported: sourceHash({ summary }),
    });
    expect(Object.keys(key.texts.ru!)[0]).toBe('source');
  });

  it('gives byte-identical files when the merge runs twice', () => {
    const out = mergeFolder();
    run(out);
    const first = snapshot(out);
    expect(run(out).written).toBe(false);
    expect(snapshot(out)).toEqual(first);
  });

  it('writes nothing on a dry run and reports the added and replaced locales', () => {
    const out = mergeFolder();
    const before = snapshot(out);
    const result = run(out, { dryRun: true });
    expect(snapshot(out)).toEqual(before);
    expect(result.files.map((f) => `${path.relative(out, f.path)} ${f.status}`)).toEqual(['solverhub/errors.yaml updated']);
    expect(result.codes.filter((c) => c.status !== 'unchanged')).toHaveLength(7);
  });

  it('warns when site.yaml does not list the provider or a locale', () => {
    const out = mergeFolder();
    const result = run(out, { provider: 'other-hub' });
    const site = result.notes.filter((n) => n.file === path.join(out, 'site.yaml')).map((n) => n.message);
    expect(site).toEqual(['site.yaml does not list the provider other-hub, so the site and the checks will not see the imported codes.']);
  });
});

describe('input the import cannot use', () => {
  function expectInputError(fn: () => unknown): CatalogLoadError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogLoadError);
      return e as CatalogLoadError;
    }
    throw new Error('expected an input error');
  }

  it('refuses a page with no entry, naming the file and line, and writes nothing', () => {
    const out = path.join(tempDir(), 'catalog');
    const e = expectInputError(() => run(out, { locales: [LOCALES[0]!, { locale: 'ru', file: page('not-a-page.md') }] }));
    expect(e.message).toBe('tests/fixtures/import-docusaurus/not-a-page.md is not an error page: no entry was recognized.');
    expect(e.position).toEqual({ file: page('not-a-page.md'), line: 1, column: 1 });
    expect(e.hint).toContain('### `NO FUNDS`');
    expect(existsSync(out)).toBe(false);
  });

  it('points at the first partial entry of a page that has nothing else', () => {
    const dir = tempDir();
    const file = path.join(dir, 'half.md');
    writeFileSync(file, '# Errors\n\n### `HALF`\nJust prose.\n');
    const e = expectInputError(() => run(dir, { locales: [{ locale: 'en', file }] }));
    expect(e.position).toEqual({ file, line: 3, column: 1 });
  });

  it('refuses a binary file and bytes that are not UTF-8, with line and column', () => {
    const dir = tempDir();
    const binary = path.join(dir, 'logo.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x41, 0x00, 0x01]));
    expect(expectInputError(() => run(dir, { locales: [{ locale: 'en', file: binary }] })).position).toEqual({ file: binary, line: 2, column: 2 });
    const latin1 = path.join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.concat([Buffer.from('### `A`\nCode: `ERROR_A`\nCaf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    const e = expectInputError(() => run(dir, { locales: [{ locale: 'en', file: latin1 }] }));
    expect(e.message).toContain('is not UTF-8');
    expect(e.position).toEqual({ file: latin1, line: 3, column: 4 });
  });

  it('refuses a missing page', () => {
    const e = expectInputError(() => run(tempDir(), { locales: [{ locale: 'en', file: 'no/such/page.md' }] }));
    expect(e.message).toBe('no/such/page.md does not exist.');
  });

  it('refuses a provider id or locale id it cannot use as a usage error, naming the flag', () => {
    expect(expectUsageError(() => run(tempDir(), { provider: 'Solver Hub' }))).toMatchObject({ message: 'The provider id "Solver Hub" is not kebab-case.', flag: '--provider' });
    expect(expectUsageError(() => run(tempDir(), { locales: [{ locale: 'zh CN!!', file: page('zh.md') }] }))).toMatchObject({ message: '"zh CN!!" is not a locale id.', flag: '--locale' });
  });

  it('reports and skips an entry whose description is too long to be a catalog text, instead of failing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'long.md');
    writeFileSync(file, `### \`SHORT\`\nCode: \`ERROR_SHORT\`\nFine.\n\n### \`LONG\`\nCode: \`ERROR_LONG\`\n${'word '.repeat(4_001)}\n`);
    const result = run(path.join(dir, 'catalog'), { locales: [{ locale: 'en', file }] });
    expect(result.codes.map((c) => c.code)).toEqual(['ERROR_SHORT']);
    expect(result.notes.map((n) => `${n.file}:${n.line} ${n.severity} ${n.message}`)).toEqual([
      `${file}:7 warning The description of ERROR_LONG cannot be a catalog text (too big: expected string to have <=20000 characters), so the entry was skipped.`,
    ]);
  });

  it('refuses a catalog file that is a folder, and an --out that is a file, with the path and a hint', () => {
    const out = mergeFolder();
    rmSync(path.join(out, 'site.yaml'));
    mkdirSync(path.join(out, 'site.yaml'));
    const folder = expectInputError(() => run(out));
    expect(folder.message).toBe(`${path.join(out, 'site.yaml')} is a folder, not a file.`);
    const file = path.join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const write = expectInputError(() => run(file, { locales: LOCALES.slice(0, 1) }));
    expect(write.position.file).toBe(path.join(file, 'solverhub', 'errors.yaml'));
    expect(write.message).toMatch(/could not be written \(ENOTDIR: .*\); nothing was changed\.$/);
  });

  it('refuses to merge into an errors.yaml that is not valid YAML, and changes nothing', () => {
    const out = mergeFolder();
    const file = path.join(out, 'solverhub', 'errors.yaml');
    writeFileSync(file, 'codes:\n  - code: A\n   http: 200\n');
    const e = expectInputError(() => run(out));
    expect(e.position.file).toBe(file);
    expect(e.position.line).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe('codes:\n  - code: A\n   http: 200\n');
  });
});
