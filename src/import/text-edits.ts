/**
 * Writing texts into a loaded catalog's errors.yaml files: new values for
 * text fields and `source` stamps, per code and locale, applied through the
 * YAML editor the importer uses (yaml-edit.ts), so comments and layout
 * outside the edited values stay as written. Returns the new contents;
 * the caller writes them (all together, or not at all).
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { LoadedCode, LoadedProvider } from '../catalog/load.ts';
import type { TextField } from '../catalog/schema.ts';
import { editYaml, type Edit } from '../catalog/yaml-edit.ts';

export interface TextEdit {
  provider: LoadedProvider;
  code: LoadedCode;
  locale: string;
  /** New values; `source` is the stamp (the hash of the source text). */
  set: Partial<Record<TextField | 'source', string>>;
}

/** The edited files: errors.yaml path -> new content. */
export function editTexts(edits: readonly TextEdit[]): Map<string, string> {
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.provider.errorsFile, [...(byFile.get(e.provider.errorsFile) ?? []), e]);
  const out = new Map<string, string>();
  for (const [file, fileEdits] of byFile) {
    const src = readFileSync(file, 'utf8');
    const doc = parseDocument(src);
    const codes = doc.get('codes', true);
    const index = new Map<string, number>();
    if (isSeq(codes)) codes.items.forEach((item, n) => isMap(item) && index.set(String(item.get('code')), n));
    const yamlEdits: Edit[] = [];
    for (const e of fileEdits) {
      const n = index.get(e.code.code);
      if (n === undefined) throw new Error(`${file} has no code ${e.code.code}`);
      const texts = ['codes', n, 'texts'];
      if (isMap(doc.getIn([...texts, e.locale], true))) {
        for (const [key, value] of Object.entries(e.set)) yamlEdits.push({ op: 'set', map: [...texts, e.locale], key, value });
      } else {
        // A locale the code has no text in yet: the stamp first, as errcat stamp writes it.
        const { source, ...fields } = e.set;
        yamlEdits.push({ op: 'set', map: texts, key: e.locale, value: { ...(source ? { source } : {}), ...fields } });
      }
    }
    out.set(file, editYaml(src, yamlEdits));
  }
  return out;
}
