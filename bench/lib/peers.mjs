/**
 * The generators a team would otherwise pick, on the bench's catalog:
 * Starlight and Docusaurus, each given every code in every locale as a
 * Markdown page (title, summary, cause, action, HTTP status and retry
 * policy), with their default settings otherwise (Starlight runs Pagefind;
 * Docusaurus builds every locale). They are installed on demand in
 * bench/peers/ from its own package.json and lockfile, not errcat's
 * dependencies; the projects are written into bench/peers/work/, where Node
 * finds bench/peers/node_modules. `npm run bench -- --peers`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { measured } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PEERS = path.join(ROOT, 'bench/peers');
const NODE = process.execPath;

/** Installs the peers from bench/peers/package-lock.json unless they are there. */
export function installPeers(log) {
  if (existsSync(path.join(PEERS, 'node_modules/.package-lock.json'))) return;
  log('installing Starlight and Docusaurus in bench/peers/ (npm ci; once)');
  const lock = existsSync(path.join(PEERS, 'package-lock.json'));
  execFileSync('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: ['ignore', 'inherit', 'inherit'] });
}

const version = (name) => JSON.parse(readFileSync(path.join(PEERS, 'node_modules', name, 'package.json'), 'utf8')).version;
export const peerVersions = () => ({ starlight: version('@astrojs/starlight'), docusaurus: version('@docusaurus/core') });

/** The catalog as plain data: site.yaml and each provider's codes, read with `yaml` as the bare floor reads it. */
function readCatalog(dir) {
  const site = parse(readFileSync(path.join(dir, 'site.yaml'), 'utf8'));
  const providers = site.providers.map((id) => ({ id, codes: parse(readFileSync(path.join(dir, id, 'errors.yaml'), 'utf8')).codes }));
  return { site, providers, locales: site.locales };
}

/** One code's page in one locale, as Markdown (falling back to the source locale's texts). */
function codePage(site, code, locale) {
  const t = { ...code.texts[site.sourceLocale], ...code.texts[locale] };
  const yamlString = (s) => JSON.stringify(s ?? code.code);
  const parts = [`---\ntitle: ${yamlString(code.code)}\ndescription: ${yamlString(t.title)}\n---\n`, `## ${t.title ?? code.code}\n`, `${t.summary ?? ''}\n`];
  if (t.cause) parts.push(`### Cause\n\n${t.cause}\n`);
  if (t.action) parts.push(`### What to do\n\n${t.action}\n`);
  parts.push(`| HTTP | Retry |\n|---|---|\n| ${code.http} | ${code.retry?.policy ?? ''} |\n`);
  return parts.join('\n');
}

function writePages(cat, pathOf) {
  for (const l of cat.locales)
    for (const p of cat.providers)
      for (const c of p.codes) {
        const file = pathOf(l.id, p.id, c.code);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, codePage(cat.site, c, l.id));
      }
}

const fresh = (dir) => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A Starlight project of `catalogDir`'s codes in bench/peers/work/starlight-<label>/. */
export function writeStarlight(catalogDir, label) {
  const cat = readCatalog(catalogDir);
  const dir = fresh(path.join(PEERS, 'work', `starlight-${label}`));
  const locales = Object.fromEntries(cat.locales.map((l) => [l.id, { label: l.name, lang: l.lang ?? l.id }]));
  // Astro bundles the packages the project depends on that build on Astro (Starlight): they must be listed here.
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } })}\n`);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\n` +
      `export default defineConfig({\n  site: 'https://errors.example.com',\n  outDir: process.env.PEER_OUT,\n  trailingSlash: 'always',\n  build: { format: 'directory', concurrency: 2 },\n` +
      `  integrations: [starlight({ title: 'Error codes', defaultLocale: ${JSON.stringify(cat.site.defaultLocale)}, locales: ${JSON.stringify(locales)} })],\n});\n`,
  );
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = path.join(dir, 'src/content/docs');
  for (const l of cat.locales) {
    mkdirSync(path.join(docs, l.id), { recursive: true });
    writeFileSync(path.join(docs, l.id, 'index.md'), `---\ntitle: ${JSON.stringify(l.name)}\n---\n\n${cat.providers.map((p) => `- ${p.id}`).join("\n")}\n`);
  }
  writePages(cat, (l, p, c) => path.join(docs, l, p, `${c}.md`));
  return dir;
}

/** A Docusaurus project (classic preset, docs at /) of `catalogDir`'s codes in bench/peers/work/docusaurus-<label>/. */
export function writeDocusaurus(catalogDir, label) {
  const cat = readCatalog(catalogDir);
  const dir = fresh(path.join(PEERS, 'work', `docusaurus-${label}`));
  const ids = cat.locales.map((l) => l.id);
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {\n  title: 'Error codes',\n  url: 'https://errors.example.com',\n  baseUrl: '/',\n  trailingSlash: true,\n  onBrokenLinks: 'warn',\n` +
      `  markdown: { format: 'detect' },\n  i18n: { defaultLocale: ${JSON.stringify(cat.site.defaultLocale)}, locales: ${JSON.stringify(ids)} },\n` +
      `  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],\n};\n`,
  );
  const docsOf = (l) => (l === cat.site.defaultLocale ? path.join(dir, 'docs') : path.join(dir, 'i18n', l, 'docusaurus-plugin-content-docs/current'));
  for (const l of ids) {
    mkdirSync(docsOf(l), { recursive: true });
    writeFileSync(path.join(docsOf(l), 'index.md'), `---\nslug: /\ntitle: Error codes\n---\n\n${cat.providers.map((p) => `- ${p.id}`).join('\n')}\n`);
  }
  writePages(cat, (l, p, c) => path.join(docsOf(l), p, `${c}.md`));
  return dir;
}

/** Builds a project written above; resolves as measured() does. */
export function peerBuild(kind, dir, outDir, logFile) {
  rmSync(outDir, { recursive: true, force: true });
  const env = { ASTRO_TELEMETRY_DISABLED: '1', DOCUSAURUS_TELEMETRY_DISABLED: '1', PEER_OUT: outDir };
  const args =
    kind === 'starlight'
      ? [path.join(PEERS, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir]
      : [path.join(PEERS, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', dir, '--out-dir', outDir];
  return measured(NODE, args, { cwd: dir, env, logFile });
}
