// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import errcat from './src/integrations/errcat.ts';
import errcatDev from './src/integrations/dev.ts';

// Locales come from the catalog: site.yaml is the only place they are named.
const catalogDir = path.resolve(process.env.ERRCAT_CATALOG ?? 'catalog');
let site = { locales: [{ id: 'en' }], defaultLocale: 'en', url: 'https://example.invalid' };
try {
  site = parse(readFileSync(path.join(catalogDir, 'site.yaml'), 'utf8')) ?? site;
} catch {
  // A missing or broken site.yaml is reported, with its line, by the errcat integration.
}
const localeIds = Array.isArray(site.locales) ? site.locales.map((l) => l.id).filter(Boolean) : ['en'];

// A build writes into a staging folder; the integration swaps it into dist/
// only when every page was written.
const finalDir = process.env.ERRCAT_OUT ?? 'dist';
const building = process.argv.includes('build');

export default defineConfig({
  site: typeof site.url === 'string' ? site.url : undefined,
  outDir: building ? `.errcat/staging-${process.pid}` : finalDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  i18n: {
    locales: localeIds.length ? localeIds : ['en'],
    defaultLocale: localeIds.includes(site.defaultLocale) ? site.defaultLocale : (localeIds[0] ?? 'en'),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), errcat({ catalogDir, finalDir }), errcatDev({ catalogDir })],
  // The dev toolbar carries the catalog's findings (src/integrations/dev.ts); a build has none.
  devToolbar: { enabled: !building },
  vite: { build: { assetsInlineLimit: 0 } },
});
