/**
 * `errcat stamp`: writes the source-text hash into translations. It edits the
 * file as text (one `source:` line per translation, quoted so YAML never
 * reads it as a number), so comments, folding and layout stay as they are.
 */
import { readFileSync } from 'node:fs';
import { CatalogLoadError, loadCatalog } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { writeFileAtomic } from '../catalog/write.ts';

interface Edit { line: number; column: number; replaceLine: boolean; hash: string }

/** Returns how many translations were stamped. */
export function stamp(catalogDir: string, targets: string[], all: boolean): number {
  const catalog = loadCatalog(catalogDir);
  const { sourceLocale } = catalog.site;
  const ref = targets[0];
  const locales = new Set(targets.slice(1));
  if (!all && !ref)
    throw new CatalogLoadError('Say what to stamp: provider/CODE [locale...], or --all.', { file: catalogDir, line: 0, column: 0 }, 'Example: npx errcat stamp capmonster-cloud/ERROR_ZERO_BALANCE ru');
  let count = 0;
  let matched = false;
  for (const provider of catalog.providers) {
    const edits: Edit[] = [];
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
        if (text.source !== undefined) {
          const at = code.at(['texts', locale, 'source']);
          edits.push({ line: at.line, column: at.column, replaceLine: true, hash });
        } else {
          // Insert before the first field of the locale's mapping (where the mapping starts), at its indentation.
          const at = code.at(['texts', locale]);
          edits.push({ line: at.line, column: at.column, replaceLine: false, hash });
        }
        count++;
      }
    }
    if (!edits.length) continue;
    const original = readFileSync(provider.errorsFile, 'utf8');
    const eol = original.includes('\r\n') ? '\r\n' : '\n';
    const lines = original.split(/\r?\n/);
    for (const e of edits.sort((a, b) => b.line - a.line)) {
      const lineText = lines[e.line - 1]!;
      if (e.replaceLine) {
        const rest = lineText.slice(e.column - 1).replace(/^("?)[0-9a-fA-F]*\1/, '');
        lines[e.line - 1] = `${lineText.slice(0, e.column - 1)}"${e.hash}"${rest}`;
      } else if (lineText[e.column - 1] === '{') {
        // A flow mapping: { title: ..., summary: ... }
        lines[e.line - 1] = `${lineText.slice(0, e.column)} source: "${e.hash}",${lineText.slice(e.column)}`;
      } else {
        lines.splice(e.line - 1, 0, `${' '.repeat(e.column - 1)}source: "${e.hash}"`);
      }
    }
    writeFileAtomic(provider.errorsFile, lines.join(eol));
  }
  if (!all && !matched)
    throw new CatalogLoadError(`There is no code ${ref} in the catalog.`, { file: catalogDir, line: 0, column: 0 }, 'Write provider/CODE as in the URL, e.g. captchaai/ERROR_ZERO_BALANCE.');
  return count;
}
