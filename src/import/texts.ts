/**
 * Turning a page entry into catalog fields, by structure only (no word
 * lists, so a language not seen before works the same way):
 * - the description splits into summary (its first sentence) and action (the
 *   rest);
 * - the display name becomes a sentence-case title;
 * - the code's own name suggests a category.
 */
import type { Category } from '../catalog/schema.ts';

export interface SplitText {
  summary: string;
  /** The sentences after the first; empty when the description is one sentence. */
  action: string;
}

/**
 * Splits a Markdown description after its first sentence. A sentence ends at
 * `.`, `!`, `?` or `…` followed by a space and a character that is not a
 * lower-case letter or digit, or at `。`, `！`, `？` anywhere. Ends inside
 * code spans, link targets, HTML and unbalanced emphasis do not count, nor
 * do ends after a single letter or a dotted abbreviation ("e.g.").
 */
export function splitDescription(markdown: string): SplitText {
  const text = markdown.trim();
  const at = firstSentenceEnd(text);
  if (at === -1) return { summary: text, action: '' };
  const summary = text.slice(0, at).trim();
  const action = text.slice(at).trim();
  if (!summary || !action) return { summary: text, action: '' };
  return { summary: stripTrailingBreak(summary), action };
}

function stripTrailingBreak(s: string): string {
  return s.replace(/\\$/, '').trimEnd();
}

/** Index just after the first sentence's end (its closing punctuation), or -1. */
function firstSentenceEnd(text: string): number {
  const masked = mask(text);
  // Only the first paragraph: a sentence does not run over a blank line.
  const paragraphEnd = masked.search(/\n[ \t]*\n/);
  const limit = paragraphEnd === -1 ? masked.length : paragraphEnd;
  // Open emphasis: a run of one `*` toggles emphasis, two strong, three both.
  let em = false;
  let strong = false;
  const toggle = (run: number) => {
    if (run % 2 === 1) em = !em;
    if (run >= 2) strong = !strong;
  };
  for (let i = 0; i < limit; i++) {
    const ch = masked[i]!;
    if (ch === '*') {
      let run = 1;
      while (masked[i + run] === '*') run++;
      toggle(run);
      i += run - 1;
      continue;
    }
    const cjk = ch === '。' || ch === '！' || ch === '？';
    const western = ch === '.' || ch === '!' || ch === '?' || ch === '…';
    if (!cjk && !western) continue;
    let j = i + 1;
    while (j < masked.length && /[)\]"'»”’」』）*_]/.test(masked[j]!)) {
      if (masked[j] === '*') {
        let run = 1;
        while (masked[j + run] === '*') run++;
        toggle(run);
        j += run;
        continue;
      }
      j++;
    }
    const dot = i;
    // The closers are read: scanning goes on after them, whatever is decided here.
    i = j - 1;
    if (em || strong) continue;
    if (j >= limit) return paragraphEnd === -1 ? -1 : j;
    if (cjk) return j;
    if (!/\s/.test(masked[j]!)) continue;
    let k = j;
    while (k < masked.length && /\s/.test(masked[k]!)) k++;
    const next = masked[k];
    if (next === undefined || /[\p{Ll}\d]/u.test(next)) continue;
    if (ch === '.' && isAbbreviation(masked, dot)) continue;
    return j;
  }
  return -1;
}

/** "e.g." and "J." are not sentence ends. */
function isAbbreviation(s: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(s[start - 1]!)) start--;
  const word = s.slice(start, dot);
  return word.length === 1 || word.includes('.');
}

/** Replaces code spans, link targets, autolinks and HTML by neutral characters of the same length. */
function mask(text: string): string {
  const blank = (m: string) => 'x'.repeat(m.length);
  return text
    .replace(/(`+)[\s\S]*?\1/g, blank)
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/<[^>\n]*>/g, blank);
}

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
    for (const w of mask(d).match(/[\p{L}\d]+/gu) ?? []) {
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
