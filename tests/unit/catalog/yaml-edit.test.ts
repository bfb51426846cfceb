import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fc from 'fast-check';
import { Document, parseDocument } from 'yaml';
import { applyToDocument, editYaml, type Edit } from '../../../src/catalog/yaml-edit.ts';

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

describe('the editor errcat stamp and errcat import share', () => {
  const TEXTS = `codes:
  - code: A
    texts:
      en: {title: T, summary: "S, with a comma"}
      ru: &ru
        # translated by hand
        title: Т
        summary: С.
      zh:
        source: "00000000" # stamped by hand
        summary: 说。
`;

  it('puts a new key first in a block mapping, on its own line, even after an anchor and a comment', () => {
    const out = editYaml(TEXTS, [{ op: 'set', map: ['codes', 0, 'texts', 'ru'], key: 'source', value: '12345678', first: true }]);
    expect(out).toBe(TEXTS.replace('        # translated by hand\n', '        # translated by hand\n        source: "12345678"\n'));
    expect(parse(out).codes[0].texts.ru).toEqual({ source: '12345678', title: 'Т', summary: 'С.' });
  });

  it('sets a key in a flow mapping in place, quoted, and keeps the rest of the line', () => {
    const out = editYaml(TEXTS, [
      { op: 'set', map: ['codes', 0, 'texts', 'en'], key: 'source', value: '1e123456', first: true },
      { op: 'set', map: ['codes', 0, 'texts', 'en'], key: 'title', value: 'U' },
    ]);
    expect(out).toBe(TEXTS.replace('en: {title: T, summary: "S, with a comma"}', 'en: {source: "1e123456", title: "U", summary: "S, with a comma"}'));
  });

  it('replaces a one-line value and keeps the comment after it', () => {
    const out = editYaml(TEXTS, [{ op: 'set', map: ['codes', 0, 'texts', 'zh'], key: 'source', value: 'abcdef01' }]);
    expect(out).toBe(TEXTS.replace('source: "00000000" # stamped by hand', 'source: "abcdef01" # stamped by hand'));
  });

  it('reads back as the model for any set, delete or append on generated files', () => {
    const key = fc.constantFrom('title', 'summary', 'source', 'origin', 'x');
    const value = fc.oneof(fc.string({ maxLength: 120 }), fc.integer(), fc.constant('12345678'), fc.array(fc.constantFrom('a', 'b-c'), { maxLength: 3 }));
    const layout = fc.record({
      flow: fc.boolean(),
      comment: fc.boolean(),
      blank: fc.boolean(),
      texts: fc.dictionary(fc.constantFrom('en', 'ru', 'zh'), fc.dictionary(key, fc.string({ minLength: 1, maxLength: 90 }), { minKeys: 1, maxKeys: 3 }), { minKeys: 1 }),
    });
    const edit = fc.record({ op: fc.constantFrom('set', 'delete', 'append'), locale: fc.constantFrom('en', 'ru', 'zh'), key, value, first: fc.boolean() });
    fc.assert(
      fc.property(layout, fc.array(edit, { maxLength: 4 }), (l, raw) => {
        const doc = new Document({ codes: [{ code: 'A', texts: structuredClone(l.texts) }, { code: 'B', texts: structuredClone(l.texts) }] });
        if (l.flow) for (const m of [doc.getIn(['codes', 0, 'texts'], true)]) (m as { flow?: boolean }).flow = true;
        if (l.comment) doc.commentBefore = ' top';
        const src = doc.toString();
        const edits: Edit[] = raw
          .filter((e) => e.op === 'append' || Object.hasOwn(l.texts, e.locale))
          .map((e) =>
            e.op === 'append'
              ? { op: 'append', seq: ['codes'], values: [{ code: 'C', texts: { en: { summary: String(e.value) } } }], blankLine: l.blank }
              : e.op === 'delete'
                ? { op: 'delete', map: ['codes', 1, 'texts', e.locale], key: e.key }
                : { op: 'set', map: ['codes', 0, 'texts', e.locale], key: e.key, value: e.value, first: e.first },
          );
        const model = parseDocument(src);
        applyToDocument(model, edits);
        expect(parse(editYaml(src, edits))).toEqual(model.toJS());
      }),
      { numRuns: 200 },
    );
  });
});
