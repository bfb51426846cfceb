import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/url-manifest.ts';
import { loadCatalogFromFiles } from '../../../src/catalog/load.ts';
import { publishedUrls } from '../../../src/catalog/routes.ts';
import { guideSlugs } from '../../../src/site/guides.ts';
import { catalogFiles, code, lines } from '../helpers.ts';

function withManifest(codes: Record<string, unknown>[], manifestFrom: Record<string, unknown>[]) {
  const base = loadCatalogFromFiles(catalogFiles({ providers: { acme: { codes: manifestFrom } } }));
  const manifest = ['# urls', ...publishedUrls(base, guideSlugs())].join('\n');
  return loadCatalogFromFiles({ ...catalogFiles({ providers: { acme: { codes } } }), 'urls.txt': manifest });
}

describe('url-manifest', () => {
  it('finds nothing when the catalog publishes exactly the listed URLs', () => {
    const codes = [code(), code({ code: 'ERROR_OTHER', aliases: ['OTHER'] })];
    expect(check.run(withManifest(codes, codes))).toEqual([]);
  });

  it('reports every URL of a code removed from the catalog, at its line in urls.txt', () => {
    const before = [code(), code({ code: 'ERROR_OTHER' })];
    const findings = check.run(withManifest([code()], before));
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/urls.txt:3:1 error [url-manifest] /acme/ERROR_OTHER/ was published and is no longer produced, so links to it in tickets and bookmarks would break.",
        "catalog/urls.txt:6:1 error [url-manifest] /api/v1/acme/ERROR_OTHER.json was published and is no longer produced, so links to it in tickets and bookmarks would break.",
        "catalog/urls.txt:8:1 error [url-manifest] /e/ERROR_OTHER/ was published and is no longer produced, so links to it in tickets and bookmarks would break.",
        "catalog/urls.txt:12:1 error [url-manifest] /en/acme/ERROR_OTHER/ was published and is no longer produced, so links to it in tickets and bookmarks would break.",
        "catalog/urls.txt:19:1 error [url-manifest] /ru/acme/ERROR_OTHER/ was published and is no longer produced, so links to it in tickets and bookmarks would break.",
        "catalog/urls.txt:26:1 error [url-manifest] /zh/acme/ERROR_OTHER/ was published and is no longer produced, so links to it in tickets and bookmarks would break.",
      ]
    `);
  });

  it('accepts a removed code kept as an alias: its old URLs redirect', () => {
    const before = [code(), code({ code: 'ERROR_OTHER' })];
    expect(check.run(withManifest([code({ aliases: ['ERROR_OTHER'] })], before)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns about new URLs until the manifest is updated', () => {
    const findings = check.run(withManifest([code(), code({ code: 'ERROR_NEW' })], [code()]));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.hint).toBe('Run npx errcat urls --update to add them, and commit urls.txt.');
  });

  it('does nothing for a catalog without a manifest', () => {
    expect(check.run(loadCatalogFromFiles(catalogFiles()))).toEqual([]);
  });
});
