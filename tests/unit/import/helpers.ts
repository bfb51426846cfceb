/** What the import tests share: the fixture pages, temporary folders, and reading back what an import wrote. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, expect, vi } from 'vitest';
import { CatalogLoadError } from '../../../src/catalog/load.ts';
import { UsageError } from '../../../src/catalog/usage-error.ts';
import { importDocusaurus } from '../../../src/import/docusaurus.ts';
import type { ImportOptions } from '../../../src/import/import.ts';

export const FIXTURES = 'tests/fixtures/import-docusaurus';
export const MERGE = 'tests/fixtures/import-merge/catalog';
export const page = (name: string) => path.join(FIXTURES, name);
export const LOCALES = [
  { locale: 'en', file: page('en.md') },
  { locale: 'ru', file: page('ru.md') },
  { locale: 'zh', file: page('zh.md') },
  { locale: 'de', file: page('de.md') },
];

const temps: string[] = [];
/** A temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-import-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the catalog kept by hand that imports merge into. */
export function mergeFolder(): string {
  const out = tempDir();
  cpSync(MERGE, out, { recursive: true });
  return out;
}

/** Imports the fixture pages as provider solverhub into `out`. */
export function run(out: string, overrides: Partial<ImportOptions> = {}) {
  return importDocusaurus({ provider: 'solverhub', locales: LOCALES, out, ...overrides });
}

/** Every file under `dir`, relative path -> content. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

export interface TextOut {
  source?: string;
  title?: string;
  summary: string;
  action?: string;
  cause?: string;
  origin?: string;
  imported?: string;
}

export interface CodeOut {
  code: string;
  aliases?: string[];
  name?: string;
  http: number;
  category: string;
  phases: string[];
  retry: { policy: string; decision?: string };
  links?: unknown[];
  decisions?: { about: string; note: string }[];
  texts: Record<string, TextOut>;
}

/** The codes of `<out>/<provider>/errors.yaml` by code. */
export function codesIn(out: string, provider = 'solverhub'): Record<string, CodeOut> {
  const data = parse(readFileSync(path.join(out, provider, 'errors.yaml'), 'utf8')) as { codes: CodeOut[] };
  return Object.fromEntries(data.codes.map((c) => [c.code, c]));
}

/** The usage error (not an input error) that `fn` throws. */
export function expectUsageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect(e).not.toBeInstanceOf(CatalogLoadError);
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

/** What the command prints on stdout and stderr, as arrays of calls; the console is restored after the test. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}
afterEach(() => {
  vi.restoreAllMocks();
});

/** Text without terminal colours. */
export const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
