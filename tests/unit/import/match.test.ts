import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageEntry } from '../../../src/import/entry.ts';
import { commonSubsequence, matchPages, type Page } from '../../../src/import/match.ts';

function entry(i: number): PageEntry {
  return { code: `ERROR_${i}`, aliases: [], name: `E ${i}`, line: i * 4 + 1, codeLine: i * 4 + 2, descriptionLine: i * 4 + 3, label: 'Code:', description: `Error ${i}.` };
}

function page(locale: string, order: number[]): Page {
  return { locale, file: `${locale}.md`, entries: order.map(entry), lineCount: order.length * 4 };
}

/** The length of a longest common subsequence, by the textbook table. */
function lcsLength<T>(a: T[], b: T[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    b.forEach((y, j) => {
      const up = row[j + 1]!;
      row[j + 1] = x === y ? diagonal + 1 : Math.max(row[j + 1]!, row[j]!);
      diagonal = up;
    });
  }
  return row[b.length]!;
}

describe('matching entries across locales', () => {
  it('keeps a longest run of entries in the reference order, as the textbook table does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length }))), ([a, b]) => {
        const position = new Map(b.map((x, j) => [x, j]));
        const kept = commonSubsequence(a, position);
        expect(kept.size).toBe(lcsLength(a, b));
        const inA = a.filter((x) => kept.has(x));
        expect(inA.map((x) => position.get(x))).toEqual([...inA.map((x) => position.get(x)!)].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it('reports every entry a page lacks, however many, without running out of stack', () => {
    // More notes than a function call takes arguments (push(...notes) fails here).
    const all = Array.from({ length: 200_000 }, (_, i) => i);
    const { groups, notes } = matchPages([page('en', all), page('ru', [0])]);
    expect(groups).toHaveLength(all.length);
    expect(notes.filter((n) => n.message.startsWith('ru has no entry'))).toHaveLength(all.length - 1);
  }, 120_000);

  it('places an entry only one page has right after the entry it follows there', () => {
    const { groups } = matchPages([page('en', [1, 2, 3]), page('ru', [1, 9, 2, 3])]);
    expect(groups.map((g) => g.code)).toEqual(['ERROR_1', 'ERROR_9', 'ERROR_2', 'ERROR_3']);
  });
});
