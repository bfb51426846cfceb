import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { proseOf, readMarkdown, readText } from '../../../../src/catalog/text/read.ts';
import { renderingParser } from '../../../../src/catalog/text/markdown-it.ts';
import { readInline } from '../../../../src/catalog/text/inline.ts';
import { readTree } from '../../../../src/catalog/text/tree.ts';

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

describe('readText', () => {
  it.each([
    ['any line of Markdown characters', linesOf(ALPHABET, 24), 5000],
    ['code spans on a line', linesOf(TICKS, 16), 5000],
    ['links and emphasis on a line', linesOf(INLINE, 20), 20000],
    ['emphasis on a line', EMPHASIS_LINE, 20000],
  ] as const)('reads %s as markdown-it does, offsets and prose included', (_, lines, numRuns) => {
    fc.assert(
      fc.property(lines, (text) => {
        expect(readText(text)).toEqual(readTree(text));
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
    expect(readInline(text)).toEqual(readTree(text));
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
    expect(readText(text)).toEqual(readTree(text));
  });
});

/** Texts of several blocks: paragraphs, lists, quotes, headings, tables, fences, indented code, with inline markup inside. */
const BLOCKS = [
  '\n', '\n\n', '- ', '1. ', '2) ', '> ', '# ', '## ', '    ', '\t', '```\n', '~~~\n', '| a | b |\n|---|---|\n', '| `c` \\| d | 5 |\n', ' | ',
  'word ', '50 KB', '`code`', '`', '``', '[docs](https://x.example/a)', '<b>', '&amp;', '*em*', '**', '_', '{limit}', '{', '}', '\\', '余额', 'тест', '\u00a0',
];
const textsOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

/** What the renderer's markdown-it reads: code, links, structure. */
function rendered(text: string) {
  const found = { codeSpans: [] as string[], links: 0, emphasis: 0, strong: 0, listItems: 0, tableRows: 0 };
  const walk = (tokens: ReturnType<ReturnType<typeof renderingParser>['parse']>) => {
    for (const t of tokens) {
      if (t.type === 'code_inline' || t.type === 'code_block' || t.type === 'fence') found.codeSpans.push(t.content);
      else if (t.type === 'link_open') found.links++;
      else if (t.type === 'em_open') found.emphasis++;
      else if (t.type === 'strong_open') found.strong++;
      else if (t.type === 'list_item_open') found.listItems++;
      else if (t.type === 'tr_open') found.tableRows++;
      if (t.children) walk(t.children);
    }
  };
  walk(renderer.parse(text, {}));
  return found;
}
const renderer = renderingParser();

describe('readText on texts of several blocks', () => {
  it('points every code span, link and placeholder at where it is written', () => {
    fc.assert(
      fc.property(textsOf(BLOCKS), (text) => {
        const { facts, hidden } = readText(text);
        facts.codeSpanAt.forEach((at, i) => {
          const written = text.slice(at, facts.codeSpanEnd[i]);
          expect(written.replace(/\s+/g, ' ')).toContain(facts.codeSpans[i]!.replace(/\s+/g, ' ').trim());
        });
        for (const at of facts.linkAt) expect(text[at]).toBe('[');
        facts.placeholderAt.forEach((at, i) => expect(text.startsWith(`{${facts.placeholders[i]}}`, at)).toBe(true));
        for (let k = 2; k < hidden.length; k += 2) expect(hidden[k]).toBeGreaterThan(hidden[k - 1]!);
        expect(proseOf(text, hidden, '\ufffc')).toHaveLength(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what the renderer renders: the same code, links and structure where the text has no raw HTML', () => {
    fc.assert(
      fc.property(textsOf(BLOCKS.filter((p) => p !== '<b>')), (text) => {
        const { facts } = readText(text);
        expect({ codeSpans: facts.codeSpans, links: facts.links.length, emphasis: facts.emphasis, strong: facts.strong, listItems: facts.listItems, tableRows: facts.tableRows }).toEqual(rendered(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a stray backtick before a blank line', 'Use the ` key.\n\nThe limit is 50 KB.', '50 KB'],
    ['a list marker', '1. Wait 30 s', 'Wait 30 s'],
    ['a table cell', '| Limit |\n|---|\n| 50 KB |', '50 KB'],
    ['a quoted line', '> wait `x` 5 s', 'wait'],
  ])('shows the prose after %s as the page does', (_, text, shown) => {
    const { hidden } = readText(text);
    expect(proseOf(text, hidden, ' ')).toContain(shown);
  });

  it('hides code, link destinations, markers and raw HTML from the prose', () => {
    const text = '1. Send `50 KB` to [the 2nd host](https://x.example/3) <span title="4">x</span>';
    expect(proseOf(text, readText(text).hidden, '.').replace(/\.+/g, '.')).toBe('.Send . to .the 2nd host. .x.');
  });
});
