/** `errcat urls`: the published URLs, and the committed manifest (urls.txt). */
import path from 'node:path';
import { loadCatalog } from '../catalog/load.ts';
import { writeFileAtomic } from '../catalog/write.ts';
import { publishedUrls } from '../catalog/routes.ts';
import { contentDir, guideSlugs } from '../catalog/content.ts';

const HEADER = '# Every URL this catalog has published. Links in tickets depend on them:\n# the url-manifest check fails when one is no longer produced. Add new ones\n# with `npx errcat urls --update`; never delete a line to silence the check.\n';

export function updateManifest(catalogDir: string, write: boolean): { urls: string[]; added: number; file: string } {
  const catalog = loadCatalog(catalogDir);
  const urls = publishedUrls(catalog, guideSlugs(contentDir(catalog.root)));
  const file = path.join(catalogDir, 'urls.txt');
  const known = new Set(catalog.manifest?.urls.map((u) => u.url) ?? []);
  const added = urls.filter((u) => !known.has(u)).length;
  if (write && (added || !catalog.manifest)) {
    const all = [...new Set([...(catalog.manifest?.urls.map((u) => u.url) ?? []), ...urls])].sort();
    writeFileAtomic(file, HEADER + all.join('\n') + '\n');
  }
  return { urls, added, file };
}
