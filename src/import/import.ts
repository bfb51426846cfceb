/**
 * The import, whatever the page format: read one page per locale, match the
 * entries across locales by code, and write them into the catalog folder as
 * `<out>/<provider>/errors.yaml` (plus provider.yaml and site.yaml when they
 * do not exist yet).
 *
 * Importing into a provider that exists merges. In the imported locales'
 * texts, what the page states (summary, origin) is replaced and the
 * importer writes no title or action (the pages have none), so titles and
 * actions written since the last import survive the next one; a replaced
 * translation loses its `source` stamp. Everything else (hand-written
 * fields, other locales, codes the pages do not list, comments and layout)
 * stays as it is. Nothing
 * is written until every file has been computed and validated; a second
 * import of the same pages changes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { CodeSchema, LocaleIdSchema, ProviderSchema, SiteSchema, TextSchema } from '../catalog/schema.ts';
import { writeFileAtomic } from '../catalog/write.ts';
import type { Position } from '../checks/finding.ts';
import { compareNotes, ImportError, type ImportNote, type PageEntry, type PageReader } from './entry.ts';
import { decodePage, readPage } from './read.ts';
import { guessCategory } from './texts.ts';
import { sourceHash } from '../catalog/hash.ts';
import { editYaml, LINE_WIDTH, stringifyOptions, styledNode, type Edit } from '../catalog/yaml-edit.ts';

export interface ImportOptions {
  /** Provider id: the folder under `out`, kebab-case. */
  provider: string;
  /** One page per locale, in the order given. */
  locales: { locale: string; file: string }[];
  /** The catalog folder; `catalog` by default. */
  out?: string;
  /** Compute and report, write nothing. */
  dryRun?: boolean;
  /** Display name for a provider.yaml that does not exist yet; from the id by default. */
  name?: string;
  /** Called after each page is read. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ImportPage {
  locale: string;
  file: string;
  entries: PageEntry[];
}

export interface CodeChange {
  code: string;
  /** added: a new code; updated: texts of some locale added or replaced; unchanged: nothing to do. */
  status: 'added' | 'updated' | 'unchanged';
  /** Locales whose text was added. */
  added: string[];
  /** Locales whose existing text was updated from the page. */
  updated: string[];
}

