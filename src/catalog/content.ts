/**
 * Where a catalog's guides are: MDX files in content/<locale>/<slug>.mdx,
 * in the folder beside the catalog folder (catalog/../content), so a catalog
 * and its guides travel together; ERRCAT_CONTENT overrides it. The loader,
 * the checks and the site all ask here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function contentDir(catalogRoot: string): string {
  return path.resolve(process.env.ERRCAT_CONTENT ?? path.join(catalogRoot, '..', 'content'));
}

/** content/<locale>/<slug>.mdx, relative to the content folder: the guide files. */
export const GUIDE_FILE = /^([^/\\]+)[/\\]([^/\\]+)\.mdx$/;

const slugCache = new Map<string, string[]>();

/** The slugs of the guides in a content folder, read once per folder (every page's footer asks). */
export function guideSlugs(dir: string): string[] {
  let slugs = slugCache.get(dir);
  if (!slugs) slugCache.set(dir, (slugs = [...new Set(guideFiles(dir).map((g) => g.slug))].sort()));
  return slugs;
}

/** Forgets the slugs read from a folder, after a guide was added or removed (the dev server). */
export function forgetGuideSlugs(dir: string): void {
  slugCache.delete(dir);
}

/** The guide files of a content folder (absolute), by locale and then by name. */
export function guideFiles(dir: string): { file: string; locale: string; slug: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: { file: string; locale: string; slug: string }[] = [];
  for (const locale of readdirSync(dir).sort()) {
    const sub = path.join(dir, locale);
    if (!statSync(sub).isDirectory()) continue;
    for (const name of readdirSync(sub).sort()) {
      const m = GUIDE_FILE.exec(`${locale}/${name}`);
      if (m) out.push({ file: path.join(sub, name), locale, slug: m[2]! });
    }
  }
  return out;
}
