/**
 * The import, whatever the page format: read one page per locale, match the
 * entries across locales by code, and write them into the catalog folder as
 * `<out>/<provider>/errors.yaml` (plus provider.yaml and site.yaml when they
 * do not exist yet). Importing into a provider that exists merges (see
 * merge.ts). Every file is computed and checked before any is written, and
 * then all are written or none; a second import of the same pages changes
 * nothing.
 */
import { MAX_FILE_BYTES } from '../catalog/load.ts';
import { CodeSchema, TextSchema } from '../catalog/schema.ts';
import { writeFilesAtomic } from '../catalog/write.ts';
import { holds } from '../catalog/yaml-edit.ts';
import { LineCounter, parseDocument } from 'yaml';
import { compareNotes, ImportError, type ImportNote, type PageEntry, type PageReader } from './entry.ts';
import { positionIn, readCatalogFolder, siteNotes, type CatalogFolder } from './existing.ts';
import { checkProvider, resolvePages, resolveSource, type PageLocale, type SourceFrom } from './locales.ts';
import { matchPages, type Page } from './match.ts';
import { handWrittenNotes, planErrorsFile, type CodeChange, type ErrorsPlan, type HandWritten } from './merge.ts';
import { newProviderFile, newSiteFile } from './new-files.ts';
import { readPage } from './read.ts';
import { chooseStated } from './stated.ts';

export type { CodeChange, HandWritten } from './merge.ts';

export interface ImportOptions {
  /** Provider id: the folder under `out`, kebab-case. */
  provider: string;
  /** One page per locale, in the order given; a locale as Docusaurus names it (`pt-BR`) or as the catalog does (`pt`). */
  locales: { locale: string; file: string }[];
  /** The locale translations are made from; site.yaml's sourceLocale by default. */
  source?: string;
  /** Replace summaries written by hand with the pages' texts. */
  overwrite?: boolean;
  /** The catalog folder; `catalog` by default. */
  out?: string;
  /** Compute and report, write nothing. */
  dryRun?: boolean;
  /** Display name for a provider.yaml that does not exist yet; from the id by default. */
  name?: string;
  /** The command, named in the header of files the import creates; `errcat import docusaurus` by default. */
  command?: string;
  /** What an entry looks like, for a page that holds none; the Docusaurus shape by default. */
  entryShape?: string;
  /** Called after each page is read. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ImportPage {
  /** The catalog locale. */
  locale: string;
  /** The locale as given. */
  given: string;
  file: string;
  entries: PageEntry[];
}

