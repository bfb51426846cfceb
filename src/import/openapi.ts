/**
 * `errcat import openapi`: the codes an API's OpenAPI document says it
 * returns, into a provider that exists or a new one. A new code gets the
 * HTTP status of the response it appears under, the operations that return
 * it as phases, and the spec's description as its source-language text. An
 * existing code keeps what the catalog says (its texts, its status: a
 * status the spec contradicts is reported, and `errcat check --openapi`
 * reports it too); only phases the importer guessed (`[any]`) become the
 * spec's operations. Operations the provider lacks are added to
 * provider.yaml's phases. All files are written or none.
 */
import { readOpenapi, type Spec, type SpecCode } from '../catalog/openapi.ts';
import { editYamlChecked, type Edit } from '../catalog/yaml-edit.ts';
import { importWords } from '../i18n/import-words.ts';
import { compareNotes, type ImportNote, type PageEntry } from './entry.ts';
import { blankLinesBetweenItems, isRecord, positionIn, readCatalogFolder, siteNotes, type CatalogFolder } from './existing.ts';
import { checkSizes, writeChanged, type FileChange, type PlannedFile } from './import.ts';
import { checkProvider, resolveLocale, type PageLocale } from './locales.ts';
import type { Group } from './match.ts';
import { newCode, pageTexts } from './codes.ts';
import { newErrorsFile, newProviderFile, newSiteFile, type NewPhase } from './new-files.ts';
import type { Chosen } from './stated.ts';

const COMMAND = 'errcat import openapi';

export interface OpenapiImportOptions {
  provider: string;
  spec: string;
  /** The catalog folder; `catalog` by default. */
  out?: string;
  /** The locale the spec's descriptions are written in; site.yaml's sourceLocale, else `en`. */
  locale?: string;
  name?: string;
  dryRun?: boolean;
}

export interface OpenapiImportResult {
  provider: string;
  out: string;
  spec: Spec;
  locale: string;
  added: string[];
  /** Existing codes whose guessed phases became the spec's operations. */
  phased: string[];
  unchanged: string[];
  /** Operations added to provider.yaml as phases. */
  phases: string[];
  files: FileChange[];
  notes: ImportNote[];
  written: boolean;
  dryRun: boolean;
}

export async function importOpenapi(options: OpenapiImportOptions): Promise<OpenapiImportResult> {
  const out = options.out ?? 'catalog';
  checkProvider(options.provider);
  const spec = await readOpenapi(options.spec);
  const folder = readCatalogFolder(out, options.provider);
  const resolved = resolveLocale(options.locale ?? folder.sourceLocale ?? 'en', folder.locales, '--locale');
  const page: PageLocale = { locale: resolved.id, given: options.locale ?? resolved.id, lang: resolved.lang, isNew: resolved.isNew, file: options.spec };
  const result: OpenapiImportResult = { provider: options.provider, out, spec, locale: page.locale, added: [], phased: [], unchanged: [], phases: [], files: [], notes: [], written: false, dryRun: !!options.dryRun };
  const newPhases = specPhases(spec, folder, page.locale);
  result.phases = newPhases.map((p) => p.id);
  const files: PlannedFile[] = [errorsFile(spec, folder, page, out, result), providerFile(folder, options, page, out, newPhases)];
  if (!folder.site) files.push({ path: folder.siteFile, content: newSiteFile(options.provider, options.name, [page], page.locale, COMMAND), before: undefined });
  const planned = files.filter((f) => f.content !== undefined);
  checkSizes(planned);
  result.written = !options.dryRun && writeChanged(planned);
  result.files = planned.map((f) => ({ path: f.path, status: f.before === undefined ? 'created' : f.before === f.content ? 'unchanged' : 'updated' }));
  result.notes.push(...siteNotes(folder, options.provider, [page]));
  result.notes.sort(compareNotes);
  return result;
}

/** The spec's operations the provider does not list as phases yet, described by their summaries. */
function specPhases(spec: Spec, folder: CatalogFolder, locale: string): NewPhase[] {
  const used = new Set(spec.codes.flatMap((c) => c.operations));
  return spec.operations
    .filter((o) => used.has(o.id) && !folder.phases.includes(o.id))
    .map((o) => ({ id: o.id, summary: { [locale]: o.summary ?? importWords(locale)('import.operationPhase', { operation: o.id }) } }));
}

