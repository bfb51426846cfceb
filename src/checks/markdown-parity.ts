/**
 * markdown-parity: a translation keeps the source text's structure: about
 * the same emphasis, lists and tables. Languages differ, so this warns and
 * allows one emphasis of difference.
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, list, translatedFieldsWithMarkdown, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { enumerationMarkers } from '../catalog/text/enumeration.ts';
import { readText, type MarkdownFacts } from '../catalog/text/read.ts';

export const id = 'markdown-parity';

/** What is compared, how it is named (one, many), and by how much a translation may differ. */
const MEASURES: { label: [string, string]; of: (m: MarkdownFacts, text: string) => number; slack: number }[] = [
  { label: ['emphasized span (* or **)', 'emphasized spans (* or **)'], of: (m) => m.emphasis + m.strong, slack: 1 },
  { label: ['list item', 'list items'], of: (m, text) => m.listItems + textItems(text), slack: 0 },
  { label: ['table row', 'table rows'], of: (m) => m.tableRows, slack: 0 },
  { label: ['link', 'links'], of: (m) => m.links.length, slack: 0 },
];

/**
 * The items of inline enumerations that are text, not list items: "1.原因
 * 2.原因" has two, "1. cause 2. cause" one (its "1." is a list marker,
 * counted among the list items), so both count two items in all.
 */
function textItems(text: string): number {
  const markers = enumerationMarkers(text);
  if (!markers.length) return 0;
  const hidden = readText(text).hidden;
  let n = 0;
  for (let k = 0; k < markers.length; k += 2) if (!isHidden(hidden, markers[k]!)) n++;
  return n;
}

/** Whether offset `at` falls in one of the [from, to) pairs of `hidden`. */
function isHidden(hidden: readonly number[], at: number): boolean {
  for (let k = 0; k < hidden.length; k += 2) if (at >= hidden[k]! && at < hidden[k + 1]!) return true;
  return false;
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  for (const t of translatedFieldsWithMarkdown(catalog)) {
    let diffs: string[] | undefined;
    for (const { label, of, slack } of MEASURES) {
      const a = of(t.source.md, t.source.text);
      const b = of(t.md, t.text);
      if (Math.abs(a - b) > slack) (diffs ??= []).push(`${b} ${label[b === 1 ? 0 : 1]} where ${t.sourceLocale} has ${a}`);
    }
    if (diffs)
      out.push(codeFinding(id, t.code, { severity: 'warning', at: t.at, locales: [t.locale, t.sourceLocale], message: `The ${t.locale} ${t.field} has ${list(diffs)}.`, hint: 'Keep the structure of the source text: the same lists, tables and links; emphasis where the source has it.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'emphasis, lists, tables or links differ from the source text', run };
