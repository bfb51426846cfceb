/** Runs `astro build` of this project in a child process, as a docs maintainer would, on any catalog and output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  /** The working folder (default: the project); the build is pointed at the project with --root. */
  cwd?: string;
  env?: Record<string, string>;
}

export function build(catalog: string, out: string, options: BuildOptions = {}) {
  // As npm run build has it: no NODE_ENV (vitest sets it to test).
  const { NODE_ENV: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...env, ERRCAT_CATALOG: catalog, ERRCAT_OUT: out, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ERRCAT_FAULT: '', ...options.env },
  });
  return { code: r.status, signal: r.signal, log: r.stdout + r.stderr };
}

export const tempDir = (prefix = 'errcat-build-') => mkdtempSync(path.join(tmpdir(), prefix));

/** A copy of a catalog folder in a fresh project folder of its own; returns the copy's catalog folder. */
export function copyCatalog(from: string): string {
  const catalog = path.join(tempDir('errcat-project-'), 'catalog');
  cpSync(from, catalog, { recursive: true });
  return catalog;
}
