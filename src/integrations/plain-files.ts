/**
 * The output that needs no Astro page, written as plain files into the build
 * folder once Astro has written the pages and before the site is published:
 * the language-neutral redirects (/e/{CODE}/, /{provider}/{CODE}/), the
 * /api/v1 JSON, the search's titles and word indexes, sitemap.xml,
 * _redirects and _headers. All of it is computed from the catalog alone; an
 * Astro route costs about a millisecond a file, a file write tens of µs.
 * A file that exists already is an error: no page is ever replaced.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { contentDir } from '../catalog/content.ts';
import { langIn, textsIn, type ResolvedText } from '../site/data.ts';
import { EXPORT_VERSION, exportProvider, exportSchema } from '../site/export.ts';
import { guideSlugs } from '../site/guides.ts';
import { redirectPage } from '../site/lang-redirect.ts';
import { redirectLine, redirects, shortLinks } from '../catalog/routes.ts';
import { headersFile } from '../site/security.ts';
import { sitemapXml } from '../site/sitemap.ts';
import { urls } from '../catalog/urls.ts';
import { buildTitles, buildWordIndex } from '../search/build.ts';

/** A file at a URL path (a path ending in "/" is its index.html) and how to make its content. */
export type PlainFile = [url: string, content: () => string | Promise<string>];

/** The stylesheet links Astro bundled for LangRedirect.astro, read from the built `/`, which is such a page. */
function redirectStylesheets(dir: string): string {
  const root = readFileSync(path.join(dir, 'index.html'), 'utf8');
  return (root.match(/<link rel="stylesheet" href="[^"]*">/g) ?? []).join('');
}

function* redirectPages(cat: Catalog, css: string): Generator<PlainFile> {
  for (const [code, targets] of shortLinks(cat)) {
    const target = targets.length === 1 ? `/{locale}/${targets[0]!.provider}/${targets[0]!.code}/` : `/{locale}/e/${code}/`;
    yield [urls.short(code), () => redirectPage(cat, { target, title: code }, css)];
  }
  for (const p of cat.providers)
    for (const c of p.codes) for (const name of [c.code, ...c.aliases]) yield [`/${p.id}/${name}/`, () => redirectPage(cat, { target: `/{locale}/${p.id}/${c.code}/`, title: name }, css)];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function* api(cat: Catalog): Generator<PlainFile> {
  yield [urls.apiSchema(), () => json(exportSchema(cat.site.url))];
  for (const p of cat.providers) {
    // Each code is exported once, for its provider's file and its own.
    let data: ReturnType<typeof exportProvider> | undefined;
    const provider = () => (data ??= exportProvider(cat, p));
    yield [urls.api(p.id), () => json(provider())];
    // Aliases too: a program that received an alias reads the same data.
    for (const [i, c] of p.codes.entries()) for (const name of [c.code, ...c.aliases]) yield [urls.apiCode(p.id, name), () => json({ version: EXPORT_VERSION, code: provider().codes[i] })];
  }
}

/** /search/{locale}.titles.json and .words.json; each code's texts are resolved once for both. */
function* search(cat: Catalog): Generator<PlainFile> {
  for (const { id } of cat.site.locales) {
    let texts: Map<LoadedCode, ResolvedText> | undefined;
    const resolve = (c: LoadedCode) => {
      if (!texts) {
        texts = new Map();
        for (const p of cat.providers) for (const code of p.codes) texts.set(code, textsIn(cat, code, id));
      }
      return texts.get(c)!;
    };
    yield [`/search/${id}.titles.json`, () => buildTitles(cat, resolve)];
    yield [`/search/${id}.words.json`, () => buildWordIndex(cat, langIn(cat, id), resolve)];
  }
}

/** Every plain file of `catalogDir`'s catalog; `css` is what redirectStylesheets finds. */
export function* plainFiles(cat: Catalog, catalogDir: string, css: string): Generator<PlainFile> {
  yield* redirectPages(cat, css);
  yield* api(cat);
  yield* search(cat);
  yield ['/sitemap.xml', () => sitemapXml(cat, guideSlugs(contentDir(catalogDir)))];
  // The same redirects the HTML pages perform, and the security headers, for hosts that read these files (Netlify, Cloudflare Pages).
  yield ['/_redirects', () => `${redirects(cat).map(redirectLine).join('\n')}\n`];
  yield ['/_headers', headersFile];
}

/** Writes every plain file into `dir`, Astro's finished output; never over a file Astro wrote. */
export async function writePlainFiles(dir: string, cat: Catalog, catalogDir: string): Promise<void> {
  for (const [url, content] of plainFiles(cat, catalogDir, redirectStylesheets(dir))) {
    const file = path.join(dir, url.endsWith('/') ? `${url}index.html` : url);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await content(), { flag: 'wx' });
  }
}

const byUrl = new WeakMap<Catalog, Map<string, PlainFile[1]>>();

/** The plain file at `url` (a request's path), for the dev server, which writes none: its content, or undefined when there is none. */
export async function plainFileAt(cat: Catalog, catalogDir: string, url: string): Promise<string | undefined> {
  // The URLs are listed once per loaded catalog; a file's content is made when asked for.
  let files = byUrl.get(cat);
  if (!files) byUrl.set(cat, (files = new Map(plainFiles(cat, catalogDir, ''))));
  return files.get(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url)?.();
}
