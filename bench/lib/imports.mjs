/**
 * The import step: `errcat import docusaurus` of generated pages of 2,000 and
 * 10,000 entries in two locales (bench/lib/time-import.mjs, in a child
 * process), for the target "a few seconds, linear in size".
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { NODE, ROOT } from './session.mjs';

export const IMPORT_SIZES = [2_000, 10_000];

export function timeImport() {
  const outp = execFileSync(NODE, [path.join(ROOT, 'bench/lib/time-import.mjs'), IMPORT_SIZES.join(',')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20 });
  return { locales: ['en', 'ru'], sizes: JSON.parse(outp.trim().split('\n').pop()) };
}
