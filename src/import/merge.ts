/**
 * The new errors.yaml: a new file, or edits to the one that exists.
 *
 * Merging, in the imported locales' texts, the page's own fields (summary,
 * origin, imported) are replaced and nothing else is touched, except a
 * summary written by hand: one with no `origin` (never imported), or one
 * that no longer matches its `imported` hash (edited since the import).
 * Such a summary is replaced only with `overwrite`; otherwise it stays, and
 * the plan says so. Where the page still says what it said at the last
 * import, an edited summary stays silently: nothing new came from the page.
 *
 * Every translation the import writes is stamped with the hash of the
 * source-locale text it was made from (see `sourceTextFor`).
 */
import { sourceHash } from '../catalog/hash.ts';
import { editYamlChecked, type Edit } from '../catalog/yaml-edit.ts';
import type { Position } from '../checks/finding.ts';
import type { ImportNote } from './entry.ts';
import { blankLinesBetweenItems, isRecord, positionIn, type CatalogFolder, type YamlFile } from './existing.ts';
import { importedHash, newCode, pageTexts, sourceTextFor, textValue, type PageText } from './codes.ts';
import type { Group } from './match.ts';
import type { Chosen } from './stated.ts';
import { newErrorsFile } from './new-files.ts';
import type { PageLocale } from './locales.ts';

export interface CodeChange {
  code: string;
  /** added: a new code; updated: texts of some locale added or replaced; unchanged: nothing to do. */
  status: 'added' | 'updated' | 'unchanged';
  /** Locales whose text was added. */
  added: string[];
  /** Locales whose existing text was updated from the page. */
  updated: string[];
}

/** A summary written by hand that the page would replace: where it is, and whether it was replaced (`overwrite`). */
export interface HandWritten extends Position {
  code: string;
  locale: string;
  field: 'summary';
  /** The page and line whose text differs. */
  page: string;
  /** never imported, or edited after the import */
  why: 'no-origin' | 'edited';
  replaced: boolean;
}

export interface ErrorsPlan {
  text: string;
  /** The file's data, as the loader will read it. */
  data: { codes: unknown[] };
  changes: CodeChange[];
  /** Codes already in the catalog that the pages do not list; left as they are. */
  kept: string[];
  /** Indexes of existing codes whose texts changed (to check them against the schema). */
  touched: number[];
  handWritten: HandWritten[];
  /** Facts the pages state that differ from what the catalog holds (the catalog's are kept). */
  notes: ImportNote[];
}

export interface PlanInput {
  folder: CatalogFolder;
  groups: Group[];
  pages: PageLocale[];
  source: string;
  out: string;
  overwrite: boolean;
  /** What the pages state besides texts (HTTP status, retryability, category), per group. */
  chosen?: Map<Group, Chosen>;
  /** The command that writes the files, named in a new file's header. */
  command?: string;
}

export function planErrorsFile(input: PlanInput): ErrorsPlan {
  const { folder, groups, pages, source } = input;
  const fileOf = new Map(pages.map((p) => [p.locale, p.file]));
  const phases = folder.phases.length === 0 || folder.phases.includes('any') ? ['any'] : folder.phases;
  if (!folder.errors || !folder.codes) {
    const codes = groups.map((g) => newCode(g, pageTexts(g, fileOf), source, phases, input.chosen?.get(g)));
    return {
      text: newErrorsFile(codes, input.out, pages, input.command),
      data: { codes },
      changes: groups.map((g) => ({ code: g.code, status: 'added', added: [...g.entries.keys()], updated: [] })),
      kept: [],
      touched: [],
      handWritten: [],
      notes: [],
    };
  }
  return mergeInto(folder.errors, folder.codes, groups, fileOf, source, phases, input.overwrite, input.chosen);
}

function mergeInto(errors: YamlFile, existing: Record<string, unknown>[], groups: Group[], fileOf: Map<string, string>, source: string, phases: string[], overwrite: boolean, chosen?: Map<Group, Chosen>): ErrorsPlan {
  const plan: ErrorsPlan = { text: '', data: { codes: [] }, changes: [], kept: [], touched: [], handWritten: [], notes: [] };
  const edits: Edit[] = [];
  const fresh: unknown[] = [];
  const byName = new Map<string, number>();
  existing.forEach((c, i) => {
    if (typeof c.code === 'string') byName.set(c.code, i);
    if (Array.isArray(c.aliases)) for (const a of c.aliases) if (typeof a === 'string' && !byName.has(a)) byName.set(a, i);
  });
  const matched = new Set<number>();
  for (const g of groups) {
    const texts = pageTexts(g, fileOf);
    const index = [g.code, ...g.aliases].map((c) => byName.get(c)).find((i) => i !== undefined);
    if (index === undefined) {
      fresh.push(newCode(g, texts, source, phases, chosen?.get(g)));
      plan.changes.push({ code: g.code, status: 'added', added: [...texts.keys()], updated: [] });
      continue;
    }
    matched.add(index);
    plan.notes.push(...keptFacts(errors, index, existing[index]!, g, chosen?.get(g)));
    const change: CodeChange = { code: existing[index]!.code as string, status: 'unchanged', added: [], updated: [] };
    edits.push(...textEdits(errors, index, existing[index]!.texts, texts, source, overwrite, change, plan.handWritten));
    if (change.added.length || change.updated.length) {
      change.status = 'updated';
      plan.touched.push(index);
    }
    plan.changes.push(change);
  }
  existing.forEach((c, i) => {
    if (!matched.has(i)) plan.kept.push(typeof c.code === 'string' ? c.code : `#${i + 1}`);
  });
  if (fresh.length) edits.push({ op: 'append', seq: ['codes'], values: fresh, blankLine: blankLinesBetweenItems(errors) });
  const edited = editYamlChecked(errors.src, edits, errors.doc);
  return { ...plan, text: edited.text, data: edited.data as { codes: unknown[] } };
}

