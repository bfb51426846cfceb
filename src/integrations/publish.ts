/**
 * Publishing a built site so that the output path always holds a complete
 * site, the old one or the new one.
 *
 * The output path (`dist/`, or ERRCAT_OUT) is a symbolic link into errcat's
 * folder beside it, `.<name>.errcat/`, which holds the published release, the
 * one before, and this build's staging folder (same filesystem). Astro builds
 * into a work folder in the project (`.errcat/staging-<pid>`: its server
 * chunks must resolve the project's packages); when every page is written,
 * the site moves into `staging-<pid>` beside the output (a rename, or a copy
 * when the output is on another filesystem), is renamed to
 * `site-<time>-<pid>`, and the link is replaced with one to it by renaming a
 * new link over it: one rename(2), atomic on POSIX filesystems.
 * An output path that is a real folder (made by hand or by an older errcat)
 * is moved into errcat's folder once and replaced by the link; only in that
 * first swap is the path missing, between two renames, and a build that
 * finds it missing links it to the newest complete release again. A link the
 * user made (`dist -> /var/www/site`) is followed and left as it is: errcat
 * publishes at its target.
 *
 * Fault seam for tests: ERRCAT_FAULT=kill:<step> or <ERRNO>:<step> makes a
 * step SIGKILL this process or fail with that error code. Nothing else reads it.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The steps of a swap, in order; each can be faulted. */
export const STEPS = ['transfer', 'seal', 'link', 'move-aside', 'swap', 'sweep'] as const;
export type Step = (typeof STEPS)[number];

export interface Output {
  /** The output path as configured, absolute. */
  requested: string;
  /** Where the site is published: `requested`, or where a link the user made leads. */
  target: string;
  /** errcat's folder beside the target: releases, staging, temporary links. */
  store: string;
  /** This build's staging folder beside the output. */
  staging: string;
  /** Where Astro writes the site (its outDir): `staging-<pid>` in the project's work folder. */
  work: string;
}

/** The output cannot be used: a message with the path, and what to do. */
export class PublishError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'PublishError';
    this.hint = hint;
  }
}

const STORE_SUFFIX = '.errcat';
/** What errcat leaves in its folders, each named with the id of the process that made it. */
const ENTRY = /^(staging|link|kept|probe|site-\d+)-(\d+)$/;

const storeOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}${STORE_SUFFIX}`);

/** True when `link` (the text of a symbolic link at `at`) is one errcat made: into its own folder beside it. */
function isOwnLink(at: string, link: string): boolean {
  return path.dirname(path.resolve(path.dirname(at), link)) === storeOf(at);
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/**
 * Resolves the output path: follows links the user made (at most 40, as the
 * kernel does), stops at errcat's own. `workDir` holds Astro's work folder.
 */
export function planOutput(requested: string, workDir: string, pid = process.pid): Output {
  let target = path.resolve(requested);
  for (let hops = 0; hops < 40; hops++) {
    const st = lstatOrNull(target);
    if (!st?.isSymbolicLink()) break;
    const link = readlinkSync(target);
    if (isOwnLink(target, link)) break;
    target = path.resolve(path.dirname(target), link);
  }
  const store = storeOf(target);
  return { requested: path.resolve(requested), target, store, staging: path.join(store, `staging-${pid}`), work: path.join(path.resolve(workDir), `staging-${pid}`) };
}

function fail(e: unknown, what: string, where: string): never {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  const hints: Record<string, string> = {
    EACCES: `Give the build write access to ${path.dirname(where)}, or set ERRCAT_OUT to a folder it can write.`,
    EPERM: `Give the build write access to ${path.dirname(where)}, or set ERRCAT_OUT to a folder it can write.`,
    EROFS: `${path.dirname(where)} is on a read-only filesystem; set ERRCAT_OUT to a folder on a writable one.`,
    EBUSY: `${where} is in use or a mount point; errcat replaces it with a link, so point ERRCAT_OUT at a path inside the mount, or stop what holds it.`,
    ENOSPC: `The disk holding ${path.dirname(where)} is full; free space and build again.`,
  };
  throw new PublishError(
    `Could not ${what} ${where} (${code}); nothing was published and the output is unchanged.`,
    hints[code] ?? `Check that ${path.dirname(where)} exists and can be written, or set ERRCAT_OUT to another folder.`,
  );
}

/** Runs one step of the swap, unless ERRCAT_FAULT says to kill the process or fail it there. */
function step(name: Step, where: string, action: () => void): void {
  const [kind, at] = (process.env.ERRCAT_FAULT ?? '').split(':');
  if (at === name) {
    if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error(`${kind}: fault injected at ${name}, ${where}`), { code: kind, path: where });
  }
  action();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The release the output path links to now, if errcat made the link. */
function current(out: Output): string | undefined {
  const st = lstatOrNull(out.target);
  if (!st?.isSymbolicLink()) return undefined;
  const link = readlinkSync(out.target);
  return isOwnLink(out.target, link) ? path.basename(link) : undefined;
}

/** A folder errcat may replace: empty, or a site it built (every build writes index.html and _redirects). */
function replaceable(dir: string): boolean {
  const names = readdirSync(dir);
  return names.length === 0 || (names.includes('index.html') && names.includes('_redirects'));
}

/**
 * Before a build: refuses an output errcat must not replace, makes errcat's
 * folder (so an unwritable output fails before any page is built), links a
 * missing output path to the newest complete release, and removes what
 * interrupted builds left. Returns notes for the log.
 */
export function prepare(out: Output, protect: string[] = []): string[] {
  const { target } = out;
  for (const p of [path.parse(target).root, ...protect.map((x) => path.resolve(x))]) {
    if (p === target || p.startsWith(target + path.sep))
      throw new PublishError(`The output ${target} holds ${p}; publishing there would replace it.`, 'Set ERRCAT_OUT to a folder of its own, such as dist.');
  }
  const st = lstatOrNull(target);
  if (st && !st.isSymbolicLink()) {
    if (!st.isDirectory()) throw new PublishError(`The output ${target} is a file, not a folder.`, 'Remove the file, or set ERRCAT_OUT to a folder.');
    if (statSync(path.dirname(target)).dev !== st.dev)
      throw new PublishError(`The output ${target} is a mount point; errcat replaces the output with a link to the new site, which a mount point cannot be.`, `Mount the folder above it instead, or set ERRCAT_OUT to a path inside the mount (e.g. ${path.join(target, 'site')}) and serve that.`);
    if (!replaceable(target))
      throw new PublishError(`The output ${target} is a folder errcat did not build (it has no index.html and _redirects); errcat will not replace it.`, 'Empty or remove the folder, or set ERRCAT_OUT to another one.');
  }
  const probe = path.join(out.store, `probe-${process.pid}`);
  try {
    mkdirSync(out.store, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    fail(e, 'write beside the output, in', out.store);
  }
  const notes = legacy(out);
  // Missing, or errcat's link to a release that is gone: an interrupted first swap, or a hand-deleted release.
  if (!existsSync(target) && (!st || current(out))) {
    const release = newest(out);
    if (release) {
      try {
        point(out, release);
      } catch (e) {
        fail(e, 'restore the link at', target);
      }
      notes.push(`${target} was missing (an interrupted build); it shows ${release} again.`);
    }
  }
  return [...notes, ...sweep(out)];
}

/**
 * What errcat's earlier swap (two renames: dist -> dist.old-<pid>, then the
 * staged site -> dist) left when it was interrupted: the old site beside a
 * missing output goes back in place; beside an output, it goes.
 */
function legacy(out: Output): string[] {
  const notes: string[] = [];
  const dir = path.dirname(out.requested);
  for (const name of readdirSync(dir)) {
    const pid = Number(name.startsWith(`${path.basename(out.requested)}.old-`) && name.slice(path.basename(out.requested).length + 5));
    if (!Number.isInteger(pid) || !pid || alive(pid)) continue;
    const full = path.join(dir, name);
    try {
      if (!lstatOrNull(out.requested) && !newest(out)) {
        renameSync(full, out.requested);
        notes.push(`${out.requested} was missing (a build interrupted before this version); ${name} is back in its place.`);
      } else rmSync(full, { recursive: true, force: true });
    } catch (e) {
      notes.push(`Could not clear ${full} (${(e as NodeJS.ErrnoException).code ?? e}); the next build tries again.`);
    }
  }
  return notes;
}

/** The newest complete release in errcat's folder: a site-* (sealed when complete), else a kept-* (a moved output). */
function newest(out: Output): string | undefined {
  const names = readdirSync(out.store).filter((n) => ENTRY.test(n));
  const sites = names.filter((n) => n.startsWith('site-')).sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  return sites[0] ?? names.find((n) => n.startsWith('kept-'));
}

/** Points the output path at a release: a new link renamed over the old one. */
function point(out: Output, release: string): void {
  const tmp = path.join(out.store, `link-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(path.join(path.basename(out.store), release), tmp);
  renameSync(tmp, out.target);
}