export interface FileChange {
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

export interface ImportResult {
  provider: string;
  out: string;
  dryRun: boolean;
  /** The locale other locales are compared with (order, missing entries). */
  sourceLocale: string;
  pages: ImportPage[];
  /** Every code the pages hold, in catalog order. */
  codes: CodeChange[];
  /** Codes already in the catalog that the pages do not list; left as they are. */
  kept: string[];
  files: FileChange[];
  notes: ImportNote[];
  /** True when files were written (not a dry run, and something changed). */
  written: boolean;
}

/** The decision every imported code carries until someone has reviewed it. */
export const IMPORTED_DECISION = { about: 'imported', note: 'http, category, phases and retry were set by the importer; review them.' } as const;

/** Text fields the page states: replaced on every import. */
const PAGE_KEYS = ['summary', 'origin'] as const;
interface ImportedText {
  summary: string;
  origin: string;
  /** For translations in a new code: the hash of the source-locale text imported with it. */
  source?: string;
}

interface Group {
  code: string;
  aliases: string[];
  name: string;
  /** Entry per locale. */
  entries: Map<string, PageEntry>;
}

export function importPages(read: PageReader, options: ImportOptions): ImportResult {
  const out = options.out ?? 'catalog';
  const provider = options.provider;
  checkOptions(options);

  // 1. Read every page; unusable input stops here, before anything is written.
  const notes: ImportNote[] = [];
  const pages: (ImportPage & { lineCount: number })[] = [];
  options.locales.forEach(({ locale, file }, n) => {
    const text = readPage(file);
    const parsed = safeRead(read, text, file);
    notes.push(...parsed.notes);
    if (parsed.entries.length === 0) {
      const partial = parsed.notes.find((x) => x.severity === 'warning');
      throw new ImportError(
        `${file} is not an error page: no entry was recognized${partial ? ` (the first candidate: ${partial.message})` : ''}.`,
        partial ? { file, line: partial.line, column: partial.column } : { file, line: 1, column: 1 },
        'An entry is a heading with the display name, then a line with the code in backticks, then the description, e.g.\n    ### `NO FUNDS`\n    API error code: `ERROR_ZERO_BALANCE`\n    The account has no money left.\n  Check that --locale ' + `${locale}=${file} names the right page.`,
      );
    }
    pages.push({ locale, file, entries: parsed.entries, lineCount: text.replace(/(\r\n?|\n)$/, '').split(/\r\n?|\n/).length });
    options.onProgress?.(n + 1, options.locales.length, file);
  });

  // 2. What the catalog folder holds already.
  const siteFile = path.join(out, 'site.yaml');
  const providerFile = path.join(out, provider, 'provider.yaml');
  const errorsFile = path.join(out, provider, 'errors.yaml');
  const site = readYaml(siteFile);
  const providerYaml = readYaml(providerFile);
  const errors = readYaml(errorsFile);
  const siteData = site?.doc.toJS() as { sourceLocale?: unknown; locales?: { id?: unknown }[]; providers?: unknown[] } | null | undefined;
  const imported = pages.map((p) => p.locale);
  const sourceLocale =
    typeof siteData?.sourceLocale === 'string' && imported.includes(siteData.sourceLocale)
      ? siteData.sourceLocale
      : imported.includes('en')
        ? 'en'
        : imported[0]!;
  if (site) notes.push(...siteNotes(site, siteFile, siteData, provider, imported));

  // 3. Match entries across locales by code.
  const ordered = [...pages].sort((a, b) => (a.locale === sourceLocale ? -1 : b.locale === sourceLocale ? 1 : 0));
  const groups = matchEntries(ordered, notes);
  notes.push(...crossLocaleNotes(groups, ordered, sourceLocale));

  // 4. Texts and new codes.
  const providerData = providerYaml?.doc.toJS() as { phases?: { id?: unknown }[] } | null | undefined;
  const phaseIds = Array.isArray(providerData?.phases) ? providerData.phases.map((p) => p?.id).filter((id): id is string => typeof id === 'string') : [];
  const phases = phaseIds.length === 0 || phaseIds.includes('any') ? ['any'] : phaseIds;
  const fileOf = new Map(pages.map((p) => [p.locale, p.file]));
  const textsOf = (g: Group) => {
    const texts = new Map<string, ImportedText>();
    for (const locale of imported) {
      const entry = g.entries.get(locale);
      if (!entry) continue;
      const text: ImportedText = { summary: entry.description, origin: `${fileOf.get(locale)}:${entry.line}` };
      const valid = TextSchema.safeParse(text);
      if (!valid.success) throw new Error(`errcat import built an invalid ${locale} text for ${g.code}: ${valid.error.message}`);
      texts.set(locale, text);
    }
    // The pages were published as translations of each other: stamp them, so
    // that a later change to the source text shows as a stale translation.
    const source = texts.get(sourceLocale);
    if (source) for (const [locale, text] of texts) if (locale !== sourceLocale) text.source = sourceHash({ summary: source.summary });
    return texts;
  };
  const newCode = (g: Group) => {
    const texts = textsOf(g);
    const code = {
      code: g.code,
      aliases: g.aliases.length ? g.aliases : undefined,
      name: g.name,
      http: 200,
      category: guessCategory(g.code),
      phases,
      retry: { policy: 'after-fix' },
      decisions: [{ ...IMPORTED_DECISION }],
      texts: Object.fromEntries(texts),
    };
    const valid = CodeSchema.safeParse(code);
    if (!valid.success) throw new Error(`errcat import built an invalid entry for ${g.code}: ${valid.error.message}`);
    return code;
  };

  // 5. errors.yaml: a new file, or edits to the one that exists.
  const changes: CodeChange[] = [];
  const kept: string[] = [];
  let errorsText: string;
  const touched: number[] = [];
  const existingCodes = errors ? codesOf(errors, errorsFile) : undefined;
  if (!errors || !existingCodes) {
    const codes = groups.map((g) => {
      changes.push({ code: g.code, status: 'added', added: [...g.entries.keys()].filter((l) => imported.includes(l)), updated: [] });
      return newCode(g);
    });
    errorsText = newErrorsFile(codes, out, pages);
  } else {
    const edits: Edit[] = [];
    const fresh: unknown[] = [];
    const byName = new Map<string, number>();
    existingCodes.forEach((c, i) => {
      if (typeof c?.code === 'string') byName.set(c.code, i);
      if (Array.isArray(c?.aliases)) for (const a of c.aliases) if (typeof a === 'string' && !byName.has(a)) byName.set(a, i);
    });
    const matched = new Set<number>();
    for (const g of groups) {
      const index = [g.code, ...g.aliases].map((c) => byName.get(c)).find((i) => i !== undefined);
      if (index === undefined) {
        fresh.push(newCode(g));
        changes.push({ code: g.code, status: 'added', added: [...g.entries.keys()], updated: [] });
        continue;
      }
      matched.add(index);
      const change: CodeChange = { code: existingCodes[index]!.code as string, status: 'unchanged', added: [], updated: [] };
      const old = existingCodes[index]!.texts;
      const texts = textsOf(g);
      if (!isRecord(old)) {
        edits.push({ op: 'set', map: ['codes', index], key: 'texts', value: Object.fromEntries(texts) });
        change.added.push(...texts.keys());
      } else {
        for (const [locale, text] of texts) {
          const before = old[locale];
          if (!isRecord(before)) {
            edits.push({ op: 'set', map: ['codes', index, 'texts'], key: locale, value: text });
            change.added.push(locale);
            continue;
          }
          // What the page states (summary, origin) is replaced; every field written
          // by hand (title, cause, action) stays.
          const set = (k: keyof ImportedText) => edits.push({ op: 'set', map: ['codes', index, 'texts', locale], key: k, value: text[k] });
          const replaced = PAGE_KEYS.filter((k) => before[k] !== text[k]);
          if (replaced.length === 0) continue;
          replaced.forEach(set);
          // A translation stamp describes the old text, not this one.
          if (replaced.includes('summary') && 'source' in before) edits.push({ op: 'delete', map: ['codes', index, 'texts', locale], key: 'source' });
          change.updated.push(locale);
        }
      }
      if (change.added.length || change.updated.length) {
        change.status = 'updated';
        touched.push(index);
      }
      changes.push(change);
    }
    existingCodes.forEach((c, i) => {
      if (!matched.has(i)) kept.push(typeof c?.code === 'string' ? c.code : `#${i + 1}`);
    });
    if (fresh.length) edits.push({ op: 'append', seq: ['codes'], values: fresh, blankLine: blankLinesBetweenItems(errors, existingCodes.length) });
    errorsText = editYaml(errors.src, edits);
  }

  // 6. Validate what will be written.
  const final = parseDocument(errorsText);
  if (final.errors.length) throw new Error(`errcat import produced YAML that does not parse: ${final.errors[0]!.message}`);
  const finalCodes = (final.toJS() as { codes?: unknown[] }).codes ?? [];
  const lines = new LineCounter();
  parseDocument(errorsText, { lineCounter: lines });
  for (const index of touched) {
    const valid = CodeSchema.safeParse(finalCodes[index]);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      notes.push({
        severity: 'warning',
        ...positionIn(final, lines, errorsFile, ['codes', index]),
        code: changes.find((c) => c.code === (finalCodes[index] as { code?: string }).code)?.code,
        message: `This code does not pass the schema (${issue.path.join('.') || 'entry'}: ${issue.message}); the import replaced only its texts.`,
        hint: 'Run npx errcat check to see every problem, and fix the hand-written fields.',
      });
    }
  }

