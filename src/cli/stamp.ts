/**
 * `errcat stamp`: writes the source-text hash into translations, keeping the
 * YAML's comments and layout (edits go through the yaml Document API).
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { CatalogLoadError, loadCatalog } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { writeFileAtomic } from '../catalog/write.ts';

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
    const doc = parseDocument(readFileSync(provider.errorsFile, 'utf8'));
    let changed = false;
    provider.codes.forEach((code) => {
      const isTarget = ref === `${provider.id}/${code.code}`;
      if (!all && !isTarget) return;
      matched = true;
      const source = code.texts[sourceLocale];
      if (!source) return;
      const hash = sourceHash(source);
      const index = (doc.get('codes') as { items: { get(k: string): unknown }[] }).items.findIndex((n) => n.get('code') === code.code);
      for (const [locale, text] of Object.entries(code.texts)) {
        if (locale === sourceLocale) continue;
        if (locales.size && !locales.has(locale)) continue;
        if (all && !isTarget && text.source !== undefined) continue;
        if (text.source === hash) continue;
        doc.setIn(['codes', index, 'texts', locale, 'source'], hash);
        changed = true;
        count++;
      }
    });
    if (changed) writeFileAtomic(provider.errorsFile, doc.toString({ lineWidth: 0 }));
  }
  if (!all && !matched)
    throw new CatalogLoadError(`There is no code ${ref} in the catalog.`, { file: catalogDir, line: 0, column: 0 }, 'Write provider/CODE as in the URL, e.g. captchaai/ERROR_ZERO_BALANCE.');
  return count;
}
