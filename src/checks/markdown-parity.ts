/**
 * markdown-parity: a translation keeps the source text's structure: about
 * the same emphasis, lists and tables. Languages differ, so this warns and
 * allows one emphasis of difference.
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, list, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import type { MarkdownFacts } from '../catalog/text/read.ts';

export const id = 'markdown-parity';

/** What is compared, how it is named (one, many), and by how much a translation may differ. */
const MEASURES: { label: [string, string]; of: (m: MarkdownFacts) => number; slack: number }[] = [
  { label: ['emphasized span (* or **)', 'emphasized spans (* or **)'], of: (m) => m.emphasis + m.strong, slack: 1 },
  { label: ['list item', 'list items'], of: (m) => m.listItems, slack: 0 },
  { label: ['table row', 'table rows'], of: (m) => m.tableRows, slack: 0 },
  { label: ['link', 'links'], of: (m) => m.links.length, slack: 0 },
];

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    let diffs: string[] | undefined;
    for (const { label, of, slack } of MEASURES) {
      const a = of(t.source.md);
      const b = of(t.md);
      if (Math.abs(a - b) > slack) (diffs ??= []).push(`${b} ${label[b === 1 ? 0 : 1]} where ${t.sourceLocale} has ${a}`);
    }
    if (diffs)
      out.push(codeFinding(id, t.code, { severity: 'warning', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${t.locale} ${t.field} has ${list(diffs)}.`, hint: 'Keep the structure of the source text: the same lists, tables and links; emphasis where the source has it.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'emphasis, lists, tables or links differ from the source text', run };
