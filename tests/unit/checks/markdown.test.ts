import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown, readMarkdown } from '../../../src/checks/markdown.ts';

/** Characters that matter to Markdown, and ordinary ones around them. */
const ALPHABET = [...'ab Z9 1.)-+=*_`[]()<>!|#\\~&{}:/@$%^"\'\n\t', ' ', '\u00a0', '{limit}', '{x1}', 'http://e.x', '余额', 'тест'];
/** Lines with code spans: runs of backticks of several lengths, spaces and placeholders between them. */
const TICKS = ['`', '``', '```', ' ', '  ', 'a', 'Z_1', '{limit}', '{', '}', '\u00a0', '余额', '-', '1.'];

describe('readMarkdown', () => {
  it('reads plain lines without markdown-it and gets what markdown-it gets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(readMarkdown(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads code spans on a plain line as markdown-it does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TICKS), { maxLength: 16 }).map((parts) => parts.join('')), (text) => {
        expect(readMarkdown(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['Wait {pollInterval}, then ask again.', { placeholders: ['pollInterval'] }],
    ['1. first', { listItems: 1 }],
    ['- item', { listItems: 1 }],
    ['    indented is code', { codeSpans: ['indented is code\n'] }],
    ['See `ERROR_KEY` and [docs](https://x.example/a)', { codeSpans: ['ERROR_KEY'], links: ['https://x.example/a'] }],
    ['a &amp; {b}', { placeholders: ['b'] }],
    ['Send `{key}` as {key}, not ``a ` b``.', { codeSpans: ['{key}', 'a ` b'], placeholders: ['key'] }],
    ['An opener ``without closer` {x}', { codeSpans: [], placeholders: ['x'] }],
    ['` padded `  ', { codeSpans: ['padded'] }],
  ])('%j', (text, expected) => {
    expect(readMarkdown(text)).toMatchObject(expected);
    expect(readMarkdown(text)).toEqual(parseMarkdown(text));
  });
});
