/**
 * The live preview. Under `astro dev`, every save of a catalog file reloads
 * the catalog (parsing again only the providers whose files changed), runs
 * the checks, prints the findings as `errcat check` does, hands the new
 * catalog to the pages and reloads the open page. A dev toolbar app lists
 * the findings about the page in view and the catalog's count; a catalog
 * that cannot be loaded (unusable YAML) shows in Astro's error overlay.
 * A saved guide (content/<locale>/<slug>.mdx) is checked again too; guides.ts
 * serves it to the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CatalogLoadError, loadCatalog, providerMemo, type Catalog } from '../catalog/load.ts';
import { shareBuild, shareFailure } from '../checks/shared.ts';
import { runChecks, type CheckResult } from '../checks/run.ts';
import { TextMemo } from '../checks/text-memo.ts';
import type { FieldReading } from '../checks/check.ts';
import { formatText } from '../checks/format.ts';
import { EVENTS, type PageView } from './dev-events.ts';
import { failureView, pageView } from './dev-findings.ts';
import { plainFileAt } from './plain-files.ts';
import { isGuideFile } from './guides.ts';
import { reloadPages, type HotChannel } from './dev-reload.ts';
import { contentDir } from '../catalog/content.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The Vite dev server, as far as the live preview uses it. */
interface DevServer {
  middlewares: { use(fn: Middleware): unknown };
  watcher: { add(p: string): unknown; on(event: 'add' | 'change' | 'unlink', cb: (file: string) => void): unknown };
  environments: Record<string, { hot: HotChannel } | undefined>;
}

type State = { catalog: Catalog; result: CheckResult } | { failure: CatalogLoadError };

const CONTENT_TYPES: Record<string, string> = { '.json': 'application/json', '.xml': 'application/xml' };

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 11l3 3L22 4"/><path d="M21 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11"/></svg>';

/** Whether a changed file is one the catalog is read from. */
export function isCatalogFile(catalogDir: string, file: string): boolean {
  const rel = path.relative(path.resolve(catalogDir), path.resolve(file));
  return !rel.startsWith('..') && !path.isAbsolute(rel) && (/\.ya?ml$/.test(rel) || rel === 'urls.txt') && !rel.startsWith(`schema${path.sep}`);
}

export default function errcatDev(options: { catalogDir: string }): AstroIntegration {
  const { catalogDir } = options;
  const memo = providerMemo();
  const reader = new TextMemo<FieldReading>();
  let state: State | undefined;

  const reload = (logger: AstroIntegrationLogger) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      const catalog = loadCatalog(catalogDir, { memo });
      const loaded = performance.now();
      const result = runChecks(catalog, { memo: reader });
      const texts = `${reader.stats.read} text${reader.stats.read === 1 ? '' : 's'} read`;
      reader.endRun();
      shareBuild(catalogDir, catalog, result);
      state = { catalog, result };
      const ms = (from: number, to: number) => Math.round(to - from);
      console.error(formatText(result));
      logger.info(`catalog loaded in ${ms(started, loaded)} ms (read again: ${memo.parsed.join(', ') || 'nothing'}), checked in ${ms(loaded, performance.now())} ms (${texts}; ${Math.round(process.cpuUsage(cpu).user / 1000)} ms of CPU in all)`);
    } catch (e) {
      if (!(e instanceof CatalogLoadError)) {
        // A bug, not the catalog's fault: say so, and keep the dev server and the last good catalog.
        logger.error(`errcat could not reload the catalog; this is a bug, please report it with this trace:\n${(e as Error).stack ?? String(e)}`);
        return;
      }
      // Astro's overlay shows `loc` and `hint`; the pages throw this error while the catalog stays unusable.
      Object.assign(e, { loc: { file: path.relative(process.cwd(), path.resolve(e.position.file)), line: e.position.line, column: e.position.column }, stack: `${e.name}: ${e.message}` });
      shareFailure(catalogDir, e);
      state = { failure: e };
      const where = e.position.line ? `${e.position.file}:${e.position.line}:${e.position.column}` : e.position.file;
      logger.error(`${where} ${e.message}\n  hint: ${e.hint}`);
    }
  };

  const view = (pagePath: string): PageView | undefined => {
    if (!state) return undefined;
    if ('failure' in state) return failureView(pagePath, { ...state.failure.position, message: state.failure.message, hint: state.failure.hint });
    return pageView(state.catalog, state.result, pagePath);
  };

  return {
    name: 'errcat-dev',
    hooks: {
      'astro:config:setup': ({ command, addDevToolbarApp, logger }) => {
        if (command !== 'dev') return;
        addDevToolbarApp({ id: 'errcat-findings', name: 'Catalog findings', icon: ICON, entrypoint: new URL('./dev-toolbar.ts', import.meta.url) });
        reload(logger);
      },
      'astro:server:setup': ({ server, toolbar, logger }) => {
        const dev = server as unknown as DevServer;
        dev.watcher.add(path.resolve(catalogDir));
        let timer: ReturnType<typeof setTimeout> | undefined;
        // A save can come as several events (truncate, write); a file whose content did not change is not reloaded.
        const seen = new Map<string, string>();
        const changed = (file: string) => {
          if (!isCatalogFile(catalogDir, file) && !isGuideFile(contentDir(catalogDir), file)) return;
          const hash = existsSync(file) ? createHash('sha1').update(readFileSync(file)).digest('base64url') : '';
          if (seen.get(file) === hash) return;
          seen.set(file, hash);
          // An editor's save can be several events (write, rename): reload once.
          clearTimeout(timer);
          timer = setTimeout(() => {
            reload(logger);
            reloadPages(dev);
          }, 20);
        };
        dev.middlewares.use(plainFileMiddleware(() => (state && 'catalog' in state ? state.catalog : undefined), catalogDir));
        dev.watcher.on('change', changed);
        dev.watcher.on('add', changed);
        dev.watcher.on('unlink', changed);
        toolbar.on(EVENTS.page, (data: { path?: unknown }) => {
          const v = typeof data?.path === 'string' ? view(data.path) : undefined;
          if (v) toolbar.send(EVENTS.findings, v);
        });
      },
    },
  };
}

/**
 * What a build writes as plain files (short links, API, search indexes,
 * sitemap), made on request from the catalog `current` gives; anything
 * else, or a path that is not valid percent-encoding, goes on to Astro.
 */
export function plainFileMiddleware(current: () => Catalog | undefined, catalogDir: string): Middleware {
  return (req, res, next) => {
    const catalog = current();
    if (!catalog) return next();
    let url: string;
    try {
      url = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
    } catch {
      return next();
    }
    plainFileAt(catalog, catalogDir, url).then((body) => {
      if (body === undefined) return next();
      res.setHeader('content-type', url.endsWith('/') ? 'text/html; charset=utf-8' : (CONTENT_TYPES[path.extname(url)] ?? 'text/plain; charset=utf-8'));
      res.end(body);
    }, next);
  };
}