  const files: { path: string; content: string; before: string | undefined }[] = [{ path: errorsFile, content: errorsText, before: errors?.src }];
  if (!providerYaml) files.push({ path: providerFile, content: newProviderFile(provider, options.name, pages, out), before: undefined });
  if (!site) files.push({ path: siteFile, content: newSiteFile(provider, options.name, imported, sourceLocale), before: undefined });
  const fileChanges: FileChange[] = files.map((f) => ({ path: f.path, status: f.before === undefined ? 'created' : f.before === f.content ? 'unchanged' : 'updated' }));

  // 7. Write, only now that everything is computed.
  let written = false;
  if (!options.dryRun) {
    for (const f of files) {
      if (f.before === f.content) continue;
      try {
        writeFileAtomic(f.path, f.content);
        written = true;
      } catch (e) {
        throw new ImportError(`${f.path} could not be written: ${(e as Error).message}`, { file: f.path, line: 0, column: 0 }, 'Check that --out names a folder you can write to.');
      }
    }
  }

  notes.sort(compareNotes);
  return {
    provider,
    out,
    dryRun: !!options.dryRun,
    sourceLocale,
    pages: pages.map(({ locale, file, entries }) => ({ locale, file, entries })),
    codes: changes,
    kept,
    files: fileChanges,
    notes,
    written,
  };
}

