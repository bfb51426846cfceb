/**
 * What a text advises: to send the request again, not to, or to contact
 * support. Read with the small per-language lexicons beside this file
 * (retry.json, support.json, negation.json, not-advice.json); a language without a lexicon
 * is not read (`knowsLanguage`).
 */
import { proseOf as readProse, readText } from '../../catalog/text/read.ts';
import retryLexicon from './retry.json' with { type: 'json' };
import supportLexicon from './support.json' with { type: 'json' };
import negationLexicon from './negation.json' with { type: 'json' };
import notAdvice from './not-advice.json' with { type: 'json' };

export interface Advice {
  /** Clauses that advise sending again, as written. */
  retry: string[];
  /** Clauses that advise sending again, negated ("do not retry"). */
  noRetry: string[];
  /** Clauses that advise contacting support. */
  support: string[];
}

type Lexicon = Record<string, string[]>;

/**
 * Lexicon and text are both matched in lower case, so that no expression
 * needs the `i` or `u` flag (either makes V8's expressions many times
 * slower). `\p{L}` in a lexicon stands for a lower-case letter of the
 * scripts the lexicons cover (Latin, Cyrillic); `\b` is a word boundary in
 * those scripts (JavaScript's own `\b` knows only ASCII letters), written as
 * the one-sided test it is: the start of a word where a word follows in the
 * pattern, its end elsewhere.
 */
const LETTER = '[a-z\\u00df-\\u024f\\u0430-\\u045f]';
const WORD = '[0-9_a-z\\u00df-\\u024f\\u0430-\\u045f]';
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;

function source(pattern: string, bounded: boolean): string {
  const letters = pattern.replace(/\\p\{L\}/g, LETTER).toLowerCase();
  if (!bounded) return letters.replace(/\\b/g, '');
  return letters.replace(/\\b/g, (_, at: number) => {
    const next = letters.slice(at + 2);
    return next === '' || /^(\)|\||\[\^|\(\?)/.test(next) ? WORD_END : WORD_START;
  });
}

function compile(patterns: readonly string[] | undefined): RegExp | undefined {
  if (!patterns?.length) return undefined;
  return new RegExp(patterns.map((p) => `(?:${source(p, true)})`).join('|'), 'g');
}

/** The same phrases without word boundaries, any case: a quick test that a raw text may hold one at all (most texts hold none). */
function compileLoose(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${source(p, false)})`).join('|'), 'i');
}

interface Compiled {
  /** Whether a text may hold a retry or support phrase. */
  maybe: RegExp;
  retry: RegExp;
  support: RegExp | undefined;
  before: RegExp | undefined;
  after: RegExp | undefined;
  clause: RegExp | undefined;
  fresh: RegExp | undefined;
  /** Right before or after a retry phrase: it names when the error happens ("on retry"), it gives no advice. */
  circumstanceBefore: RegExp | undefined;
  circumstanceAfter: RegExp | undefined;
  scopeEnds: RegExp | undefined;
}

const compiled = new Map<string, Compiled | null>();

function lexiconFor(lang: string): Compiled | undefined {
  let c = compiled.get(lang);
  if (c === undefined) {
    const retry = compile((retryLexicon.phrases as Lexicon)[lang]);
    c = retry
      ? {
          maybe: compileLoose([...(retryLexicon.phrases as Lexicon)[lang]!, ...((supportLexicon.phrases as Lexicon)[lang] ?? [])]),
          retry,
          support: compile((supportLexicon.phrases as Lexicon)[lang]),
          before: compile((negationLexicon.before as Lexicon)[lang]),
          after: compile((negationLexicon.after as Lexicon)[lang]),
          clause: compile((negationLexicon.clause as Lexicon)[lang]),
          fresh: compile((notAdvice.fresh as Lexicon)[lang]),
          circumstanceBefore: compile((notAdvice.before as Lexicon)[lang]),
          circumstanceAfter: compile((notAdvice.after as Lexicon)[lang]),
          scopeEnds: compile((negationLexicon.scopeEnds as Lexicon)[lang]),
        }
      : null;
    compiled.set(lang, c);
  }
  return c ?? undefined;
}

/** Whether the lexicons cover a language (a language subtag: en, ru, zh). */
export function knowsLanguage(lang: string): boolean {
  return lexiconFor(lang) !== undefined;
}

/**
 * The words a reader reads, without what is no advice: code spans and
 * blocks, link destinations, raw HTML and Markdown marks, as the one
 * reading of the text (src/catalog/text) hides them, dropped.
 */
export function proseOf(markdown: string): string {
  // Without a character that starts code, a link, emphasis, HTML or an entity, the reading hides at most block markers ("- ", "1. "), which hold no advice.
  if (!INLINE_SYNTAX.test(markdown)) return markdown;
  return readProse(markdown, readText(markdown).hidden, '');
}

const INLINE_SYNTAX = /[`*_[\]<&\\~]/;

