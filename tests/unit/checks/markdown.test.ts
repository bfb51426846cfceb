import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown, readInline, readMarkdown } from '../../../src/checks/markdown.ts';

/** Lines made of pieces drawn from `pieces`. */
const linesOf = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));

/** Characters that matter to Markdown, and ordinary ones around them. */
const ALPHABET = [...'ab Z9 1.)-+=*_`[]()<>!|#\\~&{}:/@$%^"\'\n\t', ' ', '\u00a0', '{limit}', '{x1}', 'http://e.x', '余额', 'тест'];
/** Lines with links and emphasis: delimiter runs next to letters, CJK, spaces and punctuation; link parts and placeholders whole and in pieces. */
const INLINE = [
  '*', '**', '***', '_', '__', ' ', 'a', 'Zz', '余额', 'тест', '.', ',', '(', ')', '[', ']', '](', '!', ':', '"', '{limit}', '{a_b}', '`x`', '`',
  '[docs](https://x.example/a_b)', '[](x)', '()', '[a b](/p)', '](x y)', '\u00a0', '\u3000', '。', '\ud83d\ude00', '\ud800', '-', '1.', '#', 'max_bytes',
  // Halves of a placeholder, which only the prose of one text token may join.
  '{x', 'x}', '{', '}',
];
/** Lines of words, some wrapped in delimiter runs (mostly matching, sometimes not), with separators that change how the runs flank. */
const word = fc.constantFrom('a', 'bc', 'b c', '余额', 'тест', '`x`', '{x}', '[a](b)', '1', '"q"', '(p)');
const mark = fc.constantFrom('', '', '*', '**', '_', '__', '***');
const wrapped = fc.oneof(fc.tuple(mark, word).map(([m, w]) => m + w + m), fc.tuple(mark, word, mark).map(([o, w, c]) => o + w + c), word);
const separator = fc.constantFrom('', ' ', ' ', '.', ', ', '。', '余', 'a', '(', ')', '\u00a0', ' * ');
const EMPHASIS_LINE = fc.array(fc.tuple(wrapped, separator), { maxLength: 8 }).map((parts) => parts.flat().join(''));
/** Lines with code spans: runs of backticks of several lengths, spaces and placeholders between them. */
const TICKS = ['`', '``', '```', ' ', '  ', 'a', 'Z_1', '{limit}', '{', '}', '\u00a0', '余额', '-', '1.'];

describe('readMarkdown', () => {
  it.each([
    ['any line of Markdown characters', linesOf(ALPHABET, 24), 5000],
    ['code spans on a line', linesOf(TICKS, 16), 5000],
    ['links and emphasis on a line', linesOf(INLINE, 20), 20000],
    ['emphasis on a line', EMPHASIS_LINE, 20000],
  ] as const)('reads %s as markdown-it does', (_, lines, numRuns) => {
    fc.assert(
      fc.property(lines, (text) => {
        expect(readMarkdown(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns },
    );
  });

  it.each([
    'Read the [error reference](https://docs.example/errors/) and do *not* retry.',
    'Let **only** one process change `softId`; wait {lockTime}.',
    '请**不要**重试，参见[文档](https://docs.example/zh/errors/)。',
    'Не повторяйте запрос: *сначала* проверьте `clientKey` в [личном кабинете](https://dash.example/).',
    'A [label] without a destination, a_snake_case word and 2 * 3 stay text.',
    'Halves of a placeholder across a link or a code span: [{limit](/p)} {x`y`}, [a](/p){b} {c}[d](/p).',
  ])('reads a usual catalog line without markdown-it: %j', (text) => {
    expect(readInline(text)).toEqual(parseMarkdown(text));
  });

  it.each([
    ['nested emphasis', '*a **b** c*'],
    ['a triple run', '***a***'],
    ['an unclosed opener', 'a *b c'],
    ['a link with a title', '[a](/b "t")'],
    ['an image', '![a](b.png)'],
    ['raw HTML', 'a <b>c</b>'],
    ['a list item', '- a'],
    ['two lines', 'a\nb'],
  ])('leaves %s to markdown-it', (_, text) => {
    expect(readInline(text)).toBeNull();
    expect(readMarkdown(text)).toEqual(parseMarkdown(text));
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