/** The edits that bring one existing code's texts up to the pages. */
function textEdits(errors: YamlFile, index: number, old: unknown, texts: Map<string, PageText>, source: string, overwrite: boolean, change: CodeChange, handWritten: HandWritten[]): Edit[] {
  const from = sourceTextFor(source, texts, isRecord(old) ? old[source] : undefined);
  const stamp = from && sourceHash(from);
  const stampOf = (locale: string) => (locale === source ? undefined : stamp);
  if (!isRecord(old)) {
    change.added.push(...texts.keys());
    return [{ op: 'set', map: ['codes', index], key: 'texts', value: Object.fromEntries([...texts].map(([l, t]) => [l, textValue(t, stampOf(l))])) }];
  }
  const edits: Edit[] = [];
  for (const [locale, text] of texts) {
    const at = ['codes', index, 'texts', locale];
    const before = old[locale];
    if (!isRecord(before)) {
      edits.push({ op: 'set', map: ['codes', index, 'texts'], key: locale, value: textValue(text, stampOf(locale)) });
      change.added.push(locale);
      continue;
    }
    const value = textValue(text, stampOf(locale));
    const set = (key: 'summary' | 'origin' | 'imported') => edits.push({ op: 'set', map: at, key, value: value[key] });
    const owner = ownerOf(before, text);
    if (owner === 'same') {
      // Only where it came from: the stamp still describes the text.
      const moved = (['origin', 'imported'] as const).filter((k) => before[k] !== text[k]);
      moved.forEach(set);
      if (moved.length) change.updated.push(locale);
      continue;
    }
    if (owner === 'kept') continue;
    if (owner !== 'page') {
      handWritten.push({ ...positionIn(errors, [...at, 'summary']), code: change.code, locale, field: 'summary', page: text.origin, why: owner, replaced: overwrite });
      if (!overwrite) continue;
    }
    (['summary', 'origin', 'imported'] as const).forEach(set);
    // A translation stamp describes the old text: stamp the new one, or drop it where there is no source text.
    const stampNow = stampOf(locale);
    if (stampNow) edits.push({ op: 'set', map: at, key: 'source', value: value.source, first: true });
    else if (locale !== source && 'source' in before) edits.push({ op: 'delete', map: at, key: 'source' });
    change.updated.push(locale);
  }
  return edits;
}

/**
 * Whose summary the catalog holds, where the page states another:
 * same: the page's own (only where it came from may change);
 * page: the importer's, unedited: the page's new text replaces it;
 * kept: edited since the import, but the page says what it said then;
 * no-origin / edited: written by hand, replaced only with overwrite.
 */
function ownerOf(before: Record<string, unknown>, text: PageText): 'same' | 'page' | 'kept' | 'no-origin' | 'edited' {
  if (before.summary === text.summary) return 'same';
  if (before.origin === undefined) return 'no-origin';
  const imported = typeof before.imported === 'string' ? before.imported : undefined;
  // Imported before errcat recorded `imported`: the importer's text, as it was then.
  if (imported === undefined || imported === importedHash(String(before.summary))) return 'page';
  return imported === text.imported ? 'kept' : 'edited';
}

/** Warnings (kept) and notes (replaced) about summaries written by hand. */
export function handWrittenNotes(list: HandWritten[]): ImportNote[] {
  return list.map((h): ImportNote => {
    const how = h.why === 'no-origin' ? 'written by hand (it has no origin)' : 'edited by hand after it was imported';
    const about = { file: h.file, line: h.line, column: h.column, code: h.code, locales: [h.locale] };
    return h.replaced
      ? { ...about, severity: 'note', message: `The ${h.locale} summary of ${h.code} was ${how}; --overwrite replaced it with the text at ${h.page}.`, hint: 'The text it replaced is in version control, if it said something the page should say too.' }
      : { ...about, severity: 'warning', message: `The ${h.locale} summary of ${h.code} was ${how}, and the page says something else at ${h.page}; the import kept it.`, hint: "Compare the two. To take the page's text, import again with --overwrite; to keep this one, leave it." };
  });
}

/** Warnings where the pages state an HTTP status or category other than the catalog's; the catalog's stays (it may have been reviewed). */
function keptFacts(errors: YamlFile, index: number, code: Record<string, unknown>, g: Group, chosen: Chosen | undefined): ImportNote[] {
  if (!chosen) return [];
  const notes: ImportNote[] = [];
  for (const field of ['http', 'category'] as const) {
    const page = chosen[field];
    if (page === undefined || code[field] === undefined || code[field] === page) continue;
    notes.push({
      severity: 'warning',
      ...positionIn(errors, ['codes', index, field]),
      code: g.code,
      message: `The pages state ${field} ${page} for ${g.code}; the catalog has ${String(code[field])}, which the import kept.`,
      hint: `If the pages are right, change ${field} here; if the catalog is, correct the pages.`,
    });
  }
  return notes;
}
