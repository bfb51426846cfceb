/**
 * The Astro integration: runs every check before a page is written and
 * stops the build on an error (same output as `errcat check`), builds into a
 * staging folder, and swaps it into place only when the whole build
 * succeeded, so a failed build never leaves a half-written dist/.
 */
import { existsSync, readdirSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CatalogLoadError, loadCatalog } from '../catalog/load.ts';
import { CHECK_CACHE, runChecks } from '../checks/run.ts';
import { formatText } from '../cli/format.ts';
import { redirectLine, redirects } from '../site/routes.ts';
import { shareBuild, sharedBuild } from '../catalog/shared.ts';

export interface ErrcatOptions {
  catalogDir: string;
  /** Where the finished site ends up. */
  finalDir: string;
}

export class CatalogCheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogCheckFailed';
    // Astro prints the stack for unknown errors; this one is a message to a person.
    this.stack = `${this.name}: ${message}`;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function errcat(options: ErrcatOptions): AstroIntegration {
  return {
    name: 'errcat',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        // Staging folders of builds that died half-way (their process is gone); builds running beside this one keep theirs.
        const parent = path.dirname(fileURLToPath(config.outDir));
        if (existsSync(parent))
          for (const name of readdirSync(parent)) {
            const pid = Number(/^staging-(\d+)$/.exec(name)?.[1]);
            if (pid && pid !== process.pid && !alive(pid)) rmSync(path.join(parent, name), { recursive: true, force: true });
          }
        let catalog;
        try {
          catalog = loadCatalog(options.catalogDir);
        } catch (e) {
          if (e instanceof CatalogLoadError) {
            const where = e.position.line ? `${e.position.file}:${e.position.line}:${e.position.column}` : e.position.file;
            throw new CatalogCheckFailed(`${where} ${e.message}\n  hint: ${e.hint}\nNothing was published; dist/ is unchanged.`);
          }
          throw e;
        }
        const started = performance.now();
        const result = runChecks(catalog, { cache: CHECK_CACHE });
        const ms = Math.round(performance.now() - started);
        shareBuild(options.catalogDir, catalog, result);
        if (result.failed) {
          console.error(formatText(result));
          throw new CatalogCheckFailed(`The catalog has ${result.errors} error${result.errors === 1 ? '' : 's'} (listed above); nothing was published and dist/ is unchanged. Run npx errcat check to see them again.`);
        }
        logger.info(`catalog checked in ${ms} ms: ${result.warnings} warning${result.warnings === 1 ? '' : 's'}, ${result.accepted.length} accepted (see the consistency page)`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const staged = fileURLToPath(dir);
        // The same redirects the HTML pages perform, for hosts that redirect on the server (Netlify, Cloudflare Pages).
        const list = redirects(sharedBuild(options.catalogDir)?.catalog ?? loadCatalog(options.catalogDir)).map(redirectLine);
        writeFileSync(path.join(staged, '_redirects'), `${list.join('\n')}\n`);
        const final = path.resolve(options.finalDir);
        if (path.resolve(staged) === final) return;
        const old = `${final}.old-${process.pid}`;
        mkdirSync(path.dirname(final), { recursive: true });
        if (existsSync(final)) renameSync(final, old);
        renameSync(staged, final);
        rmSync(old, { recursive: true, force: true });
        logger.info(`site written to ${path.relative(process.cwd(), final) || final}/`);
      },
    },
  };
}