/** What the spec states about one code, as an entry and the facts the catalog takes. */
function groupOf(c: SpecCode, locale: string): { group: Group; chosen: Chosen } {
  const description = c.description ?? importWords(locale)('import.openapiSummary', { operations: c.operations.join(', ') });
  const entry: PageEntry = { code: c.code, aliases: [], name: '', line: c.line, codeLine: c.line, descriptionLine: c.line, label: '', description };
  const chosen: Chosen = { http: c.statuses[0], phases: c.operations, decisions: [] };
  if (c.statuses.length > 1) chosen.decisions.push({ about: 'http', note: `The spec returns ${c.code} with HTTP ${c.statuses.join(', ')}; the import took ${c.statuses[0]}, the first. Check which the client sees.` });
  return { group: { code: c.code, aliases: [], name: '', entries: new Map([[locale, entry]]) }, chosen };
}

function errorsFile(spec: Spec, folder: CatalogFolder, page: PageLocale, out: string, result: OpenapiImportResult): PlannedFile {
  const fileOf = new Map([[page.locale, `${spec.file}`]]);
  const make = (c: SpecCode) => {
    const { group, chosen } = groupOf(c, page.locale);
    const texts = pageTexts(group, fileOf);
    // The text's origin is the spec's line where the code is named, not the main file's.
    texts.get(page.locale)!.origin = `${c.file}:${c.line}`;
    return newCode(group, texts, page.locale, ['any'], chosen);
  };
  if (!folder.errors || !folder.codes) {
    result.added = spec.codes.map((c) => c.code);
    return { path: folder.errorsFile, content: newErrorsFile(spec.codes.map(make), out, [page], COMMAND), before: undefined };
  }
  const errors = folder.errors;
  const index = new Map<string, number>();
  folder.codes.forEach((c, i) => {
    for (const name of [c.code, ...(Array.isArray(c.aliases) ? c.aliases : [])]) if (typeof name === 'string' && !index.has(name)) index.set(name, i);
  });
  const edits: Edit[] = [];
  const fresh: unknown[] = [];
  for (const c of spec.codes) {
    const i = index.get(c.code);
    if (i === undefined) {
      fresh.push(make(c));
      result.added.push(c.code);
      continue;
    }
    const existing = folder.codes[i]!;
    const name = String(existing.code);
    if (typeof existing.http === 'number' && c.statuses.length && !c.statuses.includes(existing.http)) {
      result.notes.push({
        severity: 'warning',
        ...positionIn(errors, ['codes', i, 'http']),
        code: name,
        message: `${spec.file} returns ${c.code} with HTTP ${c.statuses.join(' or ')} (${c.file}:${c.line}); the catalog says ${existing.http}, which the import kept.`,
        hint: `Correct the status here or in the spec; npx errcat check --openapi ${spec.file} --provider ${result.provider} reports it until they agree.`,
      });
    }
    const phases = existing.phases;
    if (Array.isArray(phases) && phases.length === 1 && phases[0] === 'any' && hasDecision(existing, 'imported')) {
      edits.push({ op: 'set', map: ['codes', i], key: 'phases', value: c.operations });
      result.phased.push(name);
    } else result.unchanged.push(name);
  }
  if (fresh.length) edits.push({ op: 'append', seq: ['codes'], values: fresh, blankLine: blankLinesBetweenItems(errors) });
  const content = edits.length ? editYamlChecked(errors.src, edits, errors.doc).text : errors.src;
  return { path: folder.errorsFile, content, before: errors.src };
}

function hasDecision(code: Record<string, unknown>, about: string): boolean {
  return Array.isArray(code.decisions) && code.decisions.some((d) => isRecord(d) && d.about === about);
}

/** provider.yaml: a new one with the spec's operations as phases, or the operations it lacks appended. */
function providerFile(folder: CatalogFolder, options: OpenapiImportOptions, page: PageLocale, out: string, phases: NewPhase[]): PlannedFile {
  if (!folder.provider) return { path: folder.providerFile, content: newProviderFile(options.provider, options.name, [page], out, COMMAND, phases), before: undefined };
  const src = folder.provider.src;
  if (!phases.length) return { path: folder.providerFile, content: src, before: src };
  const content = editYamlChecked(src, [{ op: 'append', seq: ['phases'], values: phases, blankLine: false }], folder.provider.doc).text;
  return { path: folder.providerFile, content, before: src };
}
