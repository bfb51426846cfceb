/**
 * Where a catalog's guides are: MDX files in content/<locale>/<slug>.mdx,
 * in the folder beside the catalog folder (catalog/../content), so a catalog
 * and its guides travel together; ERRCAT_CONTENT overrides it. The loader,
 * the checks and the site all ask here.
 */
import path from 'node:path';

export function contentDir(catalogRoot: string): string {
  return path.resolve(process.env.ERRCAT_CONTENT ?? path.join(catalogRoot, '..', 'content'));
}

/** content/<locale>/<slug>.mdx, relative to the content folder: the guide files. */
export const GUIDE_FILE = /^([^/\\]+)[/\\]([^/\\]+)\.mdx$/;
