import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocusaurusPage, readCodeLine } from '../../../src/import/docusaurus.ts';

const FIXTURES = 'tests/fixtures/import-docusaurus';
const page = (name: string) => path.join(FIXTURES, name);
const parse = (name: string) => parseDocusaurusPage(readFileSync(page(name), 'utf8'), page(name));
const summary = (name: string) =>
  parse(name).entries.map((e) => `${e.line} ${[e.code, ...e.aliases].join(' + ')} "${e.name}"`);

describe('reading a Docusaurus error page', () => {
  it('reads every entry of the en page with its codes, aliases, names and lines', () => {
    expect(summary('en.md')).toEqual([
      '20 ERROR_WRONG_KEY "WRONG KEY"',
      '24 ERROR_NO_CREDIT "EMPTY WALLET"',
      '28 ERROR_PICTURE_TOO_LARGE "PICTURE TOO LARGE"',
      '38 ERROR_UNKNOWN_TASK + BAD_TASK_ID "TASK UNKNOWN"',
      '42 TASK_NOT_READY "NOT DONE YET"',
      '46 ERROR_PROXY_REFUSED "PROXY REFUSED"',
      '50 ERROR_PROXY_LOGIN "PROXY LOGIN FAILED"',
    ]);
    expect(parse('en.md').notes).toEqual([]);
  });

  it('skips an entry inside an admonition and an entry commented out across lines', () => {
    const codes = parse('en.md').entries.flatMap((e) => [e.code, ...e.aliases]);
    expect(codes).not.toContain('ERROR_INSIDE_ADMONITION');
    expect(codes).not.toContain('ERROR_RETIRED');
  });

  it('keeps the description as Markdown and drops every <br> variant', () => {
    const entries = parse('en.md').entries;
    const byCode = Object.fromEntries(entries.map((e) => [e.code, e]));
    expect(byCode.ERROR_WRONG_KEY!.description).toBe(
      'The key sent with the request belongs to no account. Copy it again from the [key page](https://panel.solverhub.example/keys) and send the request once more.',
    );
    expect(byCode.TASK_NOT_READY!.description).toBe('The task is still being solved. Ask again in **3 seconds**.');
    expect(byCode.ERROR_PROXY_LOGIN!.description).toContain('`proxyLogin`');
    for (const e of entries) expect(e.description).not.toMatch(/<br/i);
    expect(byCode.ERROR_WRONG_KEY).toMatchObject({ line: 20, codeLine: 21, descriptionLine: 22, label: 'API error code:' });
  });

  it('reads labels it has never seen, by structure: Russian, Chinese with full-width colon and comma, German', () => {
    expect(parse('ru.md').entries[0]!.label).toBe('Код ошибки в API:');
    const zh = parse('zh.md').entries;
    expect(zh[0]!.label).toBe('API 错误代码：');
    expect(zh.find((e) => e.code === 'ERROR_UNKNOWN_TASK')!.aliases).toEqual(['BAD_TASK_ID']);
    expect(zh.find((e) => e.code === 'ERROR_PROXY_REFUSED')!.label).toBe('API 错误代码:');
    const de = parse('de.md').entries;
    expect(de.map((e) => e.code)).toEqual(['ERROR_WRONG_KEY', 'ERROR_PICTURE_TOO_LARGE', 'ERROR_UNKNOWN_TASK', 'TASK_NOT_READY', 'ERROR_PROXY_REFUSED', 'ERROR_PROXY_LOGIN']);
    expect(de[0]!.label).toBe('Fehlercode der API:');
  });

  it('skips an admonition whose closing ::: is indented', () => {
    expect(summary('zh.md')[0]).toBe('9 ERROR_WRONG_KEY "WRONG KEY"');
    expect(parse('zh.md').notes).toEqual([]);
  });

  it('removes an inline MDX comment from a description, and an HTML comment from the page', () => {
    const ru = parse('ru.md').entries.find((e) => e.code === 'ERROR_NO_CREDIT')!;
    expect(ru.description).toBe('На счёте закончились средства. [Пополните счёт](https://solverhub.example/billing), прежде чем отправлять новые задачи.');
    expect(parse('de.md').entries[0]!.line).toBe(9);
  });

  it('reports partial entries with their line and imports the rest', () => {
    const { entries, notes } = parse('partial.md');
    expect(entries.map((e) => e.code)).toEqual(['ERROR_COMPLETE']);
    expect(notes.map((n) => `${n.file}:${n.line}:${n.column} ${n.severity} ${n.message}`)).toEqual([
      `${page('partial.md')}:3:1 warning The entry "NO CODE LINE" has no line of codes below its heading, so it was skipped.`,
      `${page('partial.md')}:7:1 warning The entry ERROR_NO_DESCRIPTION ("NO DESCRIPTION") has codes but no description, so it was skipped.`,
    ]);
  });

  it('finds no entry in an ordinary documentation page', () => {
    expect(parse('not-a-page.md')).toEqual({ entries: [], notes: [] });
  });

  it('turns <br /> inside a description into a Markdown hard break', () => {
    const text = '### `A`\nAPI error code: `ERROR_A` <br /> First line.<br/>Second line.\n';
    expect(parseDocusaurusPage(text, 'a.md').entries[0]!.description).toBe('First line.\\\nSecond line.');
  });

  it('does not read a heading inside fenced code as an entry', () => {
    const text = '```md\n### `FAKE`\nAPI error code: `ERROR_FAKE`\nNot real.\n```\n\n### `REAL`\nCode: `ERROR_REAL`\nReal.\n';
    expect(parseDocusaurusPage(text, 'a.md').entries.map((e) => e.code)).toEqual(['ERROR_REAL']);
  });

  it('warns about a comment that is never closed', () => {
    const text = '### `A`\nCode: `ERROR_A`\nText.\n\n{/* unfinished\n### `B`\nCode: `ERROR_B`\nText.\n';
    const { entries, notes } = parseDocusaurusPage(text, 'a.md');
    expect(entries.map((e) => e.code)).toEqual(['ERROR_A']);
    expect(notes).toMatchObject([{ severity: 'warning', line: 5, column: 1 }]);
  });

  it('ends an admonition that is never closed before the next heading, with a warning', () => {
    const text = ':::note Unclosed\nSome advice.\n\n### `A`\nCode: `ERROR_A`\nText.\n';
    const { entries, notes } = parseDocusaurusPage(text, 'a.md');
    expect(entries.map((e) => e.code)).toEqual(['ERROR_A']);
    expect(notes[0]).toMatchObject({ severity: 'warning', line: 1, message: expect.stringContaining('before the heading on line 4') });
  });

  it('skips a second entry for a code the page already has, with a warning', () => {
    const text = '### `A`\nCode: `ERROR_A`\nOne.\n\n### `A AGAIN`\nCode: `ERROR_A`\nTwo.\n';
    const { entries, notes } = parseDocusaurusPage(text, 'a.md');
    expect(entries).toHaveLength(1);
    expect(notes[0]).toMatchObject({ line: 5, message: 'ERROR_A already has an entry on line 1; this second one was skipped.' });
  });
});

