/**
 * markdown-parity: a translation keeps the source text's structure: about
 * the same emphasis, lists and tables. Languages differ, so this warns and
 * allows one emphasis of difference.
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, list, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'markdown-parity';

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    const s = t.source.md;
    const d = t.md;
    const diffs: string[] = [];
    const count = (label: [string, string], a: number, b: number, slack: number) => {
      if (Math.abs(a - b) > slack) diffs.push(`${b} ${label[b === 1 ? 0 : 1]} where ${t.sourceLocale} has ${a}`);
    };
    count(['emphasized span (* or **)', 'emphasized spans (* or **)'], s.emphasis + s.strong, d.emphasis + d.strong, 1);
    count(['list item', 'list items'], s.listItems, d.listItems, 0);
    count(['table row', 'table rows'], s.tableRows, d.tableRows, 0);
    count(['link', 'links'], s.links.length, d.links.length, 0);
    if (diffs.length)
      out.push(codeFinding(id, t.code, { severity: 'warning', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${t.locale} ${t.field} has ${list(diffs)}.`, hint: 'Keep the structure of the source text: the same lists, tables and links; emphasis where the source has it.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'emphasis, lists, tables or links differ from the source text', run };
