/**
 * The description of a page entry: its lines joined as the catalog keeps
 * them (see buildDescription).
 */

/** An HTML line break, which the catalog refuses as raw HTML: a Markdown hard break instead. */
export const BR = /[ \t]*<br\s*\/?\s*>[ \t]*/gi;

/**
 * Joins description lines: Markdown as written, blank lines around trimmed,
 * runs of blank lines made one, `<br />` and two-space line ends turned into
 * Markdown hard breaks (a backslash at the line's end).
 */
export function buildDescription(pieces: { text: string; fence: boolean; n: number }[]): { text: string; line: number } {
  const out: { text: string; fence: boolean; n: number; hardBreak: boolean }[] = [];
  for (const p of pieces) {
    if (p.fence) {
      out.push({ ...p, hardBreak: false });
      continue;
    }
    const parts = p.text.split(BR);
    const brAtEnd = parts.length > 1 && parts[parts.length - 1]!.trim() === '';
    const twoSpaces = / {2,}$/.test(p.text) && p.text.trim() !== '';
    const kept = parts.map((s) => s.trimEnd()).filter((s, i) => i === 0 || s.trim() !== '');
    kept.forEach((s, i) => {
      const last = i === kept.length - 1;
      out.push({ text: s, fence: false, n: p.n, hardBreak: last ? brAtEnd || twoSpaces : true });
    });
  }
  // Trim blank lines at both ends.
  while (out.length && !out[0]!.fence && out[0]!.text.trim() === '') out.shift();
  while (out.length && !out[out.length - 1]!.fence && out[out.length - 1]!.text.trim() === '') out.pop();
  const lines: string[] = [];
  out.forEach((l, i) => {
    if (l.fence) {
      lines.push(l.text);
      return;
    }
    const blank = l.text.trim() === '';
    if (blank) {
      if (lines.length && lines[lines.length - 1] === '') return;
      lines.push('');
      return;
    }
    const next = out[i + 1];
    const breakHere = l.hardBreak && next !== undefined && !next.fence && next.text.trim() !== '';
    lines.push(breakHere ? `${l.text}\\` : l.text);
  });
  return { text: lines.join('\n'), line: out[0]?.n ?? 0 };
}