function checkOptions(options: ImportOptions): void {
  const where = (flag: string): Position => ({ file: flag, line: 0, column: 0 });
  if (!ProviderSchema.shape.id.safeParse(options.provider).success) {
    throw new ImportError(`The provider id "${options.provider}" is not kebab-case.`, where('--provider'), 'Use lower-case words joined by "-", e.g. --provider capmonster-cloud; it becomes the folder name and the URL segment.');
  }
  if (options.locales.length === 0) {
    throw new ImportError('No page to import.', where('--locale'), 'Name one page per locale: --locale en=docs/errors.md --locale ru=i18n/ru/errors.md');
  }
  const seen = new Set<string>();
  for (const { locale } of options.locales) {
    if (!LocaleIdSchema.safeParse(locale).success) {
      throw new ImportError(`"${locale}" is not a locale id.`, where('--locale'), 'Write the locale in lower case before "=", e.g. --locale pt-br=docs/errors.md.');
    }
    if (seen.has(locale)) throw new ImportError(`The locale ${locale} is given twice.`, where('--locale'), 'Give one page per locale.');
    seen.add(locale);
  }
}

/** A reader that throws is a bug; report it as one, with the page named. */
function safeRead(read: PageReader, text: string, file: string) {
  try {
    return read(text, file);
  } catch (e) {
    throw new Error(`The page reader failed on ${file}: ${(e as Error).message}`, { cause: e });
  }
}

interface YamlFile {
  src: string;
  doc: Document;
  lines: LineCounter;
  file: string;
}

