/**
 * The Astro integration: runs every check before a page is written and
 * stops the build on an error (same output as `errcat check`), builds into a
 * work folder in the project, and publishes it (publish.ts) only when
 * the whole build succeeded and Astro reported no route conflict, so a failed
 * build never leaves a half-written site and the output always holds a
 * complete one. Exit codes as the CLI's where errcat decides: 1 when the
 * catalog has errors or routes conflict, 2 when the catalog or the output
 * cannot be used; an error inside Astro exits 1, as Astro decides.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { loadCatalog, releaseTrees } from '../catalog/load.ts';
import { siteSpecs, specFindings } from '../checks/openapi.ts';
import { runChecks } from '../checks/run.ts';
import { formatText } from '../checks/format.ts';
import { unusable } from '../catalog/unusable.ts';
import { SECURITY_HEADERS } from '../site/security.ts';
import { recordRevision } from '../site/revision.ts';
import { shareBuild, sharedBuild } from '../checks/shared.ts';
import { discard, planOutput, prepare, publish, PublishError, type Output } from './publish.ts';
import { logState } from './log.ts';
import { writePlainFiles } from './plain-files.ts';
import { guidesPlugin } from './guides.ts';
import { contentDir } from '../catalog/content.ts';

export interface ErrcatOptions {
  catalogDir: string;
  /** Where the finished site ends up (absolute). */
  outDir: string;
  /** The project's work folder, where Astro builds before the site is published (absolute). */
  workDir: string;
  /** Folders the output must never hold (the project, the catalog). */
  protect: string[];
}

/** What a stopped build says about the output, naming it as the user did. */
let unchanged = 'nothing was published and the output is unchanged';

/**
 * Stops the build with a message for a person: Astro prints it with its hint
 * and no stack trace (and log.ts drops Astro's "unhandled error" preamble);
 * the process exits with `code`.
 */
function stop(message: string, hint: string, code: 1 | 2): never {
  logState().stopping = true;
  process.on('exit', () => (process.exitCode = code));
  const e = new AstroError(message, hint);
  e.name = 'errcat';
  e.stack = '';
  // Astro swaps the hint for one about browser APIs when the text names "document" or "window".
  e.toString = () => e.name;
  throw e;
}

/** Turns an error errcat knows (unusable catalog or output) into a stop; a bug is thrown on with its stack. */
function stopOnKnown(e: unknown): never {
  if (e instanceof PublishError) stop(e.message, e.hint, 2);
  const u = unusable(e);
  if (!u) throw e;
  stop(`${u.line ? `${u.file}:${u.line}:${u.column}` : u.file} ${u.message} ${unchanged[0]!.toUpperCase()}${unchanged.slice(1)}.`, u.hint, 2);
}

/** The output as the user named it: relative to the working folder when inside it. */
function shown(out: Output): string {
  const rel = path.relative(process.cwd(), out.requested);
  return rel && !rel.startsWith('..') ? rel : out.requested;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function failOnRouteConflicts(): void {
  const conflicts = logState().conflicts;
  if (conflicts.length)
    stop(
      `Astro reported ${plural(conflicts.length, 'route conflict')} (listed above): pages the catalog asks for would be replaced by others; ${unchanged}.`,
      'A provider id that equals a path the site uses itself (search, consistency, guides, e, api, or a locale id) is the usual cause: give the provider another id.',
      1,
    );
}

async function checkCatalog(options: ErrcatOptions, logger: AstroIntegrationLogger): Promise<void> {
  let catalog;
  let extra;
  try {
    catalog = loadCatalog(options.catalogDir);
    // The OpenAPI documents site.yaml names: the API must return what the catalog documents.
    extra = await specFindings(catalog, siteSpecs(catalog));
  } catch (e) {
    stopOnKnown(e);
  }
  const started = performance.now();
  const result = runChecks(catalog, { extra });
  releaseTrees(catalog);
  const ms = Math.round(performance.now() - started);
  shareBuild(options.catalogDir, catalog, result);
  if (result.failed) {
    console.error(formatText(result));
    stop(`The catalog has ${plural(result.errors, 'error')} (listed above); ${unchanged}.`, 'Run npx errcat check to see them again.', 1);
  }
  logger.info(`catalog checked in ${ms} ms: ${plural(result.warnings, 'warning')}, ${result.accepted.length} accepted (see the consistency page)`);
}

export default function errcat(options: ErrcatOptions): AstroIntegration {
  let output: Output | undefined;
  return {
    name: 'errcat',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        // The pages carry the policy as a <meta> tag except on the dev server (CspMeta.astro); preview sends it as headers too.
        updateConfig({ vite: { define: { 'import.meta.env.ERRCAT_CSP_META': JSON.stringify(command !== 'dev') } } });
        if (command === 'preview') updateConfig({ server: { headers: SECURITY_HEADERS } });
        else updateConfig({ vite: { plugins: [guidesPlugin(contentDir(options.catalogDir))] } });
        if (command !== 'build') return;
        const out = planOutput(options.outDir, options.workDir);
        output = out;
        unchanged = `nothing was published and ${shown(out)}/ is unchanged`;
        // Whatever stops the build from here on, its work and staging folders go with it.
        process.on('exit', () => discard(out));
        try {
          for (const note of prepare(out, options.protect)) logger.warn(note);
        } catch (e) {
          stopOnKnown(e);
        }
        updateConfig({ outDir: pathToFileURL(`${out.work}/`) });
        await checkCatalog(options, logger);
        // git runs now, while the process is small, once for all the consistency pages.
        recordRevision(options.catalogDir);
      },
      'astro:config:done': () => {
        if (output) failOnRouteConflicts();
      },
      'astro:build:done': async ({ dir, logger }) => {
        failOnRouteConflicts();
        const started = performance.now();
        await writePlainFiles(fileURLToPath(dir), sharedBuild(options.catalogDir)?.catalog ?? loadCatalog(options.catalogDir), options.catalogDir);
        logger.info(`redirects, API, search indexes and sitemap written in ${Math.round(performance.now() - started)} ms`);
        if (!output) return;
        try {
          for (const note of publish(output)) logger.warn(note);
        } catch (e) {
          stopOnKnown(e);
        }
        logger.info(`site published to ${shown(output)}/${output.target === output.requested ? '' : ` (at ${output.target})`}`);
      },
    },
  };
}
