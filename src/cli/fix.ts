/**
 * `errcat check --fix`: writes the typography check's fixes into the
 * catalog, and nothing else. Through the YAML editor (comments and layout
 * kept), all files together or none. A fix does not change what a text
 * says: a translation keeps its stamp, and where a fix changes the source
 * locale's text, the translations that were current are stamped with the
 * new hash so they stay current (stale ones stay stale).
 */
import { loadCatalog } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { writeFilesAtomic } from '../catalog/write.ts';
import { typographyFixes } from '../checks/typography.ts';
import { editTexts, type TextEdit } from '../import/text-edits.ts';

/** Applies the fixes; returns how many text fields changed, in which files. */
export function fixTypography(catalogDir: string): { fields: number; files: string[]; restamped: number } {
  const catalog = loadCatalog(catalogDir);
  const { sourceLocale } = catalog.site;
  const fixes = typographyFixes(catalog);
  const edits = new Map<string, TextEdit>();
  const editOf = (f: { provider: TextEdit['provider']; code: TextEdit['code']; locale: string }) => {
    const key = `${f.provider.id}\u0000${f.code.code}\u0000${f.locale}`;
    let e = edits.get(key);
    if (!e) edits.set(key, (e = { provider: f.provider, code: f.code, locale: f.locale, set: {} }));
    return e;
  };
  for (const f of fixes) editOf(f).set[f.field] = f.after;
  let restamped = 0;
  for (const e of [...edits.values()]) {
    if (e.locale !== sourceLocale) continue;
    const before = e.code.texts[sourceLocale]!;
    const was = sourceHash(before);
    const now = sourceHash({ ...before, ...e.set });
    for (const [locale, text] of Object.entries(e.code.texts)) {
      if (locale === sourceLocale || text.source !== was) continue;
      editOf({ ...e, locale }).set.source = now;
      restamped++;
    }
  }
  const files = editTexts([...edits.values()]);
  writeFilesAtomic([...files].map(([path, content]) => ({ path, content })));
  return { fields: fixes.length, files: [...files.keys()], restamped };
}
