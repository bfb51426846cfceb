import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml } from '../../../src/import/yaml-edit.ts';

const SOURCE = `# top comment
codes:
  # first code
  - code: A # trailing comment
    phases: [any]
    retry:
      policy: never
      decision: >-
        folded by hand
        over two lines
    texts:
      en:
        title: Old
        cause: Hand-written.
        summary: Old summary.
        action: Old action.

  - code: B
    texts:
      en:
        title: B
        summary: B.
        action: B.
# end comment
`;

describe('editing a hand-written YAML file', () => {
  it('changes only the edited keys and keeps comments, folding and flow lists byte for byte', () => {
    const out = editYaml(SOURCE, [
      { op: 'set', map: ['codes', 0, 'texts', 'en'], key: 'title', value: 'New' },
      { op: 'delete', map: ['codes', 0, 'texts', 'en'], key: 'cause' },
      { op: 'set', map: ['codes', 0, 'texts', 'en'], key: 'origin', value: 'page.md:3' },
      { op: 'set', map: ['codes', 0, 'texts'], key: 'ru', value: { title: 'Новый', summary: 'Кратко.', action: 'Сделайте так.' } },
    ]);
    expect(out).toBe(`# top comment
codes:
  # first code
  - code: A # trailing comment
    phases: [any]
    retry:
      policy: never
      decision: >-
        folded by hand
        over two lines
    texts:
      en:
        title: New
        summary: Old summary.
        action: Old action.
        origin: page.md:3
      ru:
        title: Новый
        summary: Кратко.
        action: Сделайте так.

  - code: B
    texts:
      en:
        title: B
        summary: B.
        action: B.
# end comment
`);
  });

  it('appends items after the last one, with the blank line the file uses between items', () => {
    const out = editYaml(SOURCE, [{ op: 'append', seq: ['codes'], values: [{ code: 'C', phases: ['any'] }], blankLine: true }]);
    expect(out.startsWith(SOURCE.replace('# end comment\n', ''))).toBe(true);
    expect(out.endsWith('        action: B.\n\n  - code: C\n    phases: [any]\n# end comment\n')).toBe(true);
  });

  it('folds a long new text the way the catalog does', () => {
    const long = 'A sentence that is long enough to need more than one line in the catalog file, so it is folded.';
    const out = editYaml(SOURCE, [{ op: 'set', map: ['codes', 1, 'texts', 'en'], key: 'summary', value: long }]);
    expect(out).toContain('        summary: >-\n          A sentence');
    expect(parse(out).codes[1].texts.en.summary).toBe(long);
  });

  it('falls back to the yaml library for a layout it cannot splice, keeping the values and comments', () => {
    const src = '# keep me\ncodes: [{code: A, texts: {en: {title: T}}}]\n';
    const out = editYaml(src, [{ op: 'set', map: ['codes', 0, 'texts', 'en'], key: 'title', value: 'U' }]);
    expect(parse(out)).toEqual({ codes: [{ code: 'A', texts: { en: { title: 'U' } } }] });
    expect(out).toContain('# keep me');
  });

  it('writes new lines with the file\'s own line ending', () => {
    const crlf = SOURCE.replace(/\n/g, '\r\n');
    const out = editYaml(crlf, [{ op: 'set', map: ['codes', 1, 'texts', 'en'], key: 'origin', value: 'page.md:9' }]);
    expect(out).toBe(crlf.replace('        action: B.\r\n', '        action: B.\r\n        origin: page.md:9\r\n'));
  });

  it('returns the text unchanged when there is nothing to edit', () => {
    expect(editYaml(SOURCE, [])).toBe(SOURCE);
  });
});
