/**
 * One load and one check per build. The Astro integration loads and checks
 * the catalog before any page is written; the pages, which run in the same
 * process but in another module graph, find both here instead of parsing the
 * YAML and running every check again. Under `astro dev` the integration
 * shares a new load after every save, or the error that made the catalog
 * unusable, which the pages then throw (Astro shows it in its overlay).
 */
import path from 'node:path';
import type { Catalog } from '../catalog/load.ts';
import type { CheckResult } from './run.ts';

interface Shared {
  dir: string;
  catalog: Catalog;
  result: CheckResult;
}

const KEY = Symbol.for('errcat.build');
type Holder = { [KEY]?: Shared | { dir: string; failure: Error } };

export function shareBuild(dir: string, catalog: Catalog, result: CheckResult): void {
  (globalThis as Holder)[KEY] = { dir: path.resolve(dir), catalog, result };
}

/** Records that the catalog cannot be loaded now (dev server: unusable YAML after a save). */
export function shareFailure(dir: string, failure: Error): void {
  (globalThis as Holder)[KEY] = { dir: path.resolve(dir), failure };
}

/** What this build's integration loaded and checked, if it was this catalog folder; throws what made it unusable. */
export function sharedBuild(dir: string): Shared | undefined {
  const s = (globalThis as Holder)[KEY];
  if (!s || s.dir !== path.resolve(dir)) return undefined;
  if ('failure' in s) throw s.failure;
  return s;
}
