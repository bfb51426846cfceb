/**
 * What a reading of a text yields (MarkdownFacts, TextReading) and the
 * helpers both readers (inline.ts, tree.ts) build it with.
 */

export interface MarkdownFacts {
  /** Inline and block code, as markdown-it reads it. */
  readonly codeSpans: readonly string[];
  /** Where each code span starts in the text (its first backtick; a code block's first line), and where it ends. */
  readonly codeSpanAt: readonly number[];
  readonly codeSpanEnd: readonly number[];
  /** Link destinations, as written. */
  readonly links: readonly string[];
  /** Where each link starts (its "["). */
  readonly linkAt: readonly number[];
  /** `{name}` placeholders in the prose (not in code, nor in a link's destination). */
  readonly placeholders: readonly string[];
  /** Where each placeholder's "{" is. */
  readonly placeholderAt: readonly number[];
  readonly emphasis: number;
  readonly strong: number;
  readonly listItems: number;
  readonly tableRows: number;
  /** Raw HTML fragments. */
  readonly html: readonly string[];
  readonly htmlAt: readonly number[];
}

/** MarkdownFacts while they are being gathered. */
export type Draft = { -readonly [K in keyof MarkdownFacts]: MarkdownFacts[K] extends readonly (infer T)[] ? T[] : MarkdownFacts[K] };

export interface TextReading {
  readonly facts: MarkdownFacts;
  /**
   * What a reader does not see as prose, as [from, to) offset pairs in text
   * order, adjacent ones merged: markup (list and heading markers, table
   * pipes, emphasis is kept), code, a link's brackets and destination,
   * autolinks, raw HTML, entities, link reference definitions.
   */
  readonly hidden: readonly number[];
}

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

const EMPTY: readonly never[] = Object.freeze([]);

/** The facts of a text with none, shared (and frozen): most texts have none. Every reading without facts is this object. */
export const NO_FACTS: MarkdownFacts = Object.freeze({
  codeSpans: EMPTY, codeSpanAt: EMPTY, codeSpanEnd: EMPTY, links: EMPTY, linkAt: EMPTY, placeholders: EMPTY, placeholderAt: EMPTY,
  emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: EMPTY, htmlAt: EMPTY,
});

/** The reading of a text with nothing in it but prose. */
export const PLAIN: TextReading = Object.freeze({ facts: NO_FACTS, hidden: EMPTY });

/** The one draft the readers fill: a reading is never interrupted by another, and `done` copies what it keeps. */
const draft: Draft = { codeSpans: [], codeSpanAt: [], codeSpanEnd: [], links: [], linkAt: [], placeholders: [], placeholderAt: [], emphasis: 0, strong: 0, listItems: 0, tableRows: 0, html: [], htmlAt: [] };

/** The draft, emptied. */
export function emptyFacts(): Draft {
  draft.codeSpans.length = draft.codeSpanAt.length = draft.codeSpanEnd.length = draft.links.length = draft.linkAt.length = 0;
  draft.placeholders.length = draft.placeholderAt.length = draft.html.length = draft.htmlAt.length = 0;
  draft.emphasis = draft.strong = draft.listItems = draft.tableRows = 0;
  return draft;
}

/**
 * The facts as kept: NO_FACTS when there are none, else with each list at
 * its exact length and the empty ones shared, as the checks keep every
 * text's facts for the whole run (see BENCHMARKS.md).
 */
export function done(f: Draft): MarkdownFacts {
  const none = !f.codeSpans.length && !f.links.length && !f.placeholders.length && !f.html.length && !f.emphasis && !f.strong && !f.listItems && !f.tableRows;
  if (none) return NO_FACTS;
  return {
    codeSpans: exact(f.codeSpans), codeSpanAt: exact(f.codeSpanAt), codeSpanEnd: exact(f.codeSpanEnd),
    links: exact(f.links), linkAt: exact(f.linkAt),
    placeholders: exact(f.placeholders), placeholderAt: exact(f.placeholderAt),
    emphasis: f.emphasis, strong: f.strong, listItems: f.listItems, tableRows: f.tableRows,
    html: exact(f.html), htmlAt: exact(f.htmlAt),
  };
}

function exact<T>(list: T[]): readonly T[] {
  return list.length === 0 ? EMPTY : list.slice();
}

/** Appends [from, to) to sorted ranges, merged with the last one when they touch. */
export function pushRange(ranges: number[], from: number, to: number): void {
  if (to <= from) return;
  const n = ranges.length;
  if (n && ranges[n - 1]! >= from) ranges[n - 1] = Math.max(ranges[n - 1]!, to);
  else ranges.push(from, to);
}

/** Adds the placeholders of `text` that lie outside `hidden` (sorted ranges). */
export function addPlaceholders(text: string, hidden: readonly number[], facts: Draft): void {
  if (!text.includes('{')) return;
  let h = 0;
  // exec() over the shared expression: matchAll() would copy it. The loop ends with lastIndex back at 0.
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const end = m.index + m[0].length;
    while (h < hidden.length && hidden[h + 1]! <= m.index) h += 2;
    if (h < hidden.length && hidden[h]! < end) continue;
    facts.placeholders.push(m[1]!);
    facts.placeholderAt.push(m.index);
  }
}
