import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineCounter, parseDocument, Scalar, type YAMLMap } from 'yaml';
import { positionInScalar } from '../../../src/catalog/scalar-position.ts';

const STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
const PIECES = ['a', 'word ', '50 KB', ' ', '  ', '\n', '\n\n', '\t', '"', "'", '\\', '#', ': ', '-', '余额', 'тест', '\u00e9', '😀', '\u00a0', '`x`', '{n}'];

/** A document whose texts.ru.summary is `value` written in `style`, as the yaml package writes it, and where its value starts. */
function written(value: string, style: (typeof STYLES)[number], width: number) {
  const doc = parseDocument('texts:\n  ru:\n    summary: x\n');
  const node = new Scalar(value);
  node.type = style;
  (doc.getIn(['texts', 'ru'], true) as YAMLMap).set('summary', node);
  const source = doc.toString({ lineWidth: width, minContentWidth: 10 });
  const lines = new LineCounter();
  const back = parseDocument(source, { lineCounter: lines });
  const range = (back.getIn(['texts', 'ru', 'summary'], true) as Scalar).range!;
  const { line, col } = lines.linePos(range[0]);
  return { source, same: back.getIn(['texts', 'ru', 'summary']) === value, start: { file: 'f.yaml', line, column: col } };
}

describe('positionInScalar', () => {
  it('points at the character of the value, or at nothing, in every scalar style', () => {
    let pointed = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.constantFrom(...STYLES), fc.constantFrom(0, 20, 40), (parts, style, width) => {
        const value = parts.join('');
        const { source, same, start } = written(value, style, width);
        if (!same) return; // a style the writer cannot keep the value in
        const starts = [0];
        for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
        for (let k = 0; k < value.length; k++) {
          total++;
          const p = positionInScalar({}, source, start, value, k);
          if (!p) continue;
          pointed++;
          const at = source[starts[p.line - 1]! + p.column - 1];
          // A folded line break or space comes from the source's line break; an escaped character from its backslash.
          const ok = at === value[k] || at === '\\' || ((value[k] === ' ' || value[k] === '\n') && at === '\n') || (value[k] === "'" && at === "'");
          expect(ok, `${JSON.stringify(value)} ${style} at ${k}: ${JSON.stringify(at)}\n${source}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(pointed / total).toBeGreaterThan(0.9);
  });

  it('answers null for an offset outside the value or a start that is not the scalar', () => {
    const { source, start } = written('wait 50 KB', 'PLAIN', 0);
    expect(positionInScalar({}, source, start, 'wait 50 KB', 10)).toBeNull();
    expect(positionInScalar({}, source, { ...start, column: start.column + 1 }, 'wait 50 KB', 5)).toBeNull();
    expect(positionInScalar({}, source, start, 'wait 50 KB', 5)).toEqual({ file: 'f.yaml', line: start.line, column: start.column + 5 });
  });
});
