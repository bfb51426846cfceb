import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { parseColumns } from '../../../src/import/table-columns.ts';
import { codesIn as codesOfTable, importMarkdown, parseTablePage } from '../../../src/import/tables.ts';
import { codesIn, expectUsageError, tempDir } from './helpers.ts';

const DIR = 'tests/fixtures/import-tables';
const TABLES = ['en', 'ru', 'zh'].map((locale) => ({ locale, file: path.join(DIR, `${locale}.md`) }));
const read = (text: string) => parseTablePage(text, 'page.md');
const rows = (text: string) => read(text).entries.map((e) => [e.code, ...e.aliases].join('|') + ` ${e.stated?.http?.value ?? '-'} ${e.description}`);

describe('reading tables of error codes', () => {
  it('reads pipe, HTML and YFM tables alike, each row at its line', () => {
    const pipe = '| Code | HTTP | Description |\n|---|---|---|\n| `A_ONE` | 401 | First. |\n| `A_TWO` | 404 | Second. |\n';
    const html = '<table>\n<tr><th>Code</th><th>HTTP</th><th>Description</th></tr>\n<tr><td><code>A_ONE</code></td><td>401</td><td>First.</td></tr>\n<tr><td><code>A_TWO</code></td><td>404</td><td>Second.</td></tr>\n</table>\n';
    const yfm = '#|\n|| Code | HTTP | Description ||\n|| `A_ONE` | 401 | First. ||\n|| `A_TWO`\n| 404\n| Second. ||\n|#\n';
    for (const page of [pipe, html, yfm]) expect(rows(page)).toEqual(['A_ONE 401 First.', 'A_TWO 404 Second.']);
    expect(read(yfm).entries.map((e) => `${e.line} ${e.stated?.http?.line}`)).toEqual(['3 3', '4 5']);
    expect(read(html).entries.map((e) => e.line)).toEqual([3, 4]);
  });

  it('reports a YFM row that is never closed, at the line where its text is lost', () => {
    const page = '#|\n|| Code | Description ||\n|| `A_ONE` | First.\n|| `A_TWO` | Second. ||\n|#\n';
    const parsed = read(page);
    expect(parsed.entries.map((e) => e.code)).toEqual(['A_ONE']);
    expect(parsed.notes.map((n) => `${n.line} ${n.message}`)).toEqual(['4 This line of a YFM table stands outside any row (a row opens and closes with ||), so what it holds was not read.']);
  });

  it('finds the columns from header words in other languages, whatever their order', () => {
    const ru = '| Описание | Код ошибки | HTTP-статус |\n|---|---|---|\n| Нет ключа. | `NO_KEY` | 401 |\n';
    const zh = '| 说明 | 错误码 | 状态码 |\n|---|---|---|\n| 没有密钥。 | NO_KEY | 401 |\n';
    const es = '| Código | Estado | Descripción |\n|---|---|---|\n| NO_KEY | 401 | Falta la clave. |\n';
    expect([ru, zh, es].map(rows)).toEqual([['NO_KEY 401 Нет ключа.'], ['NO_KEY 401 没有密钥。'], ['NO_KEY 401 Falta la clave.']]);
  });

  it('finds the columns from the cells when the header words say nothing', () => {
    const page = '| A | B | C |\n|---|---|---|\n| 503 | The upstream is down for maintenance. | UPSTREAM_DOWN |\n| 401 | The key is wrong. | KEY_WRONG |\n';
    expect(rows(page)).toEqual(['UPSTREAM_DOWN 503 The upstream is down for maintenance.', 'KEY_WRONG 401 The key is wrong.']);
  });

  it('checks the header words against the cells: a numeric code column and a second status column give way to the columns that hold codes and statuses', () => {
    const page = '| gRPC code | gRPC status | HTTP code | Error description |\n----- | ----- | ----- | -----\n| 5 | NOT_FOUND | 404 | The resource was not found. |\n| 16 | UNAUTHENTICATED | 401 | Sign in first. |\n';
    expect(rows(page)).toEqual(['NOT_FOUND 404 The resource was not found.', 'UNAUTHENTICATED 401 Sign in first.']);
  });

  it('turns HTML inside pipe and YFM cells into Markdown, and reads a code written as a link', () => {
    const pipe = '| Code | Description |\n|---|---|\n| [BAD_SESSION](#bad-session) | The session is gone.<br/><br/>Create a <b>new</b> one. |\n';
    const yfm = '#|\n|| Code | Description ||\n|| `BAD_SESSION` | The session is gone.<br/>Create a new one. ||\n|#\n';
    expect(rows(pipe)).toEqual(['BAD_SESSION - The session is gone.\n\nCreate a **new** one.']);
    expect(rows(yfm)).toEqual(['BAD_SESSION - The session is gone.\\\nCreate a new one.']);
  });

  it('takes --columns over what the header says', () => {
    const page = '| Name | Code | Text |\n|---|---|---|\n| KEY_WRONG | 401 | Wrong key. |\n';
    const entries = parseTablePage(page, 'p.md', parseColumns('code=1,http=2,text=3')).entries;
    expect(entries.map((e) => `${e.code} ${e.stated?.http?.value} ${e.description}`)).toEqual(['KEY_WRONG 401 Wrong key.']);
  });

  it('reads an alias and a message written after the code in the code cell', () => {
    expect(codesOfTable('`ADDRESS_INVALID` `ADDR_INVALID`')).toEqual({ codes: ['ADDRESS_INVALID', 'ADDR_INVALID'], message: '' });
    expect(codesOfTable('AUTH_INVALID, AUTH_BAD — The key is not accepted.')).toEqual({ codes: ['AUTH_INVALID', 'AUTH_BAD'], message: 'The key is not accepted.' });
    expect(rows('| Error | HTTP |\n|---|---|\n| `CAPACITY`: No workers are free. | 429 |\n')).toEqual(['CAPACITY 429 No workers are free.']);
  });

  it('reads tables written one after another without blank lines, where GFM makes the next header and delimiter rows body rows', () => {
    const page = 'Intro line.\n| Error | HTTP | Description |\n|---|---|---|\n| A_ONE | 401 | First. |\n| Error | HTTP | Description |\n|---|---|---|\n| A_TWO | 404 | Second. |\n';
    expect(rows(page)).toEqual(['A_ONE 401 First.', 'A_TWO 404 Second.']);
    expect(read(page).notes).toEqual([]);
  });

  it('skips tables of other things and tables inside fenced code', () => {
    const page = '| Parameter | Type |\n|---|---|\n| clientKey | string |\n| task | object |\n\n```\n| Code | Description |\n|---|---|\n| NOT_READ | example |\n```\n';
    expect(read(page)).toEqual({ entries: [], notes: [] });
  });

  it('reads a yes/no retry column in any of the languages', () => {
    const words = ['yes', 'нет', '否', 'ja', 'sí', 'não', 'oui'];
    const page = `| Code | Retryable | Description |\n|---|---|---|\n${words.map((w, i) => `| C_${i} | ${w} | Text. |`).join('\n')}\n`;
    expect(read(page).entries.map((e) => e.stated?.retryable?.value)).toEqual([true, false, false, true, true, false, true]);
  });

  it('takes the category from the section heading above the table, nearest first', () => {
    const page = '# Errors\n\n## Proxy\n\n### Connection\n\n| Code | Description |\n|---|---|\n| `P_REFUSED` | Refused. |\n\n## Прочее\n\n| Code | Description |\n|---|---|\n| `OTHER` | Other. |\n';
    expect(read(page).entries.map((e) => e.stated?.section)).toEqual([
      { heading: 'Proxy', line: 3, category: 'proxy' },
      { heading: 'Прочее', line: 11 },
    ]);
  });

  it('reports a table whose code column holds no code the catalog can hold', () => {
    const notes = read('| Code | Description |\n|---|---|\n| 0x0001 | Out of memory. |\n').notes;
    expect(notes.map((n) => `${n.line} ${n.message}`)).toEqual(['1 This table\'s column 1 ("Code") holds no codes the catalog can hold (such as "0x0001"), so the table was skipped.']);
  });

  it('refuses --columns that name no code column or a role twice, as usage errors', () => {
    expect(expectUsageError(() => parseColumns('http=2,text=3')).message).toContain('which column holds the code');
    expect(expectUsageError(() => parseColumns('code=1,code=2')).message).toContain('names code twice');
    expect(expectUsageError(() => parseColumns('code=0')).message).toContain('is not <role>=<column>');
  });
});

