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
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
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

export type PathSeg = string | number;

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

/** Loads the catalog folder at `root` from disk. */
export function loadCatalog(root: string): Catalog {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new CatalogLoadError(
      `The catalog folder ${root} does not exist.`,
      { file: root, line: 0, column: 0 },
      'Pass the folder that holds site.yaml, e.g. --catalog catalog.',
    );
  }
  return loadCatalogFrom(root, (rel) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return undefined;
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      throw new CatalogLoadError(
        `${rel} is ${size} bytes; errcat reads catalog files of at most ${MAX_FILE_BYTES} bytes.`,
        { file: path.join(root, rel), line: 1, column: 1 },
        'Split the provider into smaller files or remove the oversized text.',
      );
    }
    try {
      return readFileSync(full);
    } catch (e) {
      // Name the file (a read of a folder, EISDIR, says no path): the CLI and the build report it as unusable input.
      throw Object.assign(e as Error, { path: full });
    }
  });
}

/** Loads a catalog held in memory (tests, fixtures). */
export function loadCatalogFromFiles(files: CatalogFiles, root = 'catalog'): Catalog {
  return loadCatalogFrom(root, (rel) => files[rel]);
}

type Reader = (rel: string) => string | Uint8Array | undefined;

/**
 * A parsed catalog file. The syntax tree is large (a 10,000-code catalog's
 * trees take hundreds of MB), and after loading it is needed only to point
 * at a finding, so `release()` drops it and `tree()` parses the kept source
 * again on the first such request.
 */
class ParsedFile {
  readonly file: string;
  readonly source: string;
  data: unknown;
  private parsed: { doc: Document; lines: LineCounter } | undefined;
  constructor(file: string, source: string, parsed: { doc: Document; lines: LineCounter } | { data: unknown }) {
    this.file = file;
    this.source = source;
    if ('doc' in parsed) {
      this.parsed = parsed;
      this.data = parsed.doc.toJS({ maxAliasCount: 100 });
    } else this.data = parsed.data;
  }
  tree(): { doc: Document; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      this.parsed = { doc: parseDocument(this.source, { lineCounter: lines, uniqueKeys: true }), lines };
    }
    return this.parsed;
  }
  get doc(): Document {
    return this.tree().doc;
  }
  get lines(): LineCounter {
    return this.tree().lines;
  }
  release(): void {
    this.parsed = undefined;
    this.data = undefined;
  }
}

function loadCatalogFrom(root: string, read: Reader): Catalog {
  const findings: Finding[] = [];
  const display = (rel: string) => path.join(root, rel);

  // Files are released (their syntax trees dropped) once everything is validated.
  const opened: ParsedFile[] = [];
  const open = (rel: string, required: boolean) => {
    const f = parseFile(display(rel), read(rel), required);
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

  const providers: LoadedProvider[] = [];
  site.providers.forEach((id, i) => {
    const providerFile = open(`${id}/provider.yaml`, false);
    if (!providerFile) {
      findings.push(
        schemaFinding(siteFile, ['providers', i], `Provider ${id} is listed but ${display(`${id}/provider.yaml`)} does not exist.`, `Create ${id}/provider.yaml, or remove ${id} from providers.`, { provider: id }),
      );
      return;
    }
    const provider = validate(providerFile, [], ProviderSchema, findings, { provider: id });
    if (!provider) return;
    if (provider.id !== id) {
      findings.push(
        schemaFinding(providerFile, ['id'], `The provider id is "${provider.id}" but its folder is ${id}; URLs use the id, so the two must match.`, `Set id: ${id}, or rename the folder.`, { provider: id }),
      );
    }
    const errorsRel = `${id}/errors.yaml`;
    const errorsFile = open(errorsRel, true)!;
    const envelope = validate(errorsFile, [], ErrorsEnvelopeSchema, findings, { provider: id });
    const codes: LoadedCode[] = [];
    const rawCodes = envelope && Array.isArray(envelope.codes) ? envelope.codes : [];
    rawCodes.forEach((_, n) => {
      const code = validate(errorsFile, ['codes', n], CodeSchema, findings, { provider: id, code: codeName(errorsFile, n) });
      if (code) codes.push(locate(errorsFile, ['codes', n], { ...code, provider: id }));
    });
    const loaded = locate(providerFile, [], { ...provider, errorsFile: errorsFile.file, codes });
    Object.defineProperty(loaded, 'errorsSource', { value: errorsFile.source, enumerable: false });
    providers.push(loaded as LoadedProvider);
  });

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

/** The position of the value at `fullPath`, or of its nearest existing parent. */
export function positionOf(file: ParsedFile, fullPath: PathSeg[]): Position {
  let p = [...fullPath];
  for (;;) {
    const node = file.doc.getIn(p, true) as Node | undefined;
    const range = node && (node as { range?: [number, number, number] }).range;
    if (range) {
      const { line, col } = file.lines.linePos(range[0]);
      return { file: file.file, line, column: col };
    }
    if (p.length === 0) return { file: file.file, line: 1, column: 1 };
    p = p.slice(0, -1);
  }
}

/** The position of a key in the mapping at `mapPath`. */
function keyPosition(file: ParsedFile, mapPath: PathSeg[], key: string): Position {
  const map = mapPath.length ? file.doc.getIn(mapPath, true) : file.doc.contents;
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        const { line, col } = file.lines.linePos(pair.key.range[0]);
        return { file: file.file, line, column: col };
      }
    }
  }
  return positionOf(file, mapPath);
}

