/** Guides: MDX files in content/<locale>/<slug>.mdx (src/catalog/content.ts says where). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../catalog/content.ts';

export const CONTENT_DIR = contentDir(process.env.ERRCAT_CATALOG ?? 'catalog');

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
