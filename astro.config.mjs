// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import errcat from './src/integrations/errcat.ts';
import rehypeGuideSafety from './src/render/guide-sanitize.ts';
import errcatDev from './src/integrations/dev.ts';

// Paths given in ERRCAT_CATALOG, ERRCAT_CONTENT and ERRCAT_OUT are relative to the working
// folder; the defaults are in this project, wherever the build runs from.
const root = path.dirname(fileURLToPath(import.meta.url));
const catalogDir = process.env.ERRCAT_CATALOG ? path.resolve(process.env.ERRCAT_CATALOG) : path.join(root, 'catalog');
const outDir = process.env.ERRCAT_OUT ? path.resolve(process.env.ERRCAT_OUT) : path.join(root, 'dist');
// The pages and the guides' module (src/integrations/guides.ts) read these folders from here, in this same process.
process.env.ERRCAT_CATALOG = catalogDir;
if (process.env.ERRCAT_CONTENT) process.env.ERRCAT_CONTENT = path.resolve(process.env.ERRCAT_CONTENT);
// Astro writes its server chunks inside the working folder and Node resolves their imports from
// there, so the build runs in the project whatever folder it was started from.
process.chdir(root);
const building = process.argv.includes('build');

// Locales come from the catalog: site.yaml is the only place they are named.
let site = { locales: [{ id: 'en' }], defaultLocale: 'en', url: 'https://example.invalid' };
try {
  site = parse(readFileSync(path.join(catalogDir, 'site.yaml'), 'utf8')) ?? site;
} catch {
  // A missing or broken site.yaml is reported, with its line, by the errcat integration.
}
const localeIds = Array.isArray(site.locales) ? site.locales.map((l) => l.id).filter(Boolean) : ['en'];

/**
 * Astro's own MDX output carries a "use astro:head-inject" directive the bundler warns about on every guide; nothing a writer can act on.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: { code?: string, message: string }) => void} warn
 */
function quietAstroDirective(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

export default defineConfig({
  site: typeof site.url === 'string' ? site.url : undefined,
  // What `astro preview` serves; a build writes into a work folder and the integration swaps the site in here.
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  i18n: {
    locales: localeIds.length ? localeIds : ['en'],
    defaultLocale: localeIds.includes(site.defaultLocale) ? site.defaultLocale : (localeIds[0] ?? 'en'),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Guides run no script even where the baseline accepts an unsafe-markdown finding in one.
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeGuideSafety] }) }), errcat({ catalogDir, outDir, workDir: path.join(root, '.errcat'), protect: [root, catalogDir] }), errcatDev({ catalogDir })],
  // Astro's console output, remembering the route conflicts it warns about so the build fails on them.
  logger: { entrypoint: fileURLToPath(new URL('./src/integrations/log.ts', import.meta.url)) },
  // The dev toolbar carries the catalog's findings (src/integrations/dev.ts); a build has none.
  devToolbar: { enabled: !building },
  // Guides import components as @components/X.astro, so a content folder works wherever it is.
  vite: { build: { assetsInlineLimit: 0, rollupOptions: { onwarn: quietAstroDirective } }, resolve: { alias: { '@components': path.join(root, 'src/components') } } },
});
