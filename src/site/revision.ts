/**
 * The catalog's revision and date, for the consistency page. Both come from
 * git (the last commit that touched the catalog) so that two builds of the
 * same revision are identical; SOURCE_DATE_EPOCH overrides the date, and
 * without git a content hash stands in for the revision. A build reads it
 * once, before the pages (recordRevision), so no page starts git from the
 * build's grown process.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Revision { id: string; date: string | null }

function contentHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(dir, full)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 12);
}

export function catalogRevision(dir: string): Revision {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const fromEpoch = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : null;
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const [id, date] = execFileSync('git', ['log', '-1', '--format=%h %cs', '--', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' ');
    if (id && !dirty) return { id, date: fromEpoch ?? date ?? null };
  } catch {
    // not a git checkout
  }
  return { id: contentHash(dir), date: fromEpoch };
}

const KEY = Symbol.for('errcat.revision');
type Holder = { [KEY]?: { dir: string; revision: Revision } };

/** Reads `dir`'s revision now and keeps it for revisionOf: the pages run in this process but in another module graph. */
export function recordRevision(dir: string): Revision {
  const revision = catalogRevision(dir);
  (globalThis as Holder)[KEY] = { dir: path.resolve(dir), revision };
  return revision;
}

/** The revision recorded for `dir` by this build, else `dir`'s revision read now (the dev server, after every save). */
export function revisionOf(dir: string): Revision {
  const kept = (globalThis as Holder)[KEY];
  return kept && kept.dir === path.resolve(dir) ? kept.revision : catalogRevision(dir);
}
