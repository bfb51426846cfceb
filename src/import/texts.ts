/**
 * Turning a page entry into catalog fields:
 * - the display name becomes a sentence-case title, by structure only (no
 *   word lists, so a language not seen before works the same way);
 * - the code's own name suggests a category.
 */
import type { Category } from '../catalog/schema.ts';
import { proseOf, readText } from '../catalog/text/read.ts';

/**
 * A title from the provider's display name: NO FUNDS -> "No funds". A word
 * keeps its inner capitals when an entry's description writes it that way
 * (IP, ID, reCAPTCHA), so abbreviations survive without a word list.
 * Code-like names (ERROR_TASK_ABSENT) read as words.
 */
export function titleFromName(name: string, descriptions: string[]): string {
  const spaced = /\s/.test(name) ? name : name.replace(/_/g, ' ');
  const words = spaced.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return name;
  // A name written with lower-case letters is already cased: keep it.
  if (/\p{Ll}/u.test(spaced)) return capitalize(words.join(' '));
  const forms = new Map<string, string>();
  for (const d of descriptions) {
    for (const w of proseOf(d, readText(d).hidden, ' ').match(/[\p{L}\d]+/gu) ?? []) {
      if (/\p{L}\p{Lu}/u.test(w) || /^\p{Lu}{2,}$/u.test(w)) {
        const key = w.toLowerCase();
        if (!forms.has(key)) forms.set(key, w);
      }
    }
  }
  const out = words.map((w) => forms.get(w.toLowerCase()) ?? w.toLowerCase());
  return capitalize(out.join(' '));
}

function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + s.slice(ch.length);
}

/** The category a code's name suggests; `task` when it suggests none. */
export function guessCategory(code: string): Category {
  const upper = code.toUpperCase();
  const tokens = upper.split(/[_.:-]+/);
  if (upper.includes('NOT_READY')) return 'polling';
  if (upper.includes('PROXY')) return 'proxy';
  if (upper.includes('BALANCE') || upper.includes('FUNDS')) return 'balance';
  if (tokens.includes('KEY') || tokens.includes('IP')) return 'auth';
  if (upper.includes('SIZE') || upper.includes('IMAGE') || upper.includes('FILE')) return 'input';
  return 'task';
}
