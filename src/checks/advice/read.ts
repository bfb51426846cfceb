/**
 * What a text advises: to send the request again, not to, or to contact
 * support. Read with the small per-language lexicons beside this file
 * (retry.json, support.json, negation.json, fresh.json); a language without a lexicon
 * is not read (`knowsLanguage`).
 */
import retryLexicon from './retry.json' with { type: 'json' };
import supportLexicon from './support.json' with { type: 'json' };
import negationLexicon from './negation.json' with { type: 'json' };
import freshLexicon from './fresh.json' with { type: 'json' };

export interface Advice {
  /** Clauses that advise sending again, as written. */
  retry: string[];
  /** Clauses that advise sending again, negated ("do not retry"). */
  noRetry: string[];
  /** Clauses that advise contacting support. */
  support: string[];
}

type Lexicon = Record<string, string[]>;

/** `\b` in the lexicons is a Unicode word boundary; JavaScript's own `\b` knows only ASCII letters. */
const WORD = '[\\p{L}\\p{N}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

function compile(patterns: readonly string[] | undefined): RegExp | undefined {
  if (!patterns?.length) return undefined;
  return new RegExp(patterns.map((p) => `(?:${p.replace(/\\b/g, BOUNDARY)})`).join('|'), 'giu');
}

interface Compiled {
  retry: RegExp;
  support: RegExp | undefined;
  before: RegExp | undefined;
  after: RegExp | undefined;
  clause: RegExp | undefined;
  fresh: RegExp | undefined;
  scopeEnds: RegExp | undefined;
}

const compiled = new Map<string, Compiled | null>();

function lexiconFor(lang: string): Compiled | undefined {
  let c = compiled.get(lang);
  if (c === undefined) {
    const retry = compile((retryLexicon.phrases as Lexicon)[lang]);
    c = retry
      ? {
          retry,
          support: compile((supportLexicon.phrases as Lexicon)[lang]),
          before: compile((negationLexicon.before as Lexicon)[lang]),
          after: compile((negationLexicon.after as Lexicon)[lang]),
          clause: compile((negationLexicon.clause as Lexicon)[lang]),
          fresh: compile((freshLexicon.phrases as Lexicon)[lang]),
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
 * blocks, link destinations, raw HTML and emphasis marks. A stand-in for
 * the text runs of the shared Markdown reading.
 */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(\n {0,3}\1[^\n]*|$)/gm, '\n')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/[*_~[\]]/g, '');
}

/** Clauses: the negation of a phrase is looked for only within its own clause, which also ends before "and then" and the like. */
function clausesOf(prose: string, lex: Compiled): string[] {
  const clauses = prose.split(/[.,;:!?\n。，；：！？、]+/u);
  if (!lex.scopeEnds) return clauses;
  const ends = lex.scopeEnds;
  return clauses.flatMap((c) => {
    ends.lastIndex = 0;
    const cuts = [...c.matchAll(ends)].map((m) => m.index);
    return cuts.length ? [0, ...cuts].map((start, n) => c.slice(start, cuts[n])) : [c];
  });
}

function test(re: RegExp | undefined, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}

/** Whether `re` finds a phrase in `clause`, and whether the clause negates it: one entry per phrase found. */
function phrases(re: RegExp | undefined, clause: string, lex: Compiled): { negated: boolean }[] {
  if (!re) return [];
  const out: { negated: boolean }[] = [];
  re.lastIndex = 0;
  for (const m of clause.matchAll(re)) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    const negated = test(lex.before, before) || test(lex.after, after) || test(lex.clause, before + ' ' + after);
    out.push({ negated });
  }
  return out;
}

/** What `markdown` (a text in language `lang`) advises; undefined where the language has no lexicon. */
export function readAdvice(markdown: string, lang: string): Advice | undefined {
  const lex = lexiconFor(lang);
  if (!lex) return undefined;
  const advice: Advice = { retry: [], noRetry: [], support: [] };
  for (const clause of clausesOf(proseOf(markdown), lex)) {
    const words = clause.trim().replace(/\s+/g, ' ');
    if (!words) continue;
    // "Submit a new task" is a different request, not a retry of this one.
    if (!test(lex.fresh, clause)) for (const p of phrases(lex.retry, clause, lex)) (p.negated ? advice.noRetry : advice.retry).push(words);
    for (const p of phrases(lex.support, clause, lex)) if (!p.negated) advice.support.push(words);
  }
  return advice;
}