function readYaml(file: string): YamlFile | undefined {
  if (!existsSync(file)) return undefined;
  const src = decodePage(file, readFileSync(file));
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
function codesOf(errors: YamlFile, file: string): Record<string, unknown>[] | undefined {
  const data = errors.doc.toJS() as unknown;
  if (data === null || data === undefined) return undefined;
  const codes = isRecord(data) ? data.codes : undefined;
  const node = errors.doc.get('codes', true) as Node | undefined;
  if (!isRecord(data) || !Array.isArray(codes) || !isSeq(node)) {
    throw new ImportError(`${file} has no list of codes.`, { file, line: 1, column: 1 }, 'An errors.yaml starts with "codes:" and a list of entries; fix or remove the file, then import again.');
  }
  if (codes.length === 0) {
    throw new ImportError(`${file} has an empty list of codes.`, positionIn(errors.doc, errors.lines, file, ['codes']), 'Remove the file (it holds no code) and import again, or add one entry by hand.');
  }
  return codes.map((c) => (isRecord(c) ? c : {}));
}

function blankLinesBetweenItems(errors: YamlFile, count: number): boolean {
  const seq = errors.doc.get('codes', true);
  if (!isSeq(seq) || count < 2) return true;
  const a = (seq.items[0] as Node).range;
  const b = (seq.items[1] as Node).range;
  if (!a || !b) return true;
  return /\n[ \t]*\n/.test(errors.src.slice(a[1] - 1, b[0]));
}

function positionIn(doc: Document, lines: LineCounter, file: string, at: (string | number)[]): Position {
  const node = doc.getIn(at, true) as Node | undefined;
  if (!node?.range) return { file, line: 1, column: 1 };
  const { line, col } = lines.linePos(node.range[0]);
  return { file, line, column: col };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// ---------------------------------------------------------------------------
// Matching across locales.

function matchEntries(pages: ImportPage[], notes: ImportNote[]): Group[] {
  const groups: Group[] = [];
  const byCode = new Map<string, Group>();
  for (const page of pages) {
    let previous: Group | undefined;
    for (const entry of page.entries) {
      const codes = [entry.code, ...entry.aliases];
      const group = codes.map((c) => byCode.get(c)).find(Boolean);
      if (!group) {
        const g: Group = { code: entry.code, aliases: [...entry.aliases], name: entry.name, entries: new Map([[page.locale, entry]]) };
        // Next to the entry it follows on this page, so that a code only one locale has keeps its neighbours.
        groups.splice(previous ? groups.indexOf(previous) + 1 : groups.length, 0, g);
        for (const c of codes) byCode.set(c, g);
        previous = g;
        continue;
      }
      if (group.entries.has(page.locale)) {
        const first = group.entries.get(page.locale)!;
        notes.push({
          severity: 'warning',
          file: page.file,
          line: entry.line,
          column: 1,
          code: group.code,
          locales: [page.locale],
          message: `This entry (${codes.join(', ')}) names the same error as the one on line ${first.line} (${[first.code, ...first.aliases].join(', ')}); it was skipped.`,
          hint: 'Merge the two entries on the page.',
        });
        continue;
      }
      const known = [group.code, ...group.aliases];
      const sourceEntry = [...group.entries.values()][0]!;
      const sourceLocale = [...group.entries.keys()][0]!;
      if (known.join(' ') !== codes.join(' ')) {
        notes.push({
          severity: 'note',
          file: page.file,
          line: entry.codeLine,
          column: 1,
          code: group.code,
          locales: [page.locale, sourceLocale],
          message: `${page.locale} lists ${codes.map((c) => `\`${c}\``).join(', ')} where ${sourceLocale} lists ${known.map((c) => `\`${c}\``).join(', ')}; the catalog uses ${group.code} as the code${codes.some((c) => !known.includes(c)) ? ' and adds the other codes as aliases' : ''}.`,
          hint: 'List the same codes in every locale.',
        });
        for (const c of codes) {
          if (!known.includes(c)) {
            group.aliases.push(c);
            byCode.set(c, group);
          }
        }
      }
      if (entry.name !== group.name) {
        notes.push({
          severity: 'note',
          file: page.file,
          line: entry.line,
          column: 1,
          code: group.code,
          locales: [page.locale, sourceLocale],
          message: `${page.locale} names ${group.code} "${entry.name}" where ${sourceLocale} names it "${sourceEntry.name}"; the catalog keeps "${group.name}".`,
          hint: 'Use the name the API documentation uses, in every locale.',
        });
      }
      group.entries.set(page.locale, entry);
      previous = group;
    }
  }
  return groups;
}

/** Entries a locale lacks (warnings) and entries in another order than the source locale's (notes). */
function crossLocaleNotes(groups: Group[], pages: (ImportPage & { lineCount: number })[], sourceLocale: string): ImportNote[] {
  const notes: ImportNote[] = [];
  const source = pages.find((p) => p.locale === sourceLocale)!;
  const sourceOrder = source.entries.map((e) => groupOf(groups, e)!);
  for (const page of pages) {
    if (page === source) continue;
    // Missing entries: placed where the page would have them.
    for (const g of groups) {
      if (g.entries.has(page.locale)) continue;
      const from = [...g.entries.entries()][0]!;
      const fromPage = pages.find((p) => p.locale === from[0])!;
      const after = groups.slice(groups.indexOf(g) + 1).find((x) => x.entries.has(page.locale));
      const line = after ? after.entries.get(page.locale)!.line : page.lineCount;
      notes.push({
        severity: 'warning',
        file: page.file,
        line,
        column: 1,
        code: g.code,
        locales: [page.locale, from[0]],
        message: `${page.locale} has no entry for ${g.code} ("${g.name}"), which ${from[0]} has at ${fromPage.file}:${from[1].line}; the catalog gets no ${page.locale} text for it.`,
        hint: `Translate the ${from[0]} entry into this page${after ? ` before the heading on line ${line}` : ''}, or write texts.${page.locale} by hand.`,
      });
    }
    // Order: the entries outside the longest common subsequence are the ones that moved.
    const here = page.entries.map((e) => groupOf(groups, e)!).filter((g) => g.entries.has(sourceLocale));
    const there = sourceOrder.filter((g) => g.entries.has(page.locale));
    const stay = longestCommonSubsequence(here, there);
    here.forEach((g, i) => {
      if (stay.has(g)) return;
      const before = here[i - 1];
      const j = there.indexOf(g);
      const sourceBefore = there[j - 1];
      // An entry that moved together with the one before it is part of that move.
      if (i > 0 && before === sourceBefore) return;
      let along = 0;
      while (i + along + 1 < here.length && !stay.has(here[i + along + 1]!) && there[there.indexOf(here[i + along + 1]!) - 1] === here[i + along]) along++;
      const entry = g.entries.get(page.locale)!;
      notes.push({
        severity: 'note',
        file: page.file,
        line: entry.line,
        column: 1,
        code: g.code,
        locales: [page.locale, sourceLocale],
        message: `${g.code}${along ? ` (and the ${along === 1 ? 'entry' : `${along} entries`} after it)` : ''} comes ${before ? `after ${before.code}` : 'first'} here, but ${sourceBefore ? `after ${sourceBefore.code}` : 'first'} in ${sourceLocale} (${source.file}:${g.entries.get(sourceLocale)!.line}); the catalog follows ${sourceLocale}'s order.`,
        hint: `Order the entries as the ${sourceLocale} page does, so that readers switching language find them in the same place.`,
      });
    });
  }
  return notes;
}

