/**
 * Publishing through a real build: the output on another filesystem or
 * behind a link to a web root, a build killed during the swap, an output
 * that cannot be written, an error in the middle of the build, and route
 * conflicts. After each, the output holds a complete site and nothing of the
 * build is left behind.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, copyCatalog, tempDir } from './astro.ts';

const FIXTURE = 'tests/fixtures/fourth-locale/catalog';
const WORK = path.resolve('.errcat');

/** A site from an earlier build, as errcat leaves one. */
function previousSite(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), 'the previous site');
  writeFileSync(path.join(dir, '_redirects'), '');
}

const newSite = (dir: string) => existsSync(path.join(dir, 'de/acme/ERROR_WAIT/index.html')) && existsSync(path.join(dir, '_headers'));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** No build that has ended left its work folder in the project. */
function expectNoDeadWork() {
  const dead = readdirSync(WORK).filter((n) => /^staging-\d+$/.test(n) && !alive(Number(n.split('-')[1])));
  expect(dead).toEqual([]);
}

describe('publishing a build', () => {
  it('publishes into an output on another filesystem than the project', () => {
    if (!existsSync('/dev/shm')) return;
    const base = mkdtempSync('/dev/shm/errcat-shm-');
    try {
      const out = path.join(base, 'site');
      previousSite(out);
      const r = build(FIXTURE, out);
      expect(r.code, r.log).toBe(0);
      expect(newSite(out)).toBe(true);
      expect(readdirSync(base).sort()).toEqual(['.site.errcat', 'site']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 120_000);

  it('publishes at the web root an output link points to, and leaves the link as it was', () => {
    const base = tempDir();
    const webRoot = path.join(base, 'www', 'errors');
    previousSite(webRoot);
    const out = path.join(base, 'dist');
    symlinkSync(webRoot, out);
    const r = build(FIXTURE, out);
    expect(r.code, r.log).toBe(0);
    expect(readlinkSync(out)).toBe(webRoot);
    expect(newSite(webRoot)).toBe(true);
    expect(r.log).toContain(`site published to ${out}/ (at ${webRoot})`);
  }, 120_000);

  it('keeps the previous site when the build is killed during the swap, and the next build publishes and cleans up', () => {
    const base = tempDir();
    const out = path.join(base, 'dist');
    expect(build(FIXTURE, out).code).toBe(0);
    const before = readlinkSync(out);
    const killed = build(FIXTURE, out, { env: { ERRCAT_FAULT: 'kill:swap' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(readlinkSync(out)).toBe(before);
    expect(newSite(out)).toBe(true);
    const next = build(FIXTURE, out);
    expect(next.code, next.log).toBe(0);
    expect(readlinkSync(out)).not.toBe(before);
    // The killed build's release is gone; the one before stays until the next build.
    expect(readdirSync(path.join(base, '.dist.errcat')).sort()).toEqual([path.basename(before), path.basename(readlinkSync(out))].sort());
    expectNoDeadWork();
  }, 240_000);

  it('stops before building with the folder it cannot write, a hint and exit code 2', () => {
    const parent = path.join(tempDir(), 'locked');
    mkdirSync(parent);
    // An immutable folder refuses writes even to root; skip where chattr is unavailable.
    if (spawnSync('chattr', ['+i', parent]).status !== 0) return;
    try {
      const r = build(FIXTURE, path.join(parent, 'dist'));
      expect(r.code).toBe(2);
      expect(r.log).toContain(`Could not write beside the output, in ${path.join(parent, '.dist.errcat')} (EPERM); nothing was published`);
      expect(r.log).toMatch(new RegExp(`Hint:\\s+Give the build write access to ${parent}`));
      expect(r.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
      expect(r.log).not.toMatch(/generating static routes/);
    } finally {
      spawnSync('chattr', ['-i', parent]);
    }
  }, 120_000);

  it('leaves the output untouched and no work folder behind when the build fails half-way', () => {
    const catalog = copyCatalog(FIXTURE);
    const site = path.join(catalog, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('lang: zh-CN', 'lang: "zh CN!!"'));
    const out = path.join(tempDir(), 'dist');
    previousSite(out);
    const r = build(catalog, out);
    expect(r.code).not.toBe(0);
    expect(readdirSync(out).sort()).toEqual(['_redirects', 'index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expectNoDeadWork();
  }, 120_000);

  it('fails on a route conflict Astro reports, and publishes nothing', () => {
    const catalog = copyCatalog(FIXTURE);
    // A provider named like the site's own search page.
    renameSync(path.join(catalog, 'acme'), path.join(catalog, 'search'));
    for (const [file, from, to] of [['site.yaml', 'providers: [acme]', 'providers: [search]'], ['search/provider.yaml', 'id: acme', 'id: search']] as const) {
      const p = path.join(catalog, file);
      writeFileSync(p, readFileSync(p, 'utf8').replace(from, to));
    }
    const out = path.join(tempDir(), 'dist');
    previousSite(out);
    const r = build(catalog, out);
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/search/);
    expect(r.log).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expectNoDeadWork();
  }, 120_000);
});
