/**
 * Taking a translator's file back into the catalog (XLIFF or PO):
 *
 * 1. read the units; a file that cannot be read stops everything;
 * 2. match each unit to its code and field; a unit whose source text is no
 *    longer the catalog's, or that the tool still marks unfinished, is
 *    reported and not written;
 * 3. stage the translations and stamps through the YAML editor (a code's
 *    locale is stamped when the file brought every field of its source,
 *    finished, so the stamp says what is true);
 * 4. load and check the staged catalog, and tie each finding about an
 *    imported text to its unit in the file;
 * 5. write every changed errors.yaml together (or, with dryRun, nothing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogLoadError, loadCatalog, type Catalog, type LoadedCode, type LoadedProvider } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { writeFilesAtomic } from '../catalog/write.ts';
import type { Finding } from '../checks/finding.ts';
import { runChecks } from '../checks/run.ts';
import { editTexts, type TextEdit } from '../import/text-edits.ts';
import { readPo } from './po.ts';
import { parseUnitId, type ImportUnit } from './units.ts';
import { ExchangeFileError, readXliff } from './xliff.ts';

export type ExchangeFormat = 'xliff' | 'po';

/** A unit that was not written, and why. */
export interface UnitNote {
  /** error: the unit's translation was refused; warning: left for later (unfinished, not stamped). */
  severity: 'error' | 'warning';
  /** file:line of the unit in the translator's file. */
  where: string;
  id: string;
  message: string;
  hint: string;
}

export interface ImportReport {
  locale: string;
  /** Text fields whose translation changed. */
  written: number;
  /** Code and locale pairs stamped. */
  stamped: number;
  files: string[];
  notes: UnitNote[];
  /** Findings about the imported texts, each with the unit it came from. */
  findings: (Finding & { unit?: string })[];
  /** Findings elsewhere in the catalog. */
  others: number;
  errors: number;
}

interface Taken {
  provider: LoadedProvider;
  code: LoadedCode;
  fields: Map<TextField, { unit: ImportUnit; target: string }>;
}

function readUnits(file: string, format: ExchangeFormat): { targetLang?: string; units: ImportUnit[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CatalogLoadError(`${file} cannot be read.`, { file, line: 0, column: 0 }, `Pass the ${format === 'xliff' ? 'XLIFF' : 'PO'} file the translation tool gave back.`);
  }
  try {
    return format === 'xliff' ? readXliff(text) : readPo(text);
  } catch (e) {
    if (e instanceof ExchangeFileError) throw new CatalogLoadError(e.message, { file, line: e.line, column: e.column }, e.hint);
    throw e;
  }
}

/** The catalog locale a file is for: --locale, else the file's target language (matched to a locale's id or lang). */
function localeOf(catalog: Catalog, file: string, targetLang: string | undefined, given: string | undefined): string {
  const wanted = given ?? targetLang;
  const locale = catalog.site.locales.find((l) => l.id === wanted || l.lang === wanted || l.id === wanted?.toLowerCase().split(/[-_]/)[0]);
  if (!locale) throw new CatalogLoadError(`${wanted ? `The file is for "${wanted}", which` : 'The file names no target language and no --locale was given; it'} is not a locale of the catalog.`, { file, line: 1, column: 1 }, `Pass --locale with one of: ${catalog.site.locales.map((l) => l.id).join(', ')}.`);
  if (locale.id === catalog.site.sourceLocale) throw new CatalogLoadError(`${locale.id} is the source locale; a translator's file brings a translation.`, { file, line: 1, column: 1 }, 'Pass --locale with the language the file was translated into.');
  return locale.id;
}

