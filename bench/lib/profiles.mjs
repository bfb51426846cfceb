/** The profile step: `node --cpu-prof` of the checks and of one errcat build, summarized (bench/lib/profile-summary.mjs). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { errcatBuild } from './builds.mjs';
import { summarize } from './profile-summary.mjs';
import { NODE, OUT, ROOT } from './session.mjs';

export async function profiles(label, catalogDir) {
  const dir = path.join(OUT, 'prof', label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'checks'), { recursive: true });
  execFileSync(NODE, ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'checks')}`, path.join(ROOT, 'bench/lib/time-checks.mjs'), catalogDir], { cwd: ROOT, stdio: 'ignore' });
  const checksFile = readdirSync(path.join(dir, 'checks'))[0];
  const out = { checks: summarize(path.join(dir, 'checks', checksFile), 15, 'src/') };
  const b = await errcatBuild(`${label}-profiled`, catalogDir, path.join(OUT, `dist-${label}-profiled`), path.join(dir, 'build'));
  if (b.code === 0) {
    // The biggest profile is the build's main thread.
    const files = readdirSync(path.join(dir, 'build')).map((f) => path.join(dir, 'build', f));
    const main = files.sort((x, y) => readFileSync(y).length - readFileSync(x).length)[0];
    out.build = summarize(main, 25);
    // errcat's own code: src/ (config hooks) and the bundled pages and modules, without Astro's render runtime chunks
    out.buildSrc = summarize(main, 25, 'src/|.prerender/chunks/', ['jsx-runtime', 'global_', 'prerender-entry', 'astro/dist']);
  }
  // The output is a link into errcat's folder beside it (README: The output folder); both go.
  for (const p of [`dist-${label}-profiled`, `.dist-${label}-profiled.errcat`]) rmSync(path.join(OUT, p), { recursive: true, force: true });
  return out;
}
