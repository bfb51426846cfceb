/**
 * Runs a command and measures wall time and memory of its whole process tree,
 * by polling /proc every ~50 ms (no extra tools):
 * - peakTreeRss: the largest sum of VmRSS over the tree seen in one sample,
 *   leaving out a child that is still a copy of its parent (forked, not yet
 *   started its own program: the same command line), whose RSS counts the
 *   parent's pages again;
 * - peakHwm: the largest VmHWM (the kernel's own peak RSS) of any single
 *   process of the tree, read at every sample, so a short spike between
 *   samples is still caught for that process;
 * - cpu: user + system time of the whole tree, from this process's
 *   cutime/cstime (/proc/self/stat), which count every descendant reaped,
 *   so a shared machine's load does not inflate it as it does wall time.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

function children(pid) {
  const out = [];
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // the task ended
    }
  }
  return out;
}

const cmdline = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
};

/** The process tree under `root`, without children that are still a fork of their parent. */
function tree(root) {
  const all = [root];
  for (let i = 0; i < all.length; i++) {
    const own = cmdline(all[i]);
    for (const c of children(all[i])) if (cmdline(c) !== own) all.push(c);
  }
  return all;
}

function memKb(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0);
    return { rss, hwm };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** User + system CPU of this process's reaped children, in ms. */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of stat(5), in clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * Spawns `cmd args` with `env`, output to `logFile`. Resolves to
 * { code, wallMs, cpuMs, peakTreeRssMb, peakHwmMb, samples, load1 }.
 */
export function measured(cmd, args, { cwd, env, logFile, intervalMs = 50 } = {}) {
  return new Promise((resolve, reject) => {
    const log = logFile ? createWriteStream(logFile) : undefined;
    const load1 = os.loadavg()[0];
    const started = performance.now();
    const cpu0 = childrenCpuMs();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => log?.write(d));
    child.stderr.on('data', (d) => log?.write(d));
    let peakTree = 0;
    let peakHwm = 0;
    let samples = 0;
    const sample = () => {
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const m = memKb(pid);
        sum += m.rss;
        if (m.hwm > peakHwm) peakHwm = m.hwm;
      }
      if (sum > peakTree) peakTree = sum;
      samples++;
    };
    const timer = setInterval(sample, intervalMs);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const done = () => resolve({ code, wallMs, cpuMs: childrenCpuMs() - cpu0, peakTreeRssMb: peakTree / 1024, peakHwmMb: peakHwm / 1024, samples, load1 });
      if (log) log.end(done);
      else done();
    });
  });
}