function groupOf(groups: Group[], entry: PageEntry): Group | undefined {
  return groups.find((g) => [...g.entries.values()].includes(entry));
}

function longestCommonSubsequence<T>(a: T[], b: T[]): Set<T> {
  const m = a.length;
  const n = b.length;
  const table: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out = new Set<T>();
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function siteNotes(site: YamlFile, file: string, data: { locales?: { id?: unknown }[]; providers?: unknown[] } | null | undefined, provider: string, imported: string[]): ImportNote[] {
  const notes: ImportNote[] = [];
  const providers = Array.isArray(data?.providers) ? data.providers : [];
  if (!providers.includes(provider))
    notes.push({
      severity: 'warning',
      ...positionIn(site.doc, site.lines, file, ['providers']),
      message: `site.yaml does not list the provider ${provider}, so the site and the checks will not see the imported codes.`,
      hint: `Add ${provider} to providers in ${file}.`,
    });
  const locales = new Set(Array.isArray(data?.locales) ? data.locales.map((l) => l?.id) : []);
  for (const locale of imported) {
    if (!locales.has(locale))
      notes.push({
        severity: 'warning',
        ...positionIn(site.doc, site.lines, file, ['locales']),
        locales: [locale],
        message: `site.yaml does not publish the locale ${locale}; the ${locale} texts will be reported as texts in an unknown locale.`,
        hint: `Add { id: ${locale}, name: ... } to locales in ${file}.`,
      });
  }
  return notes;
}

// ---------------------------------------------------------------------------
// New files.

function schemaComment(out: string, name: string, fromProvider: boolean): string | undefined {
  return existsSync(path.join(out, 'schema', name)) ? ` yaml-language-server: $schema=${fromProvider ? '../' : './'}schema/${name}` : undefined;
}

function render(value: unknown, comment: string[], blankBetween: string | undefined): string {
  const doc = new Document();
  doc.contents = styledNode(doc, value, 0, 0, LINE_WIDTH) as never;
  if (blankBetween) {
    const seq = doc.get(blankBetween, true);
    if (isSeq(seq)) seq.items.forEach((item, i) => i > 0 && ((item as Node).spaceBefore = true));
  }
  if (comment.length) doc.commentBefore = comment.join('\n');
  return doc.toString(stringifyOptions());
}

function newErrorsFile(codes: unknown[], out: string, pages: ImportPage[]): string {
  const schema = schemaComment(out, 'errors.schema.json', true);
  return render(
    { codes },
    [
      ...(schema ? [schema] : []),
      ` Imported by "errcat import docusaurus" from ${pages.map((p) => `${p.file} (${p.locale})`).join(', ')}.`,
      ' Each code\'s decisions say which fields the importer guessed; review them.',
    ],
    'codes',
  );
}

function displayName(provider: string, name: string | undefined): string {
  return name ?? provider.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The few sentences the importer writes itself, in the languages it knows; others get English. */
const WORDS: Record<string, { imported: (file: string) => string; any: string; site: (n: string) => string; tagline: (n: string) => string }> = {
  en: {
    imported: (f) => `Imported from \`${f}\` by errcat import. Review each code's HTTP status, category, phases and retry policy.`,
    any: 'Any method of the API.',
    site: (n) => `${n} error codes`,
    tagline: (n) => `What each ${n} error code means.`,
  },
  ru: {
    imported: (f) => `Импортировано из \`${f}\` командой errcat import. Проверьте у каждого кода HTTP-статус, категорию, фазы и политику повторов.`,
    any: 'Любой метод API.',
    site: (n) => `Коды ошибок ${n}`,
    tagline: (n) => `Что означает каждый код ошибки ${n}.`,
  },
  zh: {
    imported: (f) => `由 errcat import 从 \`${f}\` 导入。请检查每个代码的 HTTP 状态、类别、阶段和重试策略。`,
    any: 'API 的任何方法。',
    site: (n) => `${n} 错误代码`,
    tagline: (n) => `${n} 的每个错误代码是什么意思。`,
  },
  de: {
    imported: (f) => `Mit errcat import aus \`${f}\` importiert. Prüfen Sie bei jedem Code HTTP-Status, Kategorie, Phasen und Wiederholungsregel.`,
    any: 'Jede Methode der API.',
    site: (n) => `Fehlercodes von ${n}`,
    tagline: (n) => `Was jeder Fehlercode von ${n} bedeutet.`,
  },
  es: {
    imported: (f) => `Importado de \`${f}\` con errcat import. Revise en cada código el estado HTTP, la categoría, las fases y la política de reintentos.`,
    any: 'Cualquier método de la API.',
    site: (n) => `Códigos de error de ${n}`,
    tagline: (n) => `Qué significa cada código de error de ${n}.`,
  },
};

function words(locale: string) {
  return WORDS[locale] ?? WORDS[locale.split('-')[0]!] ?? WORDS.en!;
}

function newProviderFile(provider: string, name: string | undefined, pages: ImportPage[], out: string): string {
  const value = {
    id: provider,
    name: displayName(provider, name),
    apiStyle: 'status-200-body',
    summary: Object.fromEntries(pages.map((p) => [p.locale, words(p.locale).imported(p.file)])),
    phases: [{ id: 'any', summary: Object.fromEntries(pages.map((p) => [p.locale, words(p.locale).any])) }],
  };
  const valid = ProviderSchema.safeParse(value);
  if (!valid.success) throw new Error(`errcat import built an invalid provider.yaml: ${valid.error.message}`);
  const schema = schemaComment(out, 'provider.schema.json', true);
  return render(value, [...(schema ? [schema] : []), ' Written by "errcat import docusaurus"; the API style and phases are guesses, review them.'], undefined);
}

function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    if (name && name !== locale) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    // An id Intl does not know: its name is the id.
  }
  return locale;
}

function newSiteFile(provider: string, name: string | undefined, locales: string[], sourceLocale: string): string {
  const n = displayName(provider, name);
  const ordered = [sourceLocale, ...locales.filter((l) => l !== sourceLocale)];
  const value = {
    name: Object.fromEntries(ordered.map((l) => [l, words(l).site(n)])),
    tagline: Object.fromEntries(ordered.map((l) => [l, words(l).tagline(n)])),
    url: 'https://errors.example.com',
    locales: ordered.map((id) => ({ id, name: languageName(id) })),
    sourceLocale,
    defaultLocale: sourceLocale,
    providers: [provider],
  };
  const valid = SiteSchema.safeParse(value);
  if (!valid.success) throw new Error(`errcat import built an invalid site.yaml: ${valid.error.message}`);
  return render(value, [' Written by "errcat import docusaurus" for a new catalog folder.', ' Set url to the address the site is published at.'], undefined);
}

