/**
 * The guides, served by errcat rather than by an Astro content collection,
 * which makes every build set up Astro's content layer (BENCHMARKS.md,
 * "Issue 21"). The Vite plugin makes `virtual:errcat/guides`: the list of
 * content/<locale>/<slug>.mdx, each with its front matter, read and
 * validated as the catalog's loader does, and the import of its MDX module.
 * A wrong front matter stops the module with its file:line:col and hint (the
 * build's checks stop before, with the same finding). Under `astro dev`, a
 * guide added, edited or removed makes the list again and reloads the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import type { Plugin, ViteDevServer } from 'vite';
import type { ModuleRunner } from 'vite/module-runner';
import { forgetGuideSlugs, guideFiles, GUIDE_FILE } from '../catalog/content.ts';
import type { Finding } from '../catalog/finding.ts';
import { guideBody, guideFrontmatter } from '../catalog/guide.ts';
import { reloadPages } from './dev-reload.ts';

const ID = 'virtual:errcat/guides';
const RESOLVED = `\0${ID}`;

/** The module's code: one entry per guide, its MDX imported when a page renders it. */
export function guidesModule(dir: string): string {
  const entries = guideFiles(dir).map(({ file, locale, slug }) => {
    const source = readFileSync(file, 'utf8');
    const findings: Finding[] = [];
    const data = guideFrontmatter(path.relative(process.cwd(), file), source, findings);
    if (!data) throw frontmatterError(file, findings);
    const entry = { id: `${locale}/${slug}`, locale, slug, data, body: guideBody(source).trim() };
    return `  { ...${JSON.stringify(entry)}, load: () => import(${JSON.stringify(file)}) },\n`;
  });
  return `export const guides = [\n${entries.join('')}];\n`;
}

/** The findings as one error for a person: Astro shows the first one's place, every message and hint, and no stack. */
function frontmatterError(file: string, findings: Finding[]): Error {
  const first = findings[0]!;
  const message = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).join('\n');
  const e = new AstroError(message, [...new Set(findings.map((f) => f.hint))].join('\n'));
  e.name = 'errcat';
  Object.assign(e, { loc: { file, line: first.line, column: first.column }, stack: `${e.name}: ${e.message}` });
  return e;
}

/** Whether a file is a guide of the content folder `dir`. */
export function isGuideFile(dir: string, file: string): boolean {
  const rel = path.relative(dir, path.resolve(file));
  return !rel.startsWith('..') && !path.isAbsolute(rel) && GUIDE_FILE.test(rel);
}

/** The plugin that serves `virtual:errcat/guides` from the content folder `dir`. */
export function guidesPlugin(dir: string): Plugin {
  return {
    name: 'errcat-guides',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? guidesModule(dir) : undefined),
    configureServer(dev: ViteDevServer) {
      dev.watcher.add(dir);
      const changed = (file: string) => {
        if (!isGuideFile(dir, file)) return;
        forgetGuideSlugs(dir);
        // As Astro does for its content store: the list is made again on its next import (the page imports it when
        // it lists its paths), Astro's cache of those paths is dropped, and the open pages reload.
        for (const env of Object.values(dev.environments)) {
          const mod = env.moduleGraph.getModuleById(RESOLVED);
          if (mod) env.moduleGraph.invalidateModule(mod);
          const runner = 'runner' in env ? (env.runner as ModuleRunner) : undefined;
          const evaluated = runner?.evaluatedModules.getModuleById(RESOLVED);
          if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
        }
        reloadPages(dev);
      };
      dev.watcher.on('add', changed);
      dev.watcher.on('change', changed);
      dev.watcher.on('unlink', changed);
    },
  };
}