export function importTranslations(catalogDir: string, file: string, format: ExchangeFormat, options: { locale?: string; dryRun?: boolean } = {}): ImportReport {
  // Stage 1: read.
  const read = readUnits(file, format);
  const catalog = loadCatalog(catalogDir);
  const locale = localeOf(catalog, file, read.targetLang, options.locale);
  const src = catalog.site.sourceLocale;
  const shown = path.relative(process.cwd(), file) || file;
  const notes: UnitNote[] = [];
  const note = (severity: UnitNote['severity'], unit: ImportUnit, message: string, hint: string) => notes.push({ severity, where: `${shown}:${unit.line}`, id: unit.id, message, hint });

  // Stage 2: match.
  const taken = new Map<string, Taken>();
  for (const unit of read.units) {
    const id = parseUnitId(unit.id);
    const provider = id && catalog.providers.find((p) => p.id === id.provider);
    const code = provider?.codes.find((c) => c.code === id!.code);
    const field = id?.field as TextField;
    if (!id || !provider || !code || !TEXT_FIELDS.includes(field)) {
      note('error', unit, `No text of the catalog has the id ${unit.id}; not written.`, 'Units are named provider/CODE/field by errcat export; a code renamed since keeps its old name as an alias, so export again.');
      continue;
    }
    if (code.texts[src]?.[field] !== unit.source) {
      note('error', unit, `The ${src} text of ${unit.id} changed after the file was exported; the translation is of the old text and is not written.`, `Export again (errcat ${format} export --locale ${locale}) and translate the new text.`);
      continue;
    }
    if (unit.target === undefined) continue;
    if (unit.unfinished) {
      note('warning', unit, `${unit.id} is still marked ${format === 'po' ? 'fuzzy' : 'for translation or review'}; not written.`, 'Confirm the translation in the tool (or clear the mark), then import again.');
      continue;
    }
    const key = `${provider.id}/${code.code}`;
    const t = taken.get(key) ?? { provider, code, fields: new Map() };
    t.fields.set(field, { unit, target: unit.target });
    taken.set(key, t);
  }

  // Stage 3: stage the edits; stamp a code's locale only when every field of its source came back finished.
  const edits: TextEdit[] = [];
  let written = 0;
  let stamped = 0;
  for (const t of taken.values()) {
    const own = t.code.texts[locale];
    const source = t.code.texts[src]!;
    const edit: TextEdit = { provider: t.provider, code: t.code, locale, set: {} };
    for (const [field, { target }] of t.fields)
      if (own?.[field] !== target) {
        edit.set[field] = target;
        written++;
      }
    const missing = TEXT_FIELDS.filter((f) => source[f] !== undefined && !t.fields.has(f));
    const hash = sourceHash(source);
    if (!missing.length && own?.source !== hash) {
      edit.set.source = hash;
      stamped++;
    } else if (missing.length) {
      const first = [...t.fields.values()][0]!.unit;
      note('warning', first, `${t.provider.id}/${t.code.code} is written but not stamped: the file did not bring a finished ${missing.join(', ')}.`, 'Translate every field of the code, or stamp it by hand once it matches (npx errcat stamp).');
    }
    if (Object.keys(edit.set).length) edits.push(edit);
  }
  const files = editTexts(edits);

  // Stage 4: check what would be written.
  const staged = loadCatalog(catalogDir, { overrides: files });
  const result = runChecks(staged);
  const findings: ImportReport['findings'] = [];
  let others = 0;
  for (const f of result.findings) {
    const t = f.provider && f.code ? taken.get(`${f.provider}/${f.code}`) : undefined;
    if (!t || !f.locales.includes(locale)) {
      others++;
      continue;
    }
    findings.push({ ...f, unit: unitOf(staged, t, locale, f, shown) });
  }

  // Stage 5: write.
  if (!options.dryRun && files.size) writeFilesAtomic([...files].map(([path, content]) => ({ path, content })));
  const errors = [...findings, ...notes].filter((x) => x.severity === 'error').length;
  return { locale, written, stamped, files: [...files.keys()], notes, findings, others, errors };
}

/** file:line (id) of the unit a finding is about: the field at the finding's line, else the code's first unit. */
function unitOf(staged: Catalog, t: Taken, locale: string, f: Finding, shown: string): string {
  const code = staged.providers.find((p) => p.id === t.provider.id)?.codes.find((c) => c.code === t.code.code);
  for (const [field, { unit }] of t.fields) {
    const at = code?.at(['texts', locale, field]);
    if (at && at.line === f.line) return `${shown}:${unit.line} (${unit.id})`;
  }
  const first = [...t.fields.values()][0]!.unit;
  return `${shown}:${first.line} (${first.id})`;
}
