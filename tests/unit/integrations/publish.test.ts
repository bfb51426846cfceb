/**
 * Publishing: at every instant the output path holds a complete site, the
 * old one or the new one, whatever happens to the build. Each build runs in
 * a child process (publish-child.ts) so that a fault can SIGKILL it or make
 * one step fail (ERRCAT_FAULT, read only by the swap module).
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STEPS, planOutput, prepare } from '../../../src/integrations/publish.ts';
import { siteAt, writeSite } from './sites.ts';

const CHILD = 'tests/unit/integrations/publish-child.ts';

/** Where the builds write before publishing (Astro's work folder in the project); on the same filesystem as the outputs but /dev/shm. */
const WORK = path.join(tmpdir(), 'errcat-publish-work');

function build(out: string, version: string, fault?: string) {
  const env = { ...process.env, ERRCAT_FAULT: fault ?? '' };
  const r = spawnSync(process.execPath, [CHILD, out, version, WORK], { encoding: 'utf8', env });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const fresh = () => mkdtempSync(path.join(tmpdir(), 'errcat-publish-'));
const store = (out: string) => path.join(path.dirname(out), `.${path.basename(out)}.errcat`);

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

/**
 * An output that already shows site "old": as a link (the usual case) or as
 * a real folder (an output from before), with the half-written staging
 * folder of a build that died beside it.
 */
function outputWithOldSite(kind: 'link' | 'folder'): string {
  const out = path.join(fresh(), 'dist');
  if (kind === 'link') expect(build(out, 'old').code).toBe(0);
  else writeSite(out, 'old');
  mkdirSync(path.join(store(out), `staging-${deadPid()}`, 'en'), { recursive: true });
  mkdirSync(path.join(WORK, `staging-${deadPid()}`, 'en'), { recursive: true });
  expect(siteAt(out)).toBe('old');
  return out;
}

/** After the next build: the new site is there, errcat's folder holds it and at most the one before, and no build's work is left. */
function expectCleanNextBuild(out: string) {
  const r = build(out, 'next');
  expect(r.code, r.err).toBe(0);
  expect(siteAt(out)).toBe('next');
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  const left = readdirSync(store(out));
  expect(left).toContain(path.basename(readlinkSync(out)));
  expect(left.length).toBeLessThanOrEqual(2);
  expect(left.filter((n) => !/^(site-\d+|kept)-\d+$/.test(n))).toEqual([]);
  expect(readdirSync(WORK)).toEqual([]);
}

describe('publishing a built site', () => {
  it('publishes into a new output path as a link to a complete release', () => {
    const out = path.join(fresh(), 'a', 'dist');
    expect(build(out, 'v1').code).toBe(0);
    expect(siteAt(out)).toBe('v1');
    expect(readlinkSync(out)).toMatch(/^\.dist\.errcat\/site-\d+-\d+$/);
    expectCleanNextBuild(out);
  });

  it('replaces an output folder from an older build by the link, and removes the old copy', () => {
    const out = outputWithOldSite('folder');
    expect(build(out, 'new').code).toBe(0);
    expect(siteAt(out)).toBe('new');
    expectCleanNextBuild(out);
  });

  it('publishes on another filesystem than the project\'s work folder, by a copy beside the output (no EXDEV)', () => {
    if (!existsSync('/dev/shm')) return;
    const base = mkdtempSync('/dev/shm/errcat-publish-');
    try {
      const out = path.join(base, 'site');
      writeSite(out, 'old');
      const r = build(out, 'new');
      expect(r.code, r.err).toBe(0);
      expect(siteAt(out)).toBe('new');
      expect(readdirSync(base).sort()).toEqual(['.site.errcat', 'site']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('publishes at the target of a link the user made (a web root) and leaves the link as it was', () => {
    const base = fresh();
    const webRoot = path.join(base, 'www', 'site');
    writeSite(webRoot, 'old');
    const out = path.join(base, 'project', 'dist');
    mkdirSync(path.dirname(out));
    symlinkSync(webRoot, out);
    expect(build(out, 'new').code).toBe(0);
    expect(readlinkSync(out)).toBe(webRoot);
    expect(siteAt(webRoot)).toBe('new');
    expect(siteAt(out)).toBe('new');
    expect(existsSync(path.join(base, 'project', '.dist.errcat'))).toBe(false);
    expect(build(out, 'newer').code).toBe(0);
    expect(readlinkSync(out)).toBe(webRoot);
    expect(siteAt(webRoot)).toBe('newer');
  });

  it('never shows a missing or half-written output to a reader polling it during swaps', async () => {
    const out = outputWithOldSite('link');
    // A reader in another process reads the output's files as fast as it can until told to stop.
    const reader = spawn(process.execPath, ['-e', `
      const { readFileSync } = require('node:fs');
      const files = ${JSON.stringify(['index.html', 'en/acme/ERROR_A/index.html'])};
      let reads = 0, bad = [];
      const stop = () => { console.log(JSON.stringify({ reads, bad: bad.slice(0, 5) })); process.exit(0); };
      process.stdin.on('data', stop);
      const loop = () => { for (let i = 0; i < 200; i++) for (const f of files) { try { readFileSync(${JSON.stringify(out)} + '/' + f); reads++; } catch (e) { bad.push(f + ' ' + e.code); } } setImmediate(loop); };
      loop();
    `], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    reader.stdout.on('data', (d) => (output += d));
    for (let i = 0; i < 8; i++) expect(build(out, `v${i}`).code).toBe(0);
    reader.stdin.write('stop\n');
    await new Promise((resolve) => reader.on('exit', resolve));
    const { reads, bad } = JSON.parse(output) as { reads: number; bad: string[] };
    expect(bad).toEqual([]);
    expect(reads).toBeGreaterThan(100);
    expect(siteAt(out)).toBe('v7');
  }, 60_000);

  for (const kind of ['link', 'folder'] as const) {
    describe(`with an output that is ${kind === 'link' ? 'errcat\'s link' : 'a real folder from before'}`, () => {
      // An output that is already a link is never moved aside.
      for (const step of STEPS.filter((s) => kind === 'folder' || s !== 'move-aside')) {
        it(`a build killed at "${step}" leaves a complete site, and the next build cleans up`, () => {
          const out = outputWithOldSite(kind);
          const r = build(out, 'new', `kill:${step}`);
          expect(r.signal).toBe('SIGKILL');
          const now = siteAt(out);
          if (kind === 'folder' && step === 'swap') {
            // The one instant of the first swap from a real folder: moved aside, the link not yet in place.
            expect(now).toBe('missing');
            const next = build(out, 'next');
            expect(next.out).toMatch(/was missing \(an interrupted build\)/);
          } else expect(['old', 'new']).toContain(now);
          expectCleanNextBuild(out);
        });

        for (const code of ['EPERM', 'EXDEV']) {
          it(`a build whose "${step}" fails with ${code} keeps a complete site and says where`, () => {
            const out = outputWithOldSite(kind);
            const r = build(out, 'new', `${code}:${step}`);
            if (step === 'transfer' && code === 'EXDEV') {
              // Another filesystem: the site is copied beside the output, then swapped in.
              expect(r.code, r.err).toBe(0);
              expect(siteAt(out)).toBe('new');
            } else if (step === 'sweep') {
              // The new site is in place; an old copy that cannot be removed is a note, not a failure.
              expect(r.code, r.err).toBe(0);
              expect(siteAt(out)).toBe('new');
              expect(r.out).toMatch(/Could not remove .*the next build tries again/);
            } else {
              expect(r.code).toBe(2);
              expect(siteAt(out)).toBe('old');
              expect(r.err).toContain(`(${code}); nothing was published and the output is unchanged.`);
              expect(r.err).toMatch(/hint: /);
              expect(r.err).not.toMatch(/\n\s+at /);
            }
            expectCleanNextBuild(out);
          });
        }
      }
    });
  }

  it('puts back the old site an earlier errcat left beside a missing output (dist.old-<pid>), and removes one beside an output', () => {
    const base = fresh();
    const out = path.join(base, 'dist');
    // That version swapped with two renames; killed between them, it left no output and the old site beside it.
    writeSite(`${out}.old-${deadPid()}`, 'old');
    const r = build(out, 'new');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/is back in its place/);
    expect(siteAt(out)).toBe('new');
    writeSite(`${out}.old-${deadPid()}`, 'stale');
    expect(build(out, 'newer').code).toBe(0);
    expect(readdirSync(base).sort()).toEqual(['.dist.errcat', 'dist']);
    expect(siteAt(out)).toBe('newer');
  });

  it('refuses to replace a folder it did not build, a file, or a folder holding the project', () => {
    const base = fresh();
    const notSite = path.join(base, 'home');
    mkdirSync(notSite);
    writeFileSync(path.join(notSite, 'notes.txt'), 'mine');
    let r = build(notSite, 'new');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The output ${notSite} is a folder errcat did not build`);
    expect(readdirSync(notSite)).toEqual(['notes.txt']);
    const file = path.join(base, 'file');
    writeFileSync(file, 'x');
    r = build(file, 'new');
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a file, not a folder');
    const project = path.join(base, 'project');
    mkdirSync(path.join(project, 'catalog'), { recursive: true });
    expect(() => prepare(planOutput(project, WORK), [path.join(project, 'catalog')])).toThrow(/holds .*catalog; publishing there would replace it/);
  });

  it('refuses a mount point, which cannot become a link, and says what to mount instead', () => {
    const out = path.join(fresh(), 'mnt');
    mkdirSync(out);
    // Mounting needs privileges; skip where there are none.
    if (spawnSync('mount', ['-t', 'tmpfs', 'none', out]).status !== 0) return;
    try {
      writeSite(out, 'old');
      const r = build(out, 'new');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`The output ${out} is a mount point`);
      expect(r.err).toMatch(/hint: Mount the folder above it instead/);
      expect(siteAt(out)).toBe('old');
    } finally {
      spawnSync('umount', [out]);
    }
  });

  it('says which folder it cannot write, with a hint, when the output\'s folder refuses writes', () => {
    const base = fresh();
    const parent = path.join(base, 'locked');
    mkdirSync(parent);
    // An immutable folder refuses writes even to root; skip where chattr is unavailable.
    if (spawnSync('chattr', ['+i', parent]).status !== 0) return;
    try {
      const r = build(path.join(parent, 'dist'), 'new');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`Could not write beside the output, in ${path.join(parent, '.dist.errcat')} (EPERM)`);
      expect(r.err).toContain(`hint: Give the build write access to ${parent}`);
    } finally {
      spawnSync('chattr', ['-i', parent]);
    }
  });
});
