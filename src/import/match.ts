/**
 * Matching entries across locales by code (never by position), and the
 * notes that say where the pages disagree: an entry one locale lacks, two
 * entries for one error, another name or order than the reference page's.
 * Linear in the number of entries (an order comparison is n log n), so a
 * page of tens of thousands of entries is matched in well under a second.
 */
import type { ImportNote, PageEntry } from './entry.ts';

export interface Page {
  locale: string;
  file: string;
  entries: PageEntry[];
  /** Lines in the page, to place a note about an entry missing at its end. */
  lineCount: number;
}

export interface Group {
  code: string;
  aliases: string[];
  name: string;
  /** Entry per locale, the reference page's first. */
  entries: Map<string, PageEntry>;
}

export interface Matched {
  /** In catalog order: the reference page's, with entries only other pages have next to the entry they follow there. */
  groups: Group[];
  notes: ImportNote[];
}

/** `pages[0]` is the reference: the others are compared with it. */
export function matchPages(pages: Page[]): Matched {
  const notes: ImportNote[] = [];
  const { groups, groupOf } = matchEntries(pages, notes);
  crossLocaleNotes(groups, groupOf, pages, notes);
  return { groups, notes };
}

interface Node {
  group: Group;
  next?: Node;
}

function matchEntries(pages: Page[], notes: ImportNote[]): { groups: Group[]; groupOf: Map<PageEntry, Group> } {
  // A linked list, so that an entry is placed after its neighbour in constant time.
  let head: Node | undefined;
  let tail: Node | undefined;
  const nodeOf = new Map<Group, Node>();
  const byCode = new Map<string, Group>();
  const groupOf = new Map<PageEntry, Group>();
  const insertAfter = (group: Group, previous: Group | undefined) => {
    const node: Node = { group };
    nodeOf.set(group, node);
    const prev = previous && nodeOf.get(previous);
    if (!prev) {
      if (tail) tail.next = node;
      else head = node;
      tail = node;
      return;
    }
    node.next = prev.next;
    prev.next = node;
    if (tail === prev) tail = node;
  };
  for (const page of pages) {
    let previous: Group | undefined;
    for (const entry of page.entries) {
      const codes = [entry.code, ...entry.aliases];
      let group: Group | undefined;
      for (let i = 0; i < codes.length && !group; i++) group = byCode.get(codes[i]!);
      if (!group) {
        const g: Group = { code: entry.code, aliases: [...entry.aliases], name: entry.name, entries: new Map([[page.locale, entry]]) };
        // Next to the entry it follows on this page, so that a code only one locale has keeps its neighbours.
        insertAfter(g, previous);
        for (const c of codes) byCode.set(c, g);
        groupOf.set(entry, g);
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
      notes.push(...differences(group, entry, page));
      for (const c of codes) {
        if (!group.aliases.includes(c) && c !== group.code) {
          group.aliases.push(c);
          byCode.set(c, group);
        }
      }
      group.entries.set(page.locale, entry);
      groupOf.set(entry, group);
      previous = group;
    }
  }
  const groups: Group[] = [];
  for (let n = head; n; n = n.next) groups.push(n.group);
  return { groups, groupOf };
}

/** Notes where an entry lists other codes or another name than the group's first entry. */
function differences(group: Group, entry: PageEntry, page: Page): ImportNote[] {
  const notes: ImportNote[] = [];
  const codes = [entry.code, ...entry.aliases];
  const known = [group.code, ...group.aliases];
  const [sourceLocale, sourceEntry] = [...group.entries][0]!;
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
  return notes;
}

/** Entries a locale lacks (warnings) and entries in another order than the reference page's (notes). */
function crossLocaleNotes(groups: Group[], groupOf: Map<PageEntry, Group>, pages: Page[], notes: ImportNote[]): void {
  const reference = pages[0];
  if (!reference) return;
  const pageOf = new Map(pages.map((p) => [p.locale, p]));
  const referenceOrder = reference.entries.map((e) => groupOf.get(e)!);
  for (const page of pages) {
    // Missing entries: placed where the page would have them, before the next entry it has.
    let after: Group | undefined;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g.entries.has(page.locale)) {
        after = g;
        continue;
      }
      const [fromLocale, fromEntry] = [...g.entries][0]!;
      const line = after ? after.entries.get(page.locale)!.line : page.lineCount;
      notes.push({
        severity: 'warning',
        file: page.file,
        line,
        column: 1,
        code: g.code,
        locales: [page.locale, fromLocale],
        message: `${page.locale} has no entry for ${g.code}${g.name ? ` ("${g.name}")` : ''}, which ${fromLocale} has at ${pageOf.get(fromLocale)!.file}:${fromEntry.line}; the catalog gets no ${page.locale} text for it.`,
        hint: `Translate the ${fromLocale} entry into this page${after ? ` before the heading on line ${line}` : ''}, or write texts.${page.locale} by hand.`,
      });
    }
    if (page !== reference) orderNotes(page, reference, referenceOrder, groupOf, notes);
  }
}

/** Order: the entries outside the longest common subsequence are the ones that moved. */
function orderNotes(page: Page, reference: Page, referenceOrder: Group[], groupOf: Map<PageEntry, Group>, notes: ImportNote[]): void {
  const here = page.entries.map((e) => groupOf.get(e)!).filter((g) => g.entries.has(reference.locale));
  const there = referenceOrder.filter((g) => g.entries.has(page.locale));
  const position = new Map(there.map((g, j) => [g, j]));
  const stay = commonSubsequence(here, position);
  here.forEach((g, i) => {
    if (stay.has(g)) return;
    const before = here[i - 1];
    const sourceBefore = there[position.get(g)! - 1];
    // An entry that moved together with the one before it is part of that move.
    if (i > 0 && before === sourceBefore) return;
    let along = 0;
    while (i + along + 1 < here.length && !stay.has(here[i + along + 1]!) && there[position.get(here[i + along + 1]!)! - 1] === here[i + along]) along++;
    const entry = g.entries.get(page.locale)!;
    notes.push({
      severity: 'note',
      file: page.file,
      line: entry.line,
      column: 1,
      code: g.code,
      locales: [page.locale, reference.locale],
      message: `${g.code}${along ? ` (and the ${along === 1 ? 'entry' : `${along} entries`} after it)` : ''} comes ${before ? `after ${before.code}` : 'first'} here, but ${sourceBefore ? `after ${sourceBefore.code}` : 'first'} in ${reference.locale} (${reference.file}:${g.entries.get(reference.locale)!.line}); the catalog follows ${reference.locale}'s order.`,
      hint: `Order the entries as the ${reference.locale} page does, so that readers switching language find them in the same place.`,
    });
  });
}

/**
 * The longest common subsequence of `a` and another order of the same
 * items (given as each item's position there): the longest increasing run
 * of positions, by patience sorting in n log n.
 */
export function commonSubsequence<T>(a: T[], position: Map<T, number>): Set<T> {
  const tops: number[] = []; // index into a of the smallest last item of each run length
  const previous: number[] = new Array<number>(a.length).fill(-1);
  a.forEach((item, i) => {
    const p = position.get(item)!;
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (position.get(a[tops[mid]!]!)! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tops[lo - 1]!;
    tops[lo] = i;
  });
  const out = new Set<T>();
  for (let i = tops.length ? tops[tops.length - 1]! : -1; i !== -1; i = previous[i]!) out.add(a[i]!);
  return out;
}
