/**
 * url-manifest: links pasted into tickets must keep working. urls.txt in
 * the catalog lists every URL the site has published; a URL that the
 * catalog no longer produces (no page and no redirect) is an error. New URLs
 * are added on purpose, with `npx errcat urls --update`.
 */
import type { Catalog } from '../catalog/load.ts';
import { publishedUrls } from '../catalog/routes.ts';
import { contentDir, guideSlugs } from '../catalog/content.ts';
import type { Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'url-manifest';

function run(catalog: Catalog): Finding[] {
  const manifest = catalog.manifest;
  if (!manifest) return [];
  const now = new Set(publishedUrls(catalog, guideSlugs(contentDir(catalog.root))));
  const listed = new Set(manifest.urls.map((u) => u.url));
  const out: Finding[] = [];
  for (const u of manifest.urls) {
    if (now.has(u.url)) continue;
    const code = u.url.split('/').filter(Boolean).pop();
    out.push({
      check: id,
      severity: 'error',
      file: manifest.file,
      line: u.line,
      column: 1,
      locales: [],
      message: `${u.url} was published and is no longer produced, so links to it in tickets and bookmarks would break.`,
      hint: `Keep the code and mark it deprecated (its page stays), or add ${code} as an alias of the code that replaces it (the URL then redirects).`,
    });
  }
  const added = [...now].filter((u) => !listed.has(u));
  if (added.length)
    out.push({
      check: id,
      severity: 'warning',
      file: manifest.file,
      line: 1,
      column: 1,
      locales: [],
      message: `${added.length} published URL${added.length === 1 ? ' is' : 's are'} not in the manifest yet (first: ${added[0]}).`,
      hint: 'Run npx errcat urls --update to add them, and commit urls.txt.',
    });
  return out;
}

export const check: Check = { id, summary: 'a published URL that is no longer produced', run };
