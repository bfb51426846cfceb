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
import { createHash } from 'node:crypto';
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
import type { Finding, Position } from './finding.ts';
import { CatalogLoadError } from './load-error.ts';
import { contentDir, GUIDE_FILE, guideFiles } from './content.ts';
import { GUIDE_SLUG, guideFrontmatter, guideNameFinding, type GuideFrontmatter } from './guide.ts';
import { decodeUtf8, parseFile, positionOf, type ParsedFile, type PathSeg } from './yaml-file.ts';
import { schemaFinding, validate } from './validate.ts';

export { CatalogLoadError };
export type { PathSeg };

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
  /** The guides (content/<locale>/<slug>.mdx beside the catalog), as read. */
  guides: Guide[];
}

export interface Guide {
  file: string;
  locale: string;
  slug: string;
  source: string;
  /** Its title and description; undefined when the front matter is missing or wrong (a `schema` finding says why). */
  frontmatter: GuideFrontmatter | undefined;
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

/** Loads the catalog folder at `root` from disk, and the guides beside it. */
export function loadCatalog(root: string, options: LoadOptions = {}): Catalog {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new CatalogLoadError(
      `The catalog folder ${root} does not exist.`,
      { file: root, line: 0, column: 0 },
      'Pass the folder that holds site.yaml, e.g. --catalog catalog.',
    );
  }
  const read = (rel: string) => {
    const full = path.join(root, rel);
    const staged = options.overrides?.get(full);
    if (staged !== undefined) return staged;
    if (!existsSync(full)) return undefined;
    const where = { file: path.join(root, rel), line: 1, column: 1 };
    try {
      const size = statSync(full).size;
      if (size > MAX_FILE_BYTES)
        throw new CatalogLoadError(`${rel} is ${size} bytes; errcat reads catalog files of at most ${MAX_FILE_BYTES} bytes.`, where, 'Split the provider into smaller files or remove the oversized text.');
      return readFileSync(full);
    } catch (e) {
      if (e instanceof CatalogLoadError) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? 'an error';
      throw new CatalogLoadError(`${where.file} cannot be read (${code}).`, where, code === 'EISDIR' ? 'This is a folder; the catalog needs a file here.' : 'Check that the file exists and that you may read it.');
    }
  };
  return loadCatalogFrom(root, read, () => guideFilesOf(root), options.memo);
}

/** The guide files beside the catalog, relative to its root. */
function guideFilesOf(root: string): string[] {
  return guideFiles(contentDir(root)).map((g) => path.relative(root, g.file));
}

/** Loads a catalog held in memory (tests, fixtures); guides are the files named ../content/<locale>/<slug>.mdx. */
export function loadCatalogFromFiles(files: CatalogFiles, root = 'catalog', memo?: ProviderMemo): Catalog {
  return loadCatalogFrom(
    root,
    (rel) => (Object.hasOwn(files, rel) ? files[rel] : undefined),
    () => Object.keys(files).filter((rel) => rel.startsWith('../content/') && GUIDE_FILE.test(rel.slice('../content/'.length))).sort(),
    memo,
  );
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

function loadCatalogFrom(root: string, read: Reader, listGuides: () => string[], memo?: ProviderMemo): Catalog {
  const findings: Finding[] = [];
  const display = (rel: string) => path.join(root, rel);

  // Files are released (their syntax trees dropped) once everything is validated.
  const opened: ParsedFile[] = [];
  const open = (rel: string, required: boolean, content = read(rel)) => {
    const f = parseFile(display(rel), content, required);
    if (f) opened.push(f);
    return f;
  };
  const release = () => {
    for (const f of opened) f.release();
  };
  const done = <T extends object>(catalog: T): T => {
    release();
    // Pointing at a finding parses a file's tree again; releaseTrees drops those trees once the findings are made.
    Object.defineProperty(catalog, RELEASE, { value: release, enumerable: false });
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
      guides: [],
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

  const guides = listGuides().map((rel): Guide => {
    const [, locale, slug] = GUIDE_FILE.exec(path.basename(path.dirname(rel)) + '/' + path.basename(rel))!;
    const content = read(rel)!;
    const source = typeof content === 'string' ? content : decodeUtf8(display(rel), content);
    if (!GUIDE_SLUG.test(slug!)) findings.push(guideNameFinding(display(rel), locale!, slug!));
    return { file: display(rel), locale: locale!, slug: slug!, source, frontmatter: guideFrontmatter(display(rel), source, findings) };
  });

  return done({ root, site: locate(siteFile, [], site), providers, baseline, findings, manifest, guides });
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

const RELEASE = Symbol('release trees');

/**
 * Drops the syntax trees that positions parsed again since the load (the
 * checks' findings): they are the size of the catalog many times over, and
 * a later position parses its file again.
 */
export function releaseTrees(catalog: Catalog): void {
  (catalog as Catalog & { [RELEASE]?: () => void })[RELEASE]?.();
}

/** Attaches `file` and `at()` (positions relative to `base`) to a value. */
function locate<T extends object>(file: ParsedFile, base: PathSeg[], value: T): T & Located {
  const at = (rel: PathSeg[] = []) => positionOf(file, [...base, ...rel]);
  Object.defineProperty(value, 'at', { value: at, enumerable: false });
  Object.defineProperty(value, 'file', { value: file.file, enumerable: false, writable: true });
  return value as T & Located;
}
