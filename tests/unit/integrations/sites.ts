/** Tiny sites for the publishing tests: every file names its version, so a mix of two sites or a missing file shows. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FILES = ['index.html', '_redirects', 'en/index.html', 'en/acme/ERROR_A/index.html', '_astro/app.js'];

export function writeSite(dir: string, version: string): void {
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), `${version} ${f}`);
  }
}

/** The version a folder holds when it is one complete site, else why not. */
export function siteAt(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  const versions = new Set<string>();
  for (const f of FILES) {
    const p = path.join(dir, f);
    if (!existsSync(p)) return `incomplete (no ${f})`;
    versions.add(readFileSync(p, 'utf8').split(' ')[0]!);
  }
  return versions.size === 1 ? [...versions][0]! : `mixed (${[...versions].join(', ')})`;
}
