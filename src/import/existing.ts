/**
 * What the catalog folder holds before the import: site.yaml, the
 * provider's provider.yaml and errors.yaml, each as text and syntax tree
 * (for edits that keep its layout) or absent. A file that cannot be read or
 * parsed stops the import before anything is written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Document, LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { MAX_FILE_BYTES } from '../catalog/load.ts';
import type { Position } from '../checks/finding.ts';
import { ImportError, type ImportNote } from './entry.ts';
import type { CatalogLocale, PageLocale } from './locales.ts';
import { decodePage } from './read.ts';

export interface YamlFile {
  src: string;
  doc: Document;
  lines: LineCounter;
  file: string;
}

export interface CatalogFolder {
  siteFile: string;
  providerFile: string;
  errorsFile: string;
  site?: YamlFile;
  provider?: YamlFile;
  errors?: YamlFile;
  /** site.yaml's locales and sourceLocale, as far as they can be read. */
  locales: CatalogLocale[];
  sourceLocale?: string;
  providers: unknown[];
  /** provider.yaml's phase ids. */
  phases: string[];
  /** The code entries of errors.yaml; undefined when there is no such file. */
  codes?: Record<string, unknown>[];
}

export function readCatalogFolder(out: string, provider: string): CatalogFolder {
  const siteFile = path.join(out, 'site.yaml');
  const providerFile = path.join(out, provider, 'provider.yaml');
  const errorsFile = path.join(out, provider, 'errors.yaml');
  const site = readYaml(siteFile);
  const providerYaml = readYaml(providerFile);
  const errors = readYaml(errorsFile);
  const siteData = site?.doc.toJS() as { sourceLocale?: unknown; locales?: unknown; providers?: unknown } | null | undefined;
  const locales = (Array.isArray(siteData?.locales) ? (siteData.locales as unknown[]) : []).filter(isRecord).flatMap((l) =>
    typeof l.id === 'string' ? [{ id: l.id, lang: typeof l.lang === 'string' ? l.lang : undefined }] : [],
  );
  const providerData = providerYaml?.doc.toJS() as { phases?: unknown } | null | undefined;
  const phases = (Array.isArray(providerData?.phases) ? (providerData.phases as unknown[]) : []).filter(isRecord).flatMap((p) => (typeof p.id === 'string' ? [p.id] : []));
  return {
    siteFile,
    providerFile,
    errorsFile,
    site,
    provider: providerYaml,
    errors,
    locales,
    sourceLocale: typeof siteData?.sourceLocale === 'string' ? siteData.sourceLocale : undefined,
    providers: Array.isArray(siteData?.providers) ? siteData.providers : [],
    phases,
    codes: errors ? codesOf(errors) : undefined,
  };
}

function readYaml(file: string): YamlFile | undefined {
  if (!existsSync(file)) return undefined;
  const where = { file, line: 0, column: 0 };
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new ImportError(`${file} is a folder, not a file.`, where, 'The catalog folder holds site.yaml, <provider>/provider.yaml and <provider>/errors.yaml as files; move the folder away, then import again.');
    if (stat.size > MAX_FILE_BYTES) throw new ImportError(`${file} is ${stat.size} bytes; errcat reads catalog files of at most ${MAX_FILE_BYTES} bytes.`, where, 'Split the provider into smaller ones, or import into another --out folder.');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, where, 'Check that you may read the catalog folder, then import again; nothing was written.');
  }
  const src = decodePage(file, bytes);
  const lines = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lines, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new ImportError(
      `${file} is not valid YAML: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      { file, line, column: col },
      'Fix the file first (npx errcat check shows the same problem), then import again; nothing was written.',
    );
  }
  return { src, doc, lines, file };
}

/** The code entries of an existing errors.yaml; undefined when the file is empty. */
function codesOf(errors: YamlFile): Record<string, unknown>[] | undefined {
  const { file } = errors;
  const data = errors.doc.toJS() as unknown;
  if (data === null || data === undefined) return undefined;
  const codes = isRecord(data) ? data.codes : undefined;
  const node = errors.doc.get('codes', true) as Node | undefined;
  if (!isRecord(data) || !Array.isArray(codes) || !isSeq(node)) {
    throw new ImportError(`${file} has no list of codes.`, { file, line: 1, column: 1 }, 'An errors.yaml starts with "codes:" and a list of entries; fix or remove the file, then import again.');
  }
  if (codes.length === 0) {
    throw new ImportError(`${file} has an empty list of codes.`, positionIn(errors, ['codes']), 'Remove the file (it holds no code) and import again, or add one entry by hand.');
  }
  return codes.map((c) => (isRecord(c) ? c : {}));
}

/** Whether the file leaves a blank line between its code entries. */
export function blankLinesBetweenItems(errors: YamlFile): boolean {
  const seq = errors.doc.get('codes', true);
  if (!isSeq(seq) || seq.items.length < 2) return true;
  const a = (seq.items[0] as Node).range;
  const b = (seq.items[1] as Node).range;
  if (!a || !b) return true;
  return /\n[ \t]*\n/.test(errors.src.slice(a[1] - 1, b[0]));
}

export function positionIn(yaml: Pick<YamlFile, 'doc' | 'lines' | 'file'>, at: (string | number)[]): Position {
  const node = yaml.doc.getIn(at, true) as Node | undefined;
  if (!node?.range) return { file: yaml.file, line: 1, column: 1 };
  const { line, col } = yaml.lines.linePos(node.range[0]);
  return { file: yaml.file, line, column: col };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Warnings when site.yaml will not show what was imported: the provider or a locale is not listed. */
export function siteNotes(folder: CatalogFolder, provider: string, pages: PageLocale[]): ImportNote[] {
  const site = folder.site;
  if (!site) return [];
  const notes: ImportNote[] = [];
  if (!folder.providers.includes(provider))
    notes.push({
      severity: 'warning',
      ...positionIn(site, ['providers']),
      message: `site.yaml does not list the provider ${provider}, so the site and the checks will not see the imported codes.`,
      hint: `Add ${provider} to providers in ${folder.siteFile}.`,
    });
  for (const page of pages) {
    if (!page.isNew) continue;
    const entry = `{ id: ${page.locale}${page.lang ? `, lang: ${page.lang}` : ''}, name: ... }`;
    notes.push({
      severity: 'warning',
      ...positionIn(site, ['locales']),
      locales: [page.locale],
      message: `site.yaml does not publish the locale ${page.locale}${page.given !== page.locale ? ` (${page.given})` : ''}; the ${page.locale} texts will be reported as texts in an unknown locale.`,
      hint: `Add ${entry} to locales in ${folder.siteFile}.`,
    });
  }
  return notes;
}
