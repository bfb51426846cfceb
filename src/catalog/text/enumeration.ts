/**
 * Inline enumerations: causes or steps numbered in running text, "1. cause
 * 2. cause" or, in Chinese, "1.原因 2.原因" and "1、原因 2、原因". Markdown
 * reads the first form as a list item whose "2." is text, the second as
 * text whose numbers look like amounts; either way the numbers count items
 * and state no quantity. The quantity reader masks them and markdown-parity
 * counts them as items, so both forms read alike.
 */

/**
 * A number that may mark an item: at a line's start or after a space or a
 * clause mark (emphasis and quotes may come between), then ".", ")" or
 * "、", and no digit after it ("1.5" is a number).
 */
const MARKER = /(?<=^|[\s,;:，；：。])[*_"'“«]*(\d{1,2})[.)、](?![0-9])/gmu;

/**
 * The markers of the inline enumerations in `text`, as [from, to) offsets
 * (the number and its mark), flattened. An enumeration counts 1, 2, 3 in
 * order; a "1" at a line's start is one alone (a numbered line), anywhere
 * else it needs a "2" after it. Any other number is left to be read.
 */
export function enumerationMarkers(text: string): number[] {
  if (!/\d[.)、]/u.test(text)) return [];
  const out: number[] = [];
  let run: { from: number; to: number; lineStart: boolean }[] = [];
  const flush = (): void => {
    if (run.length > 1 || (run.length === 1 && run[0]!.lineStart)) for (const m of run) out.push(m.from, m.to);
    run = [];
  };
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1]);
    const from = m.index + m[0].length - m[1]!.length - 1;
    const marker = { from, to: m.index + m[0].length, lineStart: /^[ \t>]*$/.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, from)) };
    if (n === 1) {
      flush();
      run.push(marker);
    } else if (run.length > 0 && n === run.length + 1) run.push(marker);
  }
  flush();
  return out;
}
