/**
 * The catalog's texts as translation units, the model both exchange
 * formats (XLIFF, PO) write and read: one unit per text field of a code,
 * keyed `provider/CODE/field`, with the source text, the current
 * translation and its state, and notes a translator needs (the code, its
 * facts, the catalog's recorded decisions).
 */
import type { Catalog, LoadedCode, LoadedProvider } from '../catalog/load.ts';
import { sourceHash } from '../catalog/hash.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { inLocale } from '../catalog/localized.ts';

/** new: no translation yet; translated: made from the current source; needs-review: the source changed since (or it was never stamped). */
export type UnitState = 'new' | 'translated' | 'needs-review';

export interface ExportUnit {
  /** provider/CODE/field */
  id: string;
  provider: LoadedProvider;
  code: LoadedCode;
  field: TextField;
  source: string;
  target?: string;
  state: UnitState;
  notes: string[];
  /** Where the translated field is (or its code, for a new one), for PO references. */
  yaml: { file: string; line: number };
}

/** A unit as read back from a translator's file. */
export interface ImportUnit {
  id: string;
  /** Line of the unit in the file, 1-based. */
  line: number;
  source: string;
  target?: string;
  /** The unit is marked as still to be translated or reviewed (XLIFF state new/needs-*, PO fuzzy). */
  unfinished: boolean;
}

export function unitId(provider: string, code: string, field: string): string {
  return `${provider}/${code}/${field}`;
}

/** provider/CODE/field -> its parts; codes may hold "/"-free characters only, so the split is exact. */
export function parseUnitId(id: string): { provider: string; code: string; field: string } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([A-Za-z][A-Za-z0-9_.:-]*)\/([a-z]+)$/.exec(id);
  return m ? { provider: m[1]!, code: m[2]!, field: m[3]! } : undefined;
}

function notesOf(catalog: Catalog, provider: LoadedProvider, code: LoadedCode, locale: string): string[] {
  const src = catalog.site.sourceLocale;
  const notes = [`${code.code} (${inLocale(provider.name, src, src)}): HTTP ${code.http}, category ${code.category}, retry ${code.retry.policy}${code.retry.after ? ` after ${code.retry.after} s` : ''}.`];
  const facts = Object.entries(code.facts);
  if (facts.length)
    notes.push(
      `Facts, cited as {name} and filled in by the site: ${facts
        .map(([name, f]) => `{${name}} = ${f.value} ${f.unit}${f.label ? ` (${f.label[locale] ?? f.label[src] ?? ''})` : ''}`)
        .join('; ')}. Keep each {name} as it is.`,
    );
  for (const [name, f] of facts) if (f.decision) notes.push(`Decision about {${name}}: ${f.decision}`);
  if (code.retry.decision) notes.push(`Decision about the retry policy: ${code.retry.decision}`);
  for (const d of code.decisions) notes.push(`Decision about ${d.about}: ${d.note}`);
  return notes;
}

/** The units of `locale`, for every provider or one. */
export function exportUnits(catalog: Catalog, locale: string, providerId?: string): ExportUnit[] {
  const src = catalog.site.sourceLocale;
  const out: ExportUnit[] = [];
  for (const provider of catalog.providers) {
    if (providerId && provider.id !== providerId) continue;
    for (const code of provider.codes) {
      const source = code.texts[src];
      if (!source) continue;
      const own = code.texts[locale];
      const current = own?.source !== undefined && own.source === sourceHash(source);
      const notes = notesOf(catalog, provider, code, locale);
      for (const field of TEXT_FIELDS) {
        const text = source[field];
        if (text === undefined) continue;
        const target = own?.[field];
        const at = own ? code.at(['texts', locale, field]) : code.at([]);
        out.push({
          id: unitId(provider.id, code.code, field),
          provider,
          code,
          field,
          source: text,
          target,
          state: target === undefined ? 'new' : current ? 'translated' : 'needs-review',
          notes,
          yaml: { file: at.file, line: at.line },
        });
      }
    }
  }
  return out;
}
