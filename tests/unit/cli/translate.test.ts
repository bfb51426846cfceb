import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function errcat(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/errcat.mjs', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function copy(): { dir: string; catalog: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'errcat-xliff-cli-'));
  cpSync('tests/fixtures/translate/catalog', path.join(dir, 'catalog'), { recursive: true });
  return { dir, catalog: path.join(dir, 'catalog') };
}

describe('errcat xliff and po', () => {
  it('exports one provider to a file and says how many units are new, to review and translated', () => {
    const { dir, catalog } = copy();
    const out = path.join(dir, 'ru.xlf');
    const r = errcat(['xliff', 'export', '--locale', 'ru', '--provider', 'acme', '--catalog', catalog, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('6 units for ru: 3 new, 3 to review, 0 translated');
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">/);
  });

  it('reports a finding of an imported text with the unit it came from, and exits 1', () => {
    const { dir, catalog } = copy();
    const po = path.join(dir, 'ru.po');
    expect(errcat(['po', 'export', '--locale', 'ru', '--catalog', catalog, '--out', po]).code).toBe(0);
    // A translator drops the code span from one text.
    const text = readFileSync(po, 'utf8').replace('msgstr "Токен `Authorization` устарел."', 'msgstr "Токен авторизации устарел."').replace(/#, fuzzy\n/g, '');
    writeFileSync(po, text);
    const r = errcat(['po', 'import', po, '--catalog', catalog]);
    expect(r.code).toBe(1);
    const line = text.split('\n').indexOf('msgctxt "acme/TOKEN_EXPIRED/summary"') + 1;
    expect(r.out).toMatch(new RegExp(`errors\\.yaml:\\d+:\\d+ error \\[literal-parity\\] TOKEN_EXPIRED: The ru summary lacks \`Authorization\`[^\\n]*\\n  hint: [^\\n]*\\n  from: [^\\n]*ru\\.po:${line} \\(acme/TOKEN_EXPIRED/summary\\)`));
    expect(r.out).toContain('Wrote 1 ru translation');
  });

  it('stops with file:line:col and writes nothing when the XLIFF is not well-formed', () => {
    const { dir, catalog } = copy();
    const file = path.join(dir, 'ru.xlf');
    writeFileSync(file, '<?xml version="1.0"?>\n<xliff version="1.2">\n  <file>\n</xliff>\n');
    const before = readFileSync(path.join(catalog, 'acme/errors.yaml'), 'utf8');
    const r = errcat(['xliff', 'import', file, '--catalog', catalog]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ru\.xlf:4:\d+ error The file is not well-formed XML/);
    expect(readFileSync(path.join(catalog, 'acme/errors.yaml'), 'utf8')).toBe(before);
  });
});

