/**
 * Guides: MDX files in content/<locale>/<slug>.mdx. The content folder sits
 * beside the catalog folder (catalog/../content), so a catalog and its guides
 * travel together, and the check and the build find the same guides from
 * any working folder; ERRCAT_CONTENT overrides it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The guides of the catalog at `catalogRoot`: its sibling content/, or ERRCAT_CONTENT. */
export function contentDirOf(catalogRoot: string): string {
  return path.resolve(process.env.ERRCAT_CONTENT ?? path.join(path.resolve(catalogRoot), '..', 'content'));
}

/** The build's guides (astro.config.mjs sets ERRCAT_CATALOG to the absolute catalog folder). */
export const CONTENT_DIR = contentDirOf(process.env.ERRCAT_CATALOG ?? 'catalog');

const cache = new Map<string, string[]>();

/** The guides' slugs, read once per folder (every page's footer asks). */
export function guideSlugs(dir = CONTENT_DIR): string[] {
  let slugs = cache.get(dir);
  if (!slugs) cache.set(dir, (slugs = readSlugs(dir)));
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
