/**
 * What the import writes for each code: the texts the pages state, each
 * translation stamped with the hash of the source-locale text it was made
 * from, and a whole entry for a code the catalog does not have yet.
 */
import { CodeSchema, TEXT_FIELDS, type Text } from '../catalog/schema.ts';
import { sourceHash } from '../catalog/hash.ts';
import { isRecord } from './existing.ts';
import type { Group } from './match.ts';
import type { Chosen } from './stated.ts';
import { guessCategory } from './texts.ts';

/** The decision every imported code carries until someone has reviewed it, naming the fields the importer guessed. */
function importedDecision(chosen: Chosen | undefined): { about: 'imported'; note: string } {
  const guessed = (['http', 'category', 'phases', 'retry'] as const).filter((f) => chosen?.[f] === undefined);
  const taken = (['http', 'category', 'phases', 'retry'] as const).filter((f) => chosen?.[f] !== undefined);
  const list = (fs: readonly string[]) => (fs.length === 1 ? fs[0]! : `${fs.slice(0, -1).join(', ')} and ${fs[fs.length - 1]}`);
  const note = guessed.length
    ? `${list(guessed)} ${guessed.length === 1 ? 'was' : 'were'} set by the importer${taken.length ? `, ${list(taken)} taken from the source` : ''}; review them.`
    : `${list(taken)} were taken from the source; review them.`;
  return { about: 'imported', note };
}

/** What a page states for one locale of one code. */
export interface PageText {
  summary: string;
  /** The page and line it was read from. */
  origin: string;
  /** The hash of `summary` as imported: a summary that no longer has it was edited by hand. */
  imported: string;
}

/** The hash `imported:` records of a summary. */
export function importedHash(summary: string): string {
  return sourceHash({ summary });
}

/** The texts a group's entries give, per catalog locale. */
export function pageTexts(g: Group, fileOf: Map<string, string>): Map<string, PageText> {
  const texts = new Map<string, PageText>();
  for (const [locale, entry] of g.entries) {
    texts.set(locale, { summary: entry.description, origin: `${fileOf.get(locale)}:${entry.line}`, imported: importedHash(entry.description) });
  }
  return texts;
}

/**
 * The source-locale text the pages' translations were made from: what the
 * catalog holds, with the summary the source page states when it is among
 * the pages. Undefined when there is no source text at all.
 */
export function sourceTextFor(source: string, texts: Map<string, PageText>, existing: unknown): Text | undefined {
  const page = texts.get(source);
  const old = isRecord(existing) ? existing : {};
  const text: Record<string, string> = {};
  for (const f of TEXT_FIELDS) if (typeof old[f] === 'string') text[f] = old[f];
  if (page) text.summary = page.summary;
  return typeof text.summary === 'string' ? (text as Text) : undefined;
}

/** A text as written into errors.yaml: the stamp first, as `errcat stamp` writes it, then what the page states. */
export function textValue(text: PageText, stamp: string | undefined): Record<string, string> {
  const { summary, origin, imported } = text;
  return stamp === undefined ? { summary, origin, imported } : { source: stamp, summary, origin, imported };
}

/** A whole entry for a code the catalog lacks, with conservative values for what pages do not state. */
export function newCode(g: Group, texts: Map<string, PageText>, source: string, phases: string[], chosen?: Chosen): Record<string, unknown> {
  const from = sourceTextFor(source, texts, undefined);
  const stamp = from && sourceHash(from);
  const code = {
    code: g.code,
    ...(g.aliases.length ? { aliases: g.aliases } : {}),
    ...(g.name ? { name: g.name } : {}),
    http: chosen?.http ?? 200,
    category: chosen?.category ?? guessCategory(g.code),
    phases: chosen?.phases ?? phases,
    retry: { policy: chosen?.retry ?? 'after-fix' },
    decisions: [importedDecision(chosen), ...(chosen?.decisions ?? [])],
    texts: Object.fromEntries([...texts].map(([locale, t]) => [locale, textValue(t, locale === source ? undefined : stamp)])),
  };
  const valid = CodeSchema.safeParse(code);
  if (!valid.success) throw new Error(`errcat import built an invalid entry for ${g.code}: ${valid.error.message}`);
  return code;
}