/** Where clauses end: the negation of a phrase is looked for only within its own clause. One table look-up per character. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const ch of '.,;:!?\n。，；：！？、') CLAUSE_END[ch.charCodeAt(0)] = 1;

/**
 * The clause around `at`: from the last clause mark before it (or the last
 * word in scopeEnds, "and then", that starts the next step of an advice) to
 * the next clause mark.
 */
function clauseAround(prose: string, at: number, lex: Compiled): { start: number; end: number } {
  let start = at;
  while (start > 0 && CLAUSE_END[prose.charCodeAt(start - 1)] === 0) start--;
  let end = at;
  while (end < prose.length && CLAUSE_END[prose.charCodeAt(end)] === 0) end++;
  if (lex.scopeEnds) {
    const base = start;
    for (const m of prose.slice(base, at).matchAll(lex.scopeEnds)) start = base + m.index;
  }
  return { start, end };
}

function test(re: RegExp | undefined, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}

/**
 * Each phrase `re` finds in `low` (the prose in lower case): the words of its
 * clause as `prose` writes them, whether the clause negates the phrase, and
 * whether it is no advice at all (a fresh request, or when the error happens).
 */
function phrases(re: RegExp | undefined, prose: string, low: string, lex: Compiled): { words: string; negated: boolean; other: boolean }[] {
  if (!re) return [];
  const out: { words: string; negated: boolean; other: boolean }[] = [];
  re.lastIndex = 0;
  for (const m of low.matchAll(re)) {
    const { start, end } = clauseAround(low, m.index, lex);
    const stop = Math.max(end, m.index + m[0].length);
    const before = low.slice(start, m.index);
    const after = low.slice(m.index + m[0].length, stop);
    const negated = test(lex.before, before) || test(lex.after, after) || test(lex.clause, `${before} ${after}`);
    // Lower case keeps the length of every letter the lexicons cover; where it did not, quote the lower-case words.
    const words = (low.length === prose.length ? prose : low).slice(start, stop).trim().replace(/\s+/g, ' ');
    const other = test(lex.fresh, low.slice(start, stop)) || test(lex.circumstanceBefore, before) || test(lex.circumstanceAfter, low.slice(m.index + m[0].length));
    out.push({ words, negated, other });
  }
  return out;
}

/** What `markdown` (a text in language `lang`) advises; undefined where the language has no lexicon. */
export function readAdvice(markdown: string, lang: string): Advice | undefined {
  const lex = lexiconFor(lang);
  if (!lex) return undefined;
  const advice: Advice = { retry: [], noRetry: [], support: [] };
  // Most texts hold no phrase at all: one quick test of the raw text, without word boundaries, says so.
  if (!lex.maybe.test(markdown)) return advice;
  const prose = proseOf(markdown);
  const low = prose.toLowerCase();
  // "Submit a new task" is a different request, "on retry" a moment: neither advises a retry.
  for (const p of phrases(lex.retry, prose, low, lex)) if (!p.other) (p.negated ? advice.noRetry : advice.retry).push(p.words);
  for (const p of phrases(lex.support, prose, low, lex)) if (!p.negated) advice.support.push(p.words);
  return advice;
}
