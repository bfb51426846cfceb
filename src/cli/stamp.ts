/**
 * `errcat stamp`: writes the source-text hash into translations
 * (`source: "1a2b3c4d"`, first in the text, quoted so YAML never reads it as
 * a number). It edits the files with the catalog's YAML editor, which keeps
 * comments, folding and layout and checks that the result reads back as
 * intended; every changed file is written, or none.
 */
import { type Document, LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { loadCatalog, type LoadedProvider } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { UsageError } from '../catalog/usage-error.ts';
import { writeFilesAtomic, type FileWrite } from '../catalog/write.ts';
import { editYaml, type Edit } from '../catalog/yaml-edit.ts';

/** Returns how many translations were stamped. */
export function stamp(catalogDir: string, targets: string[], all: boolean): number {
  const catalog = loadCatalog(catalogDir);
  const { sourceLocale } = catalog.site;
  const ref = targets[0];
  const locales = new Set(targets.slice(1));
  if (!all && !ref) throw new UsageError('Say what to stamp: provider/CODE [locale...], or --all.', 'Example: npx errcat stamp capmonster-cloud/ERROR_ZERO_BALANCE ru', 'provider/CODE');
  let count = 0;
  let matched = false;
  const writes: FileWrite[] = [];
  for (const provider of catalog.providers) {
    const edits: Edit[] = [];
    let file: ParsedErrors | undefined; // parsed when the first code needs a stamp
    for (const code of provider.codes) {
      const isTarget = ref === `${provider.id}/${code.code}`;
      if (!all && !isTarget) continue;
      matched = true;
      const source = code.texts[sourceLocale];
      if (!source) continue;
      const hash = sourceHash(source);
      for (const [locale, text] of Object.entries(code.texts)) {
        if (locale === sourceLocale || (locales.size && !locales.has(locale))) continue;
        if (all && !isTarget && text.source !== undefined) continue;
        if (text.source === hash) continue;
        file ??= parseErrors(provider);
        const at = code.at([]);
        const index = file.indexOf.get(`${at.line}:${at.column}`);
        if (index === undefined) throw new Error(`errcat stamp could not find ${code.code} in ${provider.errorsFile} at ${at.line}:${at.column}.`);
        edits.push({ op: 'set', map: ['codes', index, 'texts', locale], key: 'source', value: hash, first: true });
        count++;
      }
    }
    if (file) writes.push({ path: provider.errorsFile, content: editYaml(provider.errorsSource, edits, file.doc) });
  }
  if (!all && !matched) throw new UsageError(`There is no code ${ref} in the catalog ${catalogDir}.`, 'Write provider/CODE as in the URL, e.g. captchaai/ERROR_ZERO_BALANCE.', 'provider/CODE');
  writeFilesAtomic(writes, 'Check that you may write to the catalog folder (permissions, a read-only disk, free space), then stamp again.');
  return count;
}

interface ParsedErrors {
  doc: Document;
  /** Each code entry's index in errors.yaml, by the line:column where it starts (as `code.at()` gives it). */
  indexOf: Map<string, number>;
}

function parseErrors(provider: LoadedProvider): ParsedErrors {
  const lines = new LineCounter();
  const doc = parseDocument(provider.errorsSource, { lineCounter: lines });
  const seq = doc.get('codes', true);
  const indexOf = new Map<string, number>();
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const range = (item as Node).range;
      if (!range) return;
      const { line, col } = lines.linePos(range[0]);
      indexOf.set(`${line}:${col}`, i);
    });
  }
  return { doc, indexOf };
}