export interface FileChange {
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

export interface ImportResult {
  provider: string;
  out: string;
  dryRun: boolean;
  /** The locale translations are stamped against. */
  sourceLocale: string;
  /** Where the source locale came from. */
  sourceFrom: SourceFrom;
  pages: ImportPage[];
  /** Every code the pages hold, in catalog order. */
  codes: CodeChange[];
  /** Codes already in the catalog that the pages do not list; left as they are. */
  kept: string[];
  /** Summaries written by hand that the pages would replace (replaced only with `overwrite`). */
  handWritten: HandWritten[];
  files: FileChange[];
  notes: ImportNote[];
  /** True when files were written (not a dry run, and something changed). */
  written: boolean;
}

export interface PlannedFile {
  path: string;
  content: string;
  before: string | undefined;
}

export function importPages(read: PageReader, options: ImportOptions): ImportResult {
  const out = options.out ?? 'catalog';
  checkProvider(options.provider);
  const folder = readCatalogFolder(out, options.provider);
  const locales = resolvePages(options.locales, folder.locales);
  const source = resolveSource(options.source, folder.sourceLocale, locales, folder.locales);
  const pageNotes: ImportNote[] = [];
  const pages = readPages(read, locales, pageNotes, options);
  const matched = matchPages(referenceFirst(pages, source.locale));
  const stated = chooseStated(matched.groups, new Map(locales.map((p) => [p.locale, p.file])));
  const plan = planErrorsFile({ folder, groups: matched.groups, pages: locales, source: source.locale, out, overwrite: !!options.overwrite, chosen: stated.chosen, command: options.command });
  const files = plannedFiles(folder, plan, options, locales, source.locale);
  checkSizes(files);
  const outputNotes = checkOutput(folder, plan, files[0]!.content);
  const written = !options.dryRun && writeChanged(files);
  // concat, not push(...): a large page can give more notes than a call takes arguments.
  const notes = pageNotes.concat(siteNotes(folder, options.provider, locales), matched.notes, stated.notes, plan.notes, handWrittenNotes(plan.handWritten), outputNotes).sort(compareNotes);
  return {
    provider: options.provider,
    out,
    dryRun: !!options.dryRun,
    sourceLocale: source.locale,
    sourceFrom: source.from,
    pages: pages.map(({ locale, file, entries }, i) => ({ locale, given: locales[i]!.given, file, entries })),
    codes: plan.changes,
    kept: plan.kept,
    handWritten: plan.handWritten,
    files: files.map((f) => ({ path: f.path, status: f.before === undefined ? 'created' : f.before === f.content ? 'unchanged' : 'updated' })),
    notes,
    written,
  };
}

const DOCUSAURUS_SHAPE = 'An entry is a heading with the display name, then a line with the code in backticks, then the description, e.g.\n    ### `NO FUNDS`\n    API error code: `ERROR_ZERO_BALANCE`\n    The account has no money left.';

/** Reads every page; unusable input stops here, before anything is written. */
function readPages(read: PageReader, locales: PageLocale[], notes: ImportNote[], { onProgress, entryShape = DOCUSAURUS_SHAPE }: ImportOptions): Page[] {
  return locales.map(({ locale, given, file }, n) => {
    const text = readPage(file);
    const parsed = safeRead(read, text, file);
    for (const note of parsed.notes) notes.push(note);
    if (parsed.entries.length === 0) {
      const partial = parsed.notes.find((x) => x.severity === 'warning');
      throw new ImportError(
        `${file} is not an error page: no entry was recognized${partial ? ` (the first candidate: ${partial.message})` : ''}.`,
        partial ? { file, line: partial.line, column: partial.column } : { file, line: 1, column: 1 },
        `${entryShape}\n  Check that --locale ${given}=${file} names the right page.`,
      );
    }
    onProgress?.(n + 1, locales.length, file);
    return { locale, file, entries: parsed.entries.filter((e) => fitsCatalog(e, file, locale, notes)), lineCount: text.replace(/(\r\n?|\n)$/, '').split(/\r\n?|\n/).length };
  });
}

/** A reader that throws is a bug; report it as one, with the page named. */
function safeRead(read: PageReader, text: string, file: string) {
  try {
    return read(text, file);
  } catch (e) {
    throw new Error(`The page reader failed on ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** An entry whose description the catalog cannot hold (too long) is reported and skipped. */
function fitsCatalog(entry: PageEntry, file: string, locale: string, notes: ImportNote[]): boolean {
  const valid = TextSchema.safeParse({ summary: entry.description });
  if (valid.success) return true;
  notes.push({
    severity: 'warning',
    file,
    line: entry.descriptionLine,
    column: 1,
    code: entry.code,
    locales: [locale],
    message: `The description of ${entry.code} cannot be a catalog text (${valid.error.issues[0]!.message.toLowerCase()}), so the entry was skipped.`,
    hint: 'Shorten the description on the page: a catalog text says what happened in a few paragraphs at most.',
  });
  return false;
}

/** The page of the source locale first, when it is among them: the others are compared with it. */
function referenceFirst(pages: Page[], source: string): Page[] {
  return [...pages.filter((p) => p.locale === source), ...pages.filter((p) => p.locale !== source)];
}

function plannedFiles(folder: CatalogFolder, plan: ErrorsPlan, options: ImportOptions, locales: PageLocale[], source: string): PlannedFile[] {
  const files: PlannedFile[] = [{ path: folder.errorsFile, content: plan.text, before: folder.errors?.src }];
  if (!folder.provider) files.push({ path: folder.providerFile, content: newProviderFile(options.provider, options.name, locales, options.out ?? 'catalog', options.command), before: undefined });
  if (!folder.site) files.push({ path: folder.siteFile, content: newSiteFile(options.provider, options.name, locales, source, options.command), before: undefined });
  return files;
}

/** What the import writes, the check must read: a file over the loader's limit is refused up front. */
export function checkSizes(files: PlannedFile[]): void {
  for (const f of files) {
    const bytes = Buffer.byteLength(f.content);
    if (bytes <= MAX_FILE_BYTES) continue;
    throw new ImportError(
      `${f.path} would be ${bytes.toLocaleString('en')} bytes, and errcat check reads catalog files of at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes; nothing was written.`,
      { file: f.path, line: 0, column: 0 },
      'Import fewer entries into one provider: split the page, and import each part with its own --provider.',
    );
  }
}

/**
 * The new errors.yaml reads back as planned (a bug otherwise), and each code
 * the import touched passes the schema (a warning otherwise: a field written
 * by hand may not).
 */
function checkOutput(folder: CatalogFolder, plan: ErrorsPlan, text: string): ImportNote[] {
  if (!folder.errors && !holds(text, plan.data)) throw new Error(`errcat import wrote ${folder.errorsFile} so that it does not read back as planned; please report this with the pages.`);
  const notes: ImportNote[] = [];
  let tree: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  for (const index of plan.touched) {
    const valid = CodeSchema.safeParse(plan.data.codes[index]);
    if (valid.success) continue;
    if (!tree) {
      const lines = new LineCounter();
      tree = { doc: parseDocument(text, { lineCounter: lines }), lines };
    }
    const issue = valid.error.issues[0]!;
    const code = (plan.data.codes[index] as { code?: unknown }).code;
    notes.push({
      severity: 'warning',
      ...positionIn({ ...tree, file: folder.errorsFile }, ['codes', index]),
      code: typeof code === 'string' ? code : undefined,
      message: `This code does not pass the schema (${issue.path.join('.') || 'entry'}: ${issue.message}); the import replaced only its texts.`,
      hint: 'Run npx errcat check to see every problem, and fix the hand-written fields.',
    });
  }
  return notes;
}

/** Writes the files that changed, all or none; true when something was written. */
export function writeChanged(files: PlannedFile[]): boolean {
  const changed = files.filter((f) => f.before !== f.content);
  writeFilesAtomic(changed, 'Check that --out names a folder you may write to (permissions, a read-only disk, free space), then import again.');
  return changed.length > 0;
}
