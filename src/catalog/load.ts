/**
 * Loads the catalog folder: YAML -> validated, typed entries that remember
 * where every value came from (file, line, column), so that every later
 * finding can point at it. Never imports astro:*, so the CLI runs it under
 * plain Node.
 *
 * Two kinds of trouble:
 * - unusable input (a missing file, YAML that does not parse, bytes that are
 *   not UTF-8): `CatalogLoadError`, the CLI exits 2;
 * - entries that parse but break the schema: findings of the `schema` check,
 *   the broken entry is left out and the rest is checked as usual.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import {
  BaselineSchema,
  CodeSchema,
  ErrorsFileSchema,
  ProviderSchema,
  SiteSchema,
  type Baseline,
  type Code,
  type Provider,
  type Site,
} from './schema.ts';
import type { Finding, Position } from '../checks/finding.ts';
import { ParsedFile, positionOf, type PathSeg } from './parsed-file.ts';
import { schemaFinding, validate } from './validate.ts';

export type { PathSeg } from './parsed-file.ts';

/** Where a value came from. `at([])` is the entry itself. */
export interface Located {
  file: string;
  at(path?: PathSeg[]): Position;
}

export interface LoadedCode extends Code, Located {
  provider: string;
}

export interface LoadedProvider extends Provider, Located {
  /** errors.yaml, relative to the working directory. */
  errorsFile: string;
  /** errors.yaml as read (not enumerable: it is large). */
  readonly errorsSource: string;
  codes: LoadedCode[];
}

export interface Catalog {
  /** The catalog folder as given. */
  root: string;
  site: Site & Located;
  providers: LoadedProvider[];
  baseline: Baseline & Located;
  /** Findings of the `schema` check, made while loading. */
  findings: Finding[];
  /** The committed manifest of published URLs (urls.txt), if the catalog has one. */
  manifest?: { file: string; urls: { url: string; line: number }[] };
}

export class CatalogLoadError extends Error {
  readonly position: Position;
  readonly hint: string;
  constructor(message: string, position: Position, hint: string) {
    super(message);
    this.name = 'CatalogLoadError';
    this.position = position;
    this.hint = hint;
  }
}

/** Files of a catalog by path relative to its root: text or raw bytes. */
export type CatalogFiles = Record<string, string | Uint8Array>;

/** The largest catalog file read; a larger one is unusable input. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface LoadOptions {
  /** Providers loaded before: only those whose files changed since are parsed again. */
  memo?: ProviderMemo;
  /** Contents to read instead of the files on disk, by path (root joined with the file's path in the catalog): a staged edit, checked before it is written. */
  overrides?: ReadonlyMap<string, string>;
}

/** Loads the catalog folder at `root` from disk. */
export function loadCatalog(root: string, options: LoadOptions = {}): Catalog {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new CatalogLoadError(
      `The catalog folder ${root} does not exist.`,
      { file: root, line: 0, column: 0 },
      'Pass the folder that holds site.yaml, e.g. --catalog catalog.',
    );
  }
  return loadCatalogFrom(root, (rel) => {
    const full = path.join(root, rel);
    const staged = options.overrides?.get(full);
    if (staged !== undefined) return staged;
    if (!existsSync(full)) return undefined;
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      throw new CatalogLoadError(
        `${rel} is ${size} bytes; errcat reads catalog files of at most ${MAX_FILE_BYTES} bytes.`,
        { file: path.join(root, rel), line: 1, column: 1 },
        'Split the provider into smaller files or remove the oversized text.',
      );
    }
    return readFileSync(full);
  }, options.memo);
}

/** Loads a catalog held in memory (tests, fixtures). */
export function loadCatalogFromFiles(files: CatalogFiles, root = 'catalog', memo?: ProviderMemo): Catalog {
  return loadCatalogFrom(root, (rel) => files[rel], memo);
}

type Reader = (rel: string) => string | Uint8Array | undefined;

/**
 * Providers loaded before, by id, under a hash of their two files' content.
 * A load given the same memo parses again only the providers whose files
 * changed, and takes the others (and their schema findings) as they were:
 * the live preview reloads on every save.
 */
export interface ProviderMemo {
  entries: Map<string, { key: string; provider: LoadedProvider | undefined; findings: Finding[] }>;
  /** The providers the last load parsed rather than took from the memo. */
  parsed: string[];
}

export function providerMemo(): ProviderMemo {
  return { entries: new Map(), parsed: [] };
}

