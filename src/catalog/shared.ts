/**
 * One load and one check per build. The Astro integration loads and checks
 * the catalog before any page is written; the pages, which run in the same
 * process but in another module graph, find both here instead of parsing the
 * YAML and running every check again.
 */
import path from 'node:path';
import type { Catalog } from './load.ts';
import type { CheckResult } from '../checks/run.ts';

interface Shared {
  dir: string;
  catalog: Catalog;
  result: CheckResult;
}

const KEY = Symbol.for('errcat.build');
type Holder = { [KEY]?: Shared };

export function shareBuild(dir: string, catalog: Catalog, result: CheckResult): void {
  (globalThis as Holder)[KEY] = { dir: path.resolve(dir), catalog, result };
}

/** What this build's integration loaded and checked, if it was this catalog folder. */
export function sharedBuild(dir: string): Shared | undefined {
  const s = (globalThis as Holder)[KEY];
  return s && s.dir === path.resolve(dir) ? s : undefined;
}