describe('recognizing a code line', () => {
  it('accepts codes after any label that ends in a colon, and no label at all', () => {
    expect(readCodeLine('Código de error de la API: `ERROR_X` <br />')?.codes).toEqual(['ERROR_X']);
    expect(readCodeLine('**API-Fehlercode:** `ERROR_X`')?.codes).toEqual(['ERROR_X']);
    expect(readCodeLine('`ERROR_X`, `ERROR_Y`')?.codes).toEqual(['ERROR_X', 'ERROR_Y']);
    expect(readCodeLine('エラーコード：`ERROR_X`、`ERROR_Y`')?.codes).toEqual(['ERROR_X', 'ERROR_Y']);
  });

  it('refuses prose that merely contains a code span', () => {
    expect(readCodeLine('Check the `type` value.')).toBeUndefined();
    expect(readCodeLine('Set `type` then')).toBeUndefined();
    expect(readCodeLine('Code: `NOT A CODE`')).toBeUndefined();
    expect(readCodeLine('No code here.')).toBeUndefined();
  });
});

describe('the reader, for any input', () => {
  const fragments = fc.constantFrom(
    '###', '### ', '#', '`', '``', ':::', ':::info', '  :::', '{/*', '*/}', '<!--', '-->', '\n', '\n\n', '```', '~~~', '---',
    'API error code:', 'Код ошибки:', 'API 错误代码：', '`ERROR_X`', '`ERROR_Y`', ', ', '，', '<br/>', '<br />', '<br>', ' ', 'text', '*', '**', '[a](http://x.y)', '。', '. ',
  );

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fragments, { maxLength: 80 }).map((a) => a.join(''))), (text) => {
        const result = parseDocusaurusPage(text, 'x.md');
        expect(Array.isArray(result.entries)).toBe(true);
        for (const n of result.notes) expect(n.line).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  const entry = fc.record({
    name: fc.stringMatching(/^[A-Z][A-Z ]{1,20}[A-Z]$/),
    codes: fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9_]{2,15}$/), { minLength: 1, maxLength: 2 }),
    label: fc.constantFrom('API error code:', 'Код ошибки в API:', 'API 错误代码：', 'Código de error de la API:', 'Fehlercode der API:', ''),
    br: fc.constantFrom(' <br />', '<br />', '<br/>', ' <br>', ''),
    sep: fc.constantFrom(', ', '，', ' / '),
    description: fc.lorem({ maxCount: 3, mode: 'sentences' }),
  });
  const generatedPage = fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.codes[0] }).map((entries) => {
    const all = new Set<string>();
    const kept = entries.filter((e) => e.codes.every((c) => !all.has(c) && all.add(c)));
    return kept.map((e) => `### \`${e.name}\`\n${e.label}${e.label ? ' ' : ''}${e.codes.map((c) => `\`${c}\``).join(e.sep)}${e.br}\n${e.description}\n`).join('\n');
  });
  const fixturePage = fc.constantFrom('en.md', 'ru.md', 'zh.md', 'de.md').map((name) => readFileSync(page(name), 'utf8'));

  it('never loses an entry it recognized when unrelated text is appended', () => {
    fc.assert(
      fc.property(fc.oneof(generatedPage, fixturePage), fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fragments, { maxLength: 60 }).map((a) => a.join(''))), (text, tail) => {
        const before = parseDocusaurusPage(text, 'x.md').entries;
        expect(before.length).toBeGreaterThan(0);
        const after = parseDocusaurusPage(`${text}\n\n${tail}`, 'x.md').entries;
        for (const e of before) {
          expect(after).toContainEqual(expect.objectContaining({ code: e.code, aliases: e.aliases, name: e.name, line: e.line }));
        }
      }),
      { numRuns: 300 },
    );
  });
});
