/**
 * The translators' round trip on tests/fixtures/translate: export a
 * locale, translate it as a tool would (tests/fixtures/translate/ru.json,
 * written for these tests), import it, check the catalog.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { po as gettextPo } from 'gettext-parser';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { sourceHash } from '../../../src/catalog/hash.ts';
import { literals } from '../../../src/checks/prose.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { importTranslations } from '../../../src/translate/apply.ts';
import { writePo } from '../../../src/translate/po.ts';
import { exportUnits } from '../../../src/translate/units.ts';
import { readXliff, writeXliff } from '../../../src/translate/xliff.ts';

const RU: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/translate/ru.json', 'utf8'));

function copyCatalog(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'errcat-translate-')), 'catalog');
  cpSync('tests/fixtures/translate/catalog', dir, { recursive: true });
  return dir;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a translation tool does: fills each target, placing the source's <ph> tags where the translation has their literals. */
function translateXliff(xml: string, translations: Record<string, string>): string {
  return xml.replace(/<trans-unit id="([^"]+)"[\s\S]*?<\/trans-unit>/g, (unit, id: string) => {
    const text = translations[id];
    if (text === undefined) return unit;
    const tags = new Map([...unit.matchAll(/<source>[\s\S]*?<\/source>/g)].flatMap((m) => [...m[0].matchAll(/<ph id="\d+" ctype="[^"]+">([^<]*)<\/ph>/g)].map((p) => [p[1]!, p[0]] as const)));
    let target = '';
    let at = 0;
    for (const lit of literals(text)) {
      const literal = text.slice(lit.start, lit.end);
      target += escapeXml(text.slice(at, lit.start)) + (tags.get(escapeXml(literal)) ?? escapeXml(literal));
      at = lit.end;
    }
    target += escapeXml(text.slice(at));
    return unit.replace(/<target state="[^"]*"(?:\/>|>[\s\S]*?<\/target>)/, `<target state="translated">${target}</target>`);
  });
}

/** What a PO editor does: fills msgstr and clears the fuzzy mark. */
function translatePo(text: string, translations: Record<string, string>): string {
  const parsed = gettextPo.parse(text, { defaultCharset: 'utf-8' });
  for (const [ctx, entries] of Object.entries(parsed.translations))
    for (const entry of Object.values(entries)) {
      if (translations[ctx] === undefined) continue;
      entry.msgstr = [translations[ctx]!];
      if (entry.comments) delete entry.comments.flag;
    }
  return gettextPo.compile(parsed).toString('utf8');
}

const formats = [
  { format: 'xliff' as const, ext: 'xlf', write: (dir: string) => writeXliff(exportUnits(loadCatalog(dir), 'ru'), 'en', 'ru'), translate: translateXliff },
  { format: 'po' as const, ext: 'po', write: (dir: string) => writePo(exportUnits(loadCatalog(dir), 'ru'), 'ru'), translate: translatePo },
];