/**
 * Removes what earlier builds left: staging folders, temporary links and
 * releases of processes that are gone, and this one's (before a build it
 * has made nothing yet); never the release the output links to, nor `keep`:
 * the one it linked to until now, which a reader may still be opening files
 * in, stays until the next build. A removal that fails is a note,
 * not an error: the site is in place.
 */
function sweep(out: Output, keep?: string): string[] {
  return [...sweepFolder(path.dirname(out.work), () => undefined), ...sweepFolder(out.store, () => current(out), keep)];
}

function sweepFolder(dir: string, current: () => string | undefined, keep?: string): string[] {
  const notes: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return notes;
  }
  for (const name of names) {
    const m = ENTRY.exec(name);
    if (!m || name === current() || name === keep) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && alive(pid)) continue;
    const full = path.join(dir, name);
    try {
      step('sweep', full, () => rmSync(full, { recursive: true, force: true }));
    } catch (e) {
      notes.push(`Could not remove ${full} (${(e as NodeJS.ErrnoException).code ?? e}); the next build tries again.`);
    }
  }
  return notes;
}

/**
 * Swaps the staged site in: seals it as a release, points the output path at
 * it, and sweeps. On an error the output path still holds the old site, and a
 * PublishError says what to do. Returns notes for the log.
 */
export function publish(out: Output): string[] {
  transfer(out);
  const release = `site-${Date.now()}-${process.pid}`;
  const sealed = path.join(out.store, release);
  try {
    step('seal', sealed, () => renameSync(out.staging, sealed));
  } catch (e) {
    fail(e, 'seal the built site as', sealed);
  }
  const tmp = path.join(out.store, `link-${process.pid}`);
  try {
    step('link', tmp, () => {
      rmSync(tmp, { force: true });
      symlinkSync(path.join(path.basename(out.store), release), tmp);
    });
  } catch (e) {
    fail(e, 'make the link', tmp);
  }
  const st = lstatOrNull(out.target);
  const kept = path.join(out.store, `kept-${process.pid}`);
  const previous = st?.isSymbolicLink() ? current(out) : st ? path.basename(kept) : undefined;
  if (st && !st.isSymbolicLink()) {
    // A real folder cannot be renamed over; it moves aside first (once: from then on the output is a link).
    try {
      step('move-aside', out.target, () => renameSync(out.target, kept));
    } catch (e) {
      fail(e, 'move aside the old site at', out.target);
    }
  }
  try {
    mkdirSync(path.dirname(out.target), { recursive: true });
    step('swap', out.target, () => renameSync(tmp, out.target));
  } catch (e) {
    // Put the old site back; should that fail too, the next build links the path to the newest site.
    if (st && !st.isSymbolicLink()) {
      try {
        renameSync(kept, out.target);
      } catch {}
    }
    fail(e, 'put the new site at', out.target);
  }
  return sweep(out, previous);
}

/** Moves Astro's output beside the published one: a rename, or a copy onto another filesystem. */
function transfer(out: Output): void {
  try {
    step('transfer', out.staging, () => renameSync(out.work, out.staging));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') fail(e, 'move the built site to', out.staging);
    try {
      rmSync(out.staging, { recursive: true, force: true });
      cpSync(out.work, out.staging, { recursive: true, verbatimSymlinks: true });
      rmSync(out.work, { recursive: true, force: true });
    } catch (e2) {
      fail(e2, 'copy the built site to', out.staging);
    }
  }
}

/** Removes this build's work and staging folders and temporary link (a build that failed, or never reached the swap). */
export function discard(out: Output): void {
  for (const p of [out.work, out.staging, path.join(out.store, `link-${process.pid}`)]) rmSync(p, { recursive: true, force: true });
}