describe('importing table pages in en, ru and zh', () => {
  it('matches the entries by code, never by row position, and writes each page\'s status, retry column and section', () => {
    const out = tempDir();
    const result = importMarkdown({ provider: 'parcel', locales: TABLES, out });
    expect(result.pages.map((p) => `${p.locale} ${p.entries.length}`)).toEqual(['en 6', 'ru 6', 'zh 6']);
    const codes = codesIn(out, 'parcel');
    // ru lists the shipments in another order, and without the alias.
    expect(codes.ADDRESS_INVALID).toMatchObject({ aliases: ['ADDR_INVALID'], http: 422, texts: { ru: { origin: 'tests/fixtures/import-tables/ru.md:29' } } });
    expect(codes.SHIPMENT_NOT_FOUND!.texts.ru!.summary).toBe('Отправления с таким идентификатором нет, или оно принадлежит другому аккаунту.');
    expect(codes.AUTH_KEY_REVOKED!.texts.ru!.summary).toBe('Ключ отозван в личном кабинете;\nсоздайте новый.');
    expect(codes.AUTH_KEY_MISSING).toMatchObject({ http: 401, category: 'auth', retry: { policy: 'after-fix' } });
    expect(codes.RATE_LIMITED).toMatchObject({ http: 429, category: 'capacity', retry: { policy: 'after-wait' } });
    expect(codes.SHIPMENT_NOT_FOUND!.decisions!.map((d) => d.about)).toEqual(['imported', 'category']);
    expect(codes.SHIPMENT_NOT_FOUND!.decisions![0]!.note).toBe('category and phases were set by the importer, http and retry taken from the source; review them.');
  });

  it('takes the source locale\'s status and retry word where ru says otherwise, records both, and reports each conflict at file:line', () => {
    const out = tempDir();
    const result = importMarkdown({ provider: 'parcel', locales: [...TABLES].reverse(), out, source: 'en' });
    const conflicts = result.notes.filter((n) => n.message.includes(' states the '));
    expect(conflicts.map((n) => `${n.file}:${n.line} ${n.message}`)).toEqual([
      'tests/fixtures/import-tables/ru.md:20 ru states the retryability of RATE_LIMITED as "нет" where en states "yes" (tests/fixtures/import-tables/en.md:20); the catalog takes "yes" and records both in the code\'s decisions.',
      'tests/fixtures/import-tables/ru.md:21 ru states the HTTP status of QUOTA_EXCEEDED as 403 where en states 429 (tests/fixtures/import-tables/en.md:21); the catalog takes 429 and records both in the code\'s decisions.',
    ]);
    const quota = codesIn(out, 'parcel').QUOTA_EXCEEDED!;
    expect(quota.http).toBe(429);
    expect(quota.decisions!.find((d) => d.about === 'http')!.note).toBe(
      'The pages disagree: en states 429 (tests/fixtures/import-tables/en.md:21); zh states 429 (tests/fixtures/import-tables/zh.md:11); ru states 403 (tests/fixtures/import-tables/ru.md:21). The import took en\'s 429; check which is right.',
    );
  });

  it('writes a catalog that checks without errors, and importing again changes nothing', () => {
    const out = tempDir();
    importMarkdown({ provider: 'parcel', locales: TABLES, out });
    const result = runChecks(loadCatalog(out));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(importMarkdown({ provider: 'parcel', locales: TABLES, out }).written).toBe(false);
  });

  it('keeps a status the catalog holds when the pages now state another, and says so at the catalog\'s line', () => {
    const out = tempDir();
    importMarkdown({ provider: 'parcel', locales: TABLES, out });
    const file = path.join(out, 'parcel', 'errors.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - code: QUOTA_EXCEEDED\n    http: 429', '  - code: QUOTA_EXCEEDED\n    http: 418'));
    const result = importMarkdown({ provider: 'parcel', locales: TABLES, out });
    expect(result.notes.filter((n) => n.file === file).map((n) => n.message)).toEqual(['The pages state http 429 for QUOTA_EXCEEDED; the catalog has 418, which the import kept.']);
    expect(codesIn(out, 'parcel').QUOTA_EXCEEDED!.http).toBe(418);
  });

  it('refuses a page that holds no table of codes, naming the table shape', () => {
    const out = tempDir();
    expect(() => importMarkdown({ provider: 'parcel', locales: [{ locale: 'en', file: 'tests/fixtures/import-docusaurus/en.md' }], out })).toThrow(/is not an error page/);
  });
});