describe('reading XLIFF back', () => {
  it("takes the unit's own source and target, not a tool's suggestions in <alt-trans>", () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="acme/errors.yaml" source-language="en" target-language="ru" datatype="plaintext"><body>
<trans-unit id="acme/X/title"><source>Too <ph id="1">{big}</ph></source><target state="translated">Слишком <ph id="1">{big}</ph></target>
<alt-trans><source>Too large</source><target>Очень большой</target></alt-trans></trans-unit>
</body></file></xliff>`;
    expect(readXliff(xml).units).toEqual([{ id: 'acme/X/title', line: 3, source: 'Too {big}', target: 'Слишком {big}', unfinished: false }]);
  });
});

describe('exporting a locale', () => {
  it('gives each text field a unit with its state: new, or needs review when the source changed since the stamp', () => {
    const units = exportUnits(loadCatalog('tests/fixtures/translate/catalog'), 'ru');
    expect(units.map((u) => `${u.id} ${u.state}`)).toEqual([
      'acme/FILE_TOO_LARGE/title new',
      'acme/FILE_TOO_LARGE/summary new',
      'acme/FILE_TOO_LARGE/action new',
      'acme/TOKEN_EXPIRED/title needs-review',
      'acme/TOKEN_EXPIRED/summary needs-review',
      'acme/TOKEN_EXPIRED/action needs-review',
    ]);
    expect(units[0]!.notes.join('\n')).toMatch(/\{maxBytes\} = 2000000 byte \(Наибольший файл\)[\s\S]*Decision about \{maxBytes\}: The upload page says 2 MB[\s\S]*Decision about texts\.ru: Acme publishes no Russian page/);
  });

  it('names the provider in the notes in the source language, also where its name is translated', () => {
    const units = exportUnits(loadCatalog('catalog'), 'ru').filter((u) => u.id.startsWith('gateway/'));
    expect(units[0]!.notes[0]).toMatch(/^AUTH_INVALID \(Unified gateway\): HTTP 401/);
  });

  it('protects code spans and placeholders in XLIFF as <ph> inline codes, the same id in source and target', () => {
    const xml = writeXliff(exportUnits(loadCatalog('tests/fixtures/translate/catalog'), 'ru'), 'en', 'ru');
    expect(xml).toContain('<source>The <ph id="1" ctype="x-code">`file`</ph> field holds more than <ph id="2" ctype="x-placeholder">{maxBytes}</ph>.</source>');
    expect(xml).toContain('<target state="needs-review-translation">Токен <ph id="1" ctype="x-code">`Authorization`</ph> устарел.</target>');
  });

  it('marks a translation to review as fuzzy in PO, with the notes as extracted comments and the YAML line as reference', () => {
    const po = writePo(exportUnits(loadCatalog('tests/fixtures/translate/catalog'), 'ru'), 'ru');
    expect(po).toMatch(/#: tests\/fixtures\/translate\/catalog\/acme\/errors\.yaml:\d+\n#\. TOKEN_EXPIRED \(Acme Upload\): HTTP 401[^\n]*\n#, fuzzy\nmsgctxt "acme\/TOKEN_EXPIRED\/summary"\nmsgid "The `Authorization` token has expired\."\nmsgstr "Токен `Authorization` устарел\."/);
  });
});

for (const f of formats) {
  describe(`the ${f.format} round trip`, () => {
    it('writes the translations into the YAML with comments kept, stamps them, and leaves the checks nothing to say about ru', () => {
      const dir = copyCatalog();
      const file = path.join(path.dirname(dir), `ru.${f.ext}`);
      writeFileSync(file, f.translate(f.write(dir), RU));
      const report = importTranslations(dir, file, f.format);
      expect(report).toMatchObject({ locale: 'ru', written: 6, stamped: 2, notes: [], findings: [], errors: 0 });
      const yaml = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
      expect(yaml).toContain('# Files over the limit: no ru text yet.');
      expect(yaml).toContain('# A wrong token: the ru text was made from an older en text.');
      const catalog = loadCatalog(dir);
      for (const code of catalog.providers[0]!.codes) {
        const ru = code.texts.ru!;
        expect(ru.source).toBe(sourceHash(code.texts.en!));
        for (const field of ['title', 'summary', 'action'] as const) {
          expect(ru[field]).toBe(RU[`acme/${code.code}/${field}`]);
          // Placeholders and code spans come back as they were.
          const lits = (t: string) => literals(t).map((l) => t.slice(l.start, l.end)).sort();
          expect(lits(ru[field]!)).toEqual(lits(code.texts.en![field]!));
        }
      }
      expect(runChecks(catalog).findings.filter((x) => x.locales.includes('ru'))).toEqual([]);
    });

    it('reports a changed placeholder at the unit in the file and at the YAML line, and exits with an error', () => {
      const dir = copyCatalog();
      const file = path.join(path.dirname(dir), `ru.${f.ext}`);
      const wrong = { ...RU, 'acme/FILE_TOO_LARGE/summary': 'Поле `file` содержит больше {maxSize}.' };
      writeFileSync(file, f.translate(f.write(dir), wrong));
      const report = importTranslations(dir, file, f.format);
      const literal = report.findings.filter((x) => x.check === 'literal-parity');
      expect(literal.map((x) => x.message)).toEqual(['FILE_TOO_LARGE: The ru summary lacks {maxBytes} and has {maxSize} that en does not; it cites {maxSize}, but the code has no fact named maxSize.']);
      const unitLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('acme/FILE_TOO_LARGE/summary')) + 1;
      expect(literal[0]!.unit).toBe(`${path.relative(process.cwd(), file)}:${unitLine} (acme/FILE_TOO_LARGE/summary)`);
      const yamlLines = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8').split('\n');
      expect(yamlLines[literal[0]!.line - 1]).toContain('{maxSize}');
      expect(report.errors).toBeGreaterThan(0);
    });

    it('refuses a unit whose source text changed since the export, and does not stamp its code', () => {
      const dir = copyCatalog();
      const file = path.join(path.dirname(dir), `ru.${f.ext}`);
      writeFileSync(file, f.translate(f.write(dir), RU));
      const yamlFile = path.join(dir, 'acme/errors.yaml');
      writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace('title: Token expired', 'title: Access token expired'));
      const report = importTranslations(dir, file, f.format);
      expect(report.notes.map((n) => `${n.severity} ${n.id}: ${n.message}`)).toEqual([
        'error acme/TOKEN_EXPIRED/title: The en text of acme/TOKEN_EXPIRED/title changed after the file was exported; the translation is of the old text and is not written.',
        'warning acme/TOKEN_EXPIRED/summary: acme/TOKEN_EXPIRED is written but not stamped: the file did not bring a finished title.',
      ]);
      const ru = loadCatalog(dir).providers[0]!.codes[1]!.texts.ru!;
      expect(ru.title).toBe('Токен устарел');
      expect(ru.source).toBe('00000000');
    });

    it('writes nothing with dryRun', () => {
      const dir = copyCatalog();
      const file = path.join(path.dirname(dir), `ru.${f.ext}`);
      writeFileSync(file, f.translate(f.write(dir), RU));
      const before = readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8');
      expect(importTranslations(dir, file, f.format, { dryRun: true }).written).toBe(6);
      expect(readFileSync(path.join(dir, 'acme/errors.yaml'), 'utf8')).toBe(before);
    });
  });
}