function schemaFinding(
  file: ParsedFile,
  where: PathSeg[] | Position,
  message: string,
  hint: string,
  about: { provider?: string; code?: string },
): Finding {
  const pos = Array.isArray(where) ? positionOf(file, where) : where;
  return { check: 'schema', severity: 'error', ...pos, ...about, locales: [], message, hint };
}

/**
 * Validates the value at `base` with `schema`; turns each issue into a
 * finding at the offending value's position. Returns the parsed value, or
 * undefined when it is invalid.
 */
function validate<T>(
  file: ParsedFile,
  base: PathSeg[],
  schema: z.ZodType<T>,
  findings: Finding[],
  about: { provider?: string; code?: string },
): T | undefined {
  // From the whole document's plain data, so that YAML anchors and aliases resolve.
  const input = valueAt(file.data, base);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...base, ...(issue.path as PathSeg[])];
    const label = fieldLabel(issue.path as PathSeg[]);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(schema, issue.path as PathSeg[]);
        const guess = known.length ? closest(key, known) : undefined;
        const near = guess && similar(key, guess);
        findings.push(
          schemaFinding(file, keyPosition(file, issuePath, key), `Unknown field "${key}"${label ? ` in ${label}` : ''}.`, near ? `Did you mean "${guess}"?` : `Remove it; the fields here are: ${known.join(', ')}.`, about),
        );
      }
      continue;
    }
    const value = valueAt(input, issue.path as PathSeg[]);
    findings.push(schemaFinding(file, issuePath, describeIssue(issue, label, value), hintFor(issue, value, label), about));
  }
  return undefined;
}

function valueAt(root: unknown, p: PathSeg[]): unknown {
  let v = root;
  for (const seg of p) v = v && typeof v === 'object' ? (v as Record<PathSeg, unknown>)[seg] : undefined;
  return v;
}

function fieldLabel(p: PathSeg[]): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

/** Close enough to be a typo: a few edits, or one is a prefix of the other. */
function similar(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return distance(la, lb) <= Math.max(2, Math.floor(Math.max(la.length, lb.length) / 3)) || lb.startsWith(la) || la.startsWith(lb);
}

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'empty (null)';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

function describeIssue(issue: z.core.$ZodIssue, label: string, value: unknown): string {
  const what = label || 'The file';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${what} is missing.`;
      return `${what} must be ${article(issue.expected)}; it is ${show(value)}.`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `${what} must be one of ${allowed}; it is ${show(value)}.`;
    }
    case 'invalid_format':
      return `${what} ${issue.message.replace(/^Invalid string: /, 'must be ')}; it is ${show(value)}.`;
    case 'too_small':
      return `${what} is too short or too small: ${issue.message.replace(/^Too small: /, '')}.`;
    case 'too_big':
      return `${what} is too long or too large: ${issue.message.replace(/^Too big: /, '')}.`;
    case 'invalid_union':
      return `${what} has an unexpected form; it is ${show(value)}.`;
    default:
      return `${what}: ${issue.message}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function hintFor(issue: z.core.$ZodIssue, value: unknown, label: string): string {
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return guess && similar(value as string, guess) ? `Did you mean "${guess}"?` : `Use one of: ${allowed.join(', ')}.`;
    }
    case 'invalid_type':
      if (value === undefined) return `Add ${label.split('.').pop()}: (${article(issue.expected)}); see the catalog format in the README.`;
      return issue.expected === 'number'
        ? 'Write a number without quotes.'
        : issue.expected === 'string'
          ? 'Write text; quote it if YAML reads it as something else (a number, true, a date).'
          : `Write ${article(issue.expected)} here; see catalog/schema/ for the format.`;
    default:
      return 'See the catalog format in the README, or let your editor validate against catalog/schema/.';
  }
}

/** The fields a strict object schema knows at `p` (for "did you mean"). */
function knownKeys(schema: z.ZodType, p: PathSeg[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    let cur = x as { def?: { type?: string; innerType?: unknown; options?: unknown[] } };
    while (cur?.def && ['optional', 'default', 'nullable', 'prefault', 'pipe', 'readonly'].includes(cur.def.type!)) {
      cur = (cur.def.innerType ?? (cur.def as { in?: unknown }).in) as typeof cur;
    }
    if (cur?.def?.type === 'union') cur = cur.def.options?.[0] as typeof cur;
    return cur;
  };
  s = unwrap(s);
  for (const seg of p) {
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'object') s = def.shape?.[seg as string];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
    s = unwrap(s);
  }
  const shape = (s as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}

