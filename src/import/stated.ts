/**
 * Facts a page states per locale besides the texts (a table's HTTP status,
 * its yes/no retry column, the section heading above it): the catalog holds
 * one value, so the import takes the source locale's (else the first page's
 * that states one), records what the other locales say in the code's
 * `decisions`, and reports each conflict with both files and lines.
 */
import type { Category, RetryPolicy } from '../catalog/schema.ts';
import type { ImportNote, PageEntry, Stated } from './entry.ts';
import type { Group } from './match.ts';

export interface Decision {
  about: string;
  note: string;
}

/** What the catalog takes from the pages for one code; undefined where no page states it. */
export interface Chosen {
  http?: number;
  retry?: RetryPolicy;
  category?: Category;
  /** Operations that return the code (an OpenAPI spec's), as phase ids. */
  phases?: string[];
  decisions: Decision[];
}

interface Said<T> {
  locale: string;
  value: T;
  /** As the page writes it. */
  shown: string;
  at: string;
  line: number;
  file: string;
}

/** The facts of every group, and the conflicts between locales as notes. */
export function chooseStated(groups: Group[], fileOf: Map<string, string>): { chosen: Map<Group, Chosen>; notes: ImportNote[] } {
  const chosen = new Map<Group, Chosen>();
  const notes: ImportNote[] = [];
  for (const g of groups) chosen.set(g, chooseOne(g, fileOf, notes));
  return { chosen, notes };
}

function chooseOne(g: Group, fileOf: Map<string, string>, notes: ImportNote[]): Chosen {
  const out: Chosen = { decisions: [] };
  const said = <T>(pick: (s: Stated) => { value: T; shown: string; line: number } | undefined): Said<T>[] =>
    [...g.entries].flatMap(([locale, e]: [string, PageEntry]) => {
      const s = e.stated && pick(e.stated);
      const file = fileOf.get(locale) ?? '';
      return s ? [{ locale, ...s, file, at: `${file}:${s.line}` }] : [];
    });
  out.http = settle(g.code, 'http', 'HTTP status', said((s) => s.http && { value: s.http.value, shown: String(s.http.value), line: s.http.line }), out, notes);
  const retryable = settle(g.code, 'retry', 'retryability', said((s) => s.retryable && { value: s.retryable.value, shown: `"${s.retryable.word}"`, line: s.retryable.line }), out, notes);
  if (retryable !== undefined) out.retry = retryable ? 'after-wait' : 'after-fix';
  const sections = said((s) => s.section && { value: s.section.category, shown: `"${s.section.heading}"`, line: s.section.line });
  const named = sections.filter((s): s is Said<Category> => s.value !== undefined);
  out.category = settle(g.code, 'category', 'category', named, out, notes);
  if (out.category === undefined && sections.length) {
    out.decisions.push({ about: 'category', note: `The table stands under ${sections.map((s) => `${s.shown} (${s.at})`).join(', ')}, which names no category; the importer guessed the category from the code.` });
  }
  return out;
}

/** The first locale's value (the source's, pages being in that order); a decision and notes where others differ. */
function settle<T>(code: string, about: string, what: string, said: Said<T>[], out: Chosen, notes: ImportNote[]): T | undefined {
  const first = said[0];
  if (!first) return undefined;
  const others = said.filter((s) => s.value !== first.value);
  if (others.length === 0) return first.value;
  const all = said.map((s) => `${s.locale} states ${s.shown} (${s.at})`).join('; ');
  out.decisions.push({ about, note: `The pages disagree: ${all}. The import took ${first.locale}'s ${first.shown}; check which is right.` });
  for (const o of others) {
    notes.push({
      severity: 'warning',
      file: o.file,
      line: o.line,
      column: 1,
      code,
      locales: [o.locale, first.locale],
      message: `${o.locale} states the ${what} of ${code} as ${o.shown} where ${first.locale} states ${first.shown} (${first.at}); the catalog takes ${first.shown} and records both in the code's decisions.`,
      hint: `Correct the page that is wrong; the catalog holds one ${what} per code.`,
    });
  }
  return first.value;
}
