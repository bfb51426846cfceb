/** What a result was measured on: the host, the tools' versions, and the state of the sources (commit, uncommitted files). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutable } from '../../tests/e2e/browser.ts';

export function machine(root) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const mem = readFileSync('/proc/meminfo', 'utf8');
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  let chromium;
  try {
    chromium = execFileSync(chromiumExecutable(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
  } catch {
    chromium = undefined;
  }
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  return {
    nproc: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpu)?.[1]?.trim(),
    memTotalGiB: Math.round((Number(/MemTotal:\s+(\d+)/.exec(mem)?.[1]) / 1024 / 1024) * 10) / 10,
    node: process.version,
    os: /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1],
    kernel: os.release(),
    chromium,
    astro: pkg('astro'),
    minisearch: pkg('minisearch'),
    pagefind: pkg('pagefind'),
    lighthouse: pkg('lighthouse'),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtyFiles: (git('status', '--porcelain') ?? '').split('\n').filter(Boolean).length,
    loadAtStart: loadAverage(),
  };
}

/** The 1, 5 and 15 minute load averages, to two decimals. */
export const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