function contentKey(root: string, ...contents: (string | Uint8Array | undefined)[]): string {
  const hash = createHash('sha1').update(path.resolve(root));
  for (const c of contents) hash.update(c === undefined ? '\u0000missing' : `\u0000${c.length}\u0000`).update(c ?? '');
  return hash.digest('base64url');
}

function loadCatalogFrom(root: string, read: Reader, memo?: ProviderMemo): Catalog {
  const findings: Finding[] = [];
  const display = (rel: string) => path.join(root, rel);

  // Files are released (their syntax trees dropped) once everything is validated.
  const opened: ParsedFile[] = [];
  const open = (rel: string, required: boolean, content = read(rel)) => {
    const f = parseFile(display(rel), content, required);
    if (f) opened.push(f);
    return f;
  };
  const done = <T>(catalog: T): T => {
    for (const f of opened) f.release();
    return catalog;
  };

  const siteFile = open('site.yaml', true)!;
  const site = validate(siteFile, [], SiteSchema, findings, {});
  if (!site) {
    // Without a valid site.yaml nothing else can be judged.
    return done({
      root,
      site: locate(siteFile, [], emptySite()),
      providers: [],
      baseline: locate(siteFile, [], { accepted: [] }),
      findings,
    });
  }

  const loadProvider = (id: string, i: number, providerText: string | Uint8Array | undefined, errorsText: string | Uint8Array | undefined): LoadedProvider | undefined => {
    const providerFile = open(`${id}/provider.yaml`, false, providerText);
    if (!providerFile) {
      findings.push(
        schemaFinding(siteFile, ['providers', i], `Provider ${id} is listed but ${display(`${id}/provider.yaml`)} does not exist.`, `Create ${id}/provider.yaml, or remove ${id} from providers.`, { provider: id }),
      );
      return undefined;
    }
    const provider = validate(providerFile, [], ProviderSchema, findings, { provider: id });
    if (!provider) return undefined;
    if (provider.id !== id) {
      findings.push(
        schemaFinding(providerFile, ['id'], `The provider id is "${provider.id}" but its folder is ${id}; URLs use the id, so the two must match.`, `Set id: ${id}, or rename the folder.`, { provider: id }),
      );
    }
    const errorsFile = open(`${id}/errors.yaml`, true, errorsText)!;
    const envelope = validate(errorsFile, [], ErrorsEnvelopeSchema, findings, { provider: id });
    const codes: LoadedCode[] = [];
    const rawCodes = envelope && Array.isArray(envelope.codes) ? envelope.codes : [];
    rawCodes.forEach((_, n) => {
      const code = validate(errorsFile, ['codes', n], CodeSchema, findings, { provider: id, code: codeName(errorsFile, n) });
      if (code) codes.push(locate(errorsFile, ['codes', n], { ...code, provider: id }));
    });
    const loaded = locate(providerFile, [], { ...provider, errorsFile: errorsFile.file, codes });
    Object.defineProperty(loaded, 'errorsSource', { value: errorsFile.source, enumerable: false });
    return loaded as LoadedProvider;
  };

  const providers: LoadedProvider[] = [];
  const kept: ProviderMemo['entries'] = new Map();
  if (memo) memo.parsed = [];
  site.providers.forEach((id, i) => {
    const providerText = read(`${id}/provider.yaml`);
    const errorsText = providerText === undefined ? undefined : read(`${id}/errors.yaml`);
    const key = memo && contentKey(root, providerText, errorsText);
    const hit = memo?.entries.get(id);
    if (hit && hit.key === key) {
      findings.push(...hit.findings);
      if (hit.provider) providers.push(hit.provider);
      kept.set(id, hit);
      return;
    }
    const before = findings.length;
    const loaded = loadProvider(id, i, providerText, errorsText);
    if (loaded) providers.push(loaded);
    if (memo && key) {
      memo.parsed.push(id);
      kept.set(id, { key, provider: loaded, findings: findings.slice(before) });
    }
  });
  if (memo) memo.entries = kept;

  const baselineFile = open('baseline.yaml', false);
  const baseline = baselineFile
    ? locate(baselineFile, [], validate(baselineFile, [], BaselineSchema, findings, {}) ?? { accepted: [] })
    : { accepted: [], file: display('baseline.yaml'), at: () => ({ file: display('baseline.yaml'), line: 0, column: 0 }) };

  const manifestText = read('urls.txt');
  const manifest =
    manifestText === undefined
      ? undefined
      : {
          file: display('urls.txt'),
          urls: (typeof manifestText === 'string' ? manifestText : decodeUtf8(display('urls.txt'), manifestText))
            .split(/\r?\n/)
            .map((url, i) => ({ url: url.trim(), line: i + 1 }))
            .filter((u) => u.url !== '' && !u.url.startsWith('#')),
        };

  return done({ root, site: locate(siteFile, [], site), providers, baseline, findings, manifest });
}

