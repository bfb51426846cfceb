/**
 * Where a catalog's guides are: MDX files in content/<locale>/<slug>.mdx,
 * in the folder beside the catalog folder (catalog/../content), so a catalog
 * and its guides travel together; ERRCAT_CONTENT overrides it. The loader,
 * the checks and the site all ask here.
 */
import { existsSync, readdirSync } from 'node:fs';
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
  if (!slugs) slugCache.set(dir, (slugs = readSlugs(dir)));
  return slugs;
}

function readSlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const slugs = new Set<string>();
  for (const locale of readdirSync(dir)) {
    const sub = path.join(dir, locale);
    if (!existsSync(sub)) continue;
    for (const f of readdirSync(sub)) if (f.endsWith('.mdx')) slugs.add(f.slice(0, -4));
  }
  return [...slugs].sort();
}