/** errors.yaml without its codes: each code is validated on its own, so one bad entry does not hide the rest. */
const ErrorsEnvelopeSchema = ErrorsFileSchema.extend({ codes: z.array(z.unknown()) });

function emptySite(): Site {
  return {
    name: {},
    tagline: {},
    url: 'https://example.invalid',
    locales: [],
    sourceLocale: 'en',
    defaultLocale: 'en',
    providers: [],
    quantities: { kilobyte: 'either' },
    typography: { zh: { latinSpace: 'space' } },
  };
}

function codeName(file: ParsedFile, n: number): string | undefined {
  const codes = (file.data as { codes?: unknown[] } | null)?.codes;
  const entry = Array.isArray(codes) ? (codes[n] as { code?: unknown } | undefined) : undefined;
  return typeof entry?.code === 'string' ? entry.code : undefined;
}

/** Decodes and parses one YAML file; unusable input throws CatalogLoadError. */
function parseFile(file: string, content: string | Uint8Array | undefined, required: boolean): ParsedFile | undefined {
  if (content === undefined) {
    if (!required) return undefined;
    throw new CatalogLoadError(`${file} does not exist.`, { file, line: 0, column: 0 }, 'Every catalog has site.yaml, and every listed provider has provider.yaml and errors.yaml.');
  }
  const text = typeof content === 'string' ? content : decodeUtf8(file, content);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    throw new CatalogLoadError(`${file} is empty.`, { file, line: 1, column: 1 }, 'Write the file\'s content, or remove the provider from site.yaml.');
  }
  const data = quickLoad(source);
  if (data !== undefined) return new ParsedFile(file, source, { data });
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new CatalogLoadError(
      `${file} is not valid YAML: ${yamlMessage(problem.message)}`,
      { file, line, column: col },
      yamlHint(problem.code),
    );
  }
  return new ParsedFile(file, source, { doc, lines });
}

/**
 * The file's data read by js-yaml, about five times faster than `yaml`'s
 * syntax tree (which positions need, and which is built only to point at a
 * finding). Anything js-yaml refuses (syntax errors, duplicate keys, tags)
 * and any shared node (an alias of a mapping or list, as in an alias bomb)
 * returns undefined, and the file goes the `yaml` way, which explains the
 * problem with its position. Both read YAML 1.2's core schema, and a test
 * holds them to the same data on every catalog the tests load.
 */
export function quickLoad(source: string): unknown {
  let data: unknown;
  try {
    data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return data !== undefined && data !== null && !sharesNodes(data) ? data : undefined;
}

/** True when one mapping or list is reached twice (through an alias). */
function sharesNodes(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (seen.has(v)) return true;
    seen.add(v);
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const k in v) stack.push((v as Record<string, unknown>)[k]);
  }
  return false;
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte, to point at it.
    let good = 0;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
        good = end;
      } catch {
        if (end - good > 4) break;
      }
    }
    const before = new TextDecoder().decode(bytes.subarray(0, good));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new CatalogLoadError(
      `${file} is not UTF-8: the byte at offset ${good} (0x${bytes[good]?.toString(16).padStart(2, '0')}) cannot start a character.`,
      { file, line, column },
      'Save the file as UTF-8 (most editors: "Save with encoding").',
    );
  }
}

function yamlMessage(message: string): string {
  // The yaml package appends " at line L, column C" and a code frame; we print our own position.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.?$/, '.');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A key may appear once per mapping: remove or rename one of them.';
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces only: replace the tabs with spaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation of this line against the lines above it.';
    default:
      return 'Fix the YAML syntax at this place; quote strings that contain ": " or start with a special character.';
  }
}

/** Attaches `file` and `at()` (positions relative to `base`) to a value. */
function locate<T extends object>(file: ParsedFile, base: PathSeg[], value: T): T & Located {
  const at = (rel: PathSeg[] = []) => positionOf(file, [...base, ...rel]);
  Object.defineProperty(value, 'at', { value: at, enumerable: false });
  Object.defineProperty(value, 'file', { value: file.file, enumerable: false, writable: true });
  return value as T & Located;
}
