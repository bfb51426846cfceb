/**
 * How search splits text into terms, shared by the build (which writes the
 * index) and the browser (which queries it), so both agree.
 *
 * - Codes: `ERROR_ZERO_BALANCE` is looked up whole and by every suffix
 *   (`zero_balance`, `balance`), with `_`, `-` and spaces treated alike, so
 *   `ZERO_BAL`, `zero balance` and `proxy-banned` find it (codes.ts). A
 *   longer text (a pasted response or log line) is also read for the
 *   code-shaped tokens in it.
 * - Words: lower-cased, then stemmed by the locale's Snowball stemmer
 *   (баланса -> баланс).
 * - Chinese, Japanese, Korean: no spaces between words, so every run of CJK
 *   characters is indexed as single characters and pairs (账户余额为零 ->
 *   余, 额, 余额, …): a query 余额 finds it.
 */

export type Stemmer = (word: string) => string;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;

/** Upper-cased, with `-` and white space as `_`: the form codes are compared in. */
function normalizeCode(s: string): string {
  return s.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** The form a code or alias is searched in: normalized, lower case. */
export function codeKey(name: string): string {
  return normalizeCode(name).toLowerCase();
}

/** Where a code's keys start in codeKey(code): the whole, and every suffix after a run of underscores. */
export function suffixOffsets(key: string): number[] {
  const out = [0];
  for (let i = 1; i < key.length; i++) if (key[i - 1] === '_' && key[i] !== '_') out.push(i);
  return out;
}

/** A key without its separators, so that ERROR_GOOGLE_KEY and ERROR_GOOGLEKEY compare equal. */
export function compactKey(key: string): string {
  return key.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a key: error_zero_balance -> error, zero, balance. */
export function keyParts(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words joined by `_` or `.` (ERROR_ZERO_BALANCE, task.not_found), or a word in capitals (CAPACITY). */
const CODE_TOKEN = /[\p{L}\p{N}]+(?:[_.][\p{L}\p{N}]+)+|(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{2,}(?![\p{L}\p{N}])/gu;

/**
 * The code-shaped tokens of a text, as a reader pastes a response or a log
 * line (`{"errorCode":"ERROR_ZERO_BALANCE"}`, `status=0 request=…`), each once.
 */
export function codeTokens(text: string): string[] {
  return [...new Set((text.match(CODE_TOKEN) ?? []).filter((t) => /\p{L}/u.test(t)))];
}

/** Does the reader mean a code: one token with `_`, `-` or `.` in it, or one word in capitals? */
export function isCodeLike(query: string): boolean {
  const q = query.trim();
  return /^[\p{L}\p{N}]+(?:[-_.]+[\p{L}\p{N}]*)*$/u.test(q) && (/[-_.]/.test(q) || /^\p{Lu}[\p{Lu}\p{N}]{3,}$/u.test(q));
}

/**
 * Every code and alias of the docs, in order (the code, then its aliases),
 * with its doc.
 */
export function codeNames(docs: readonly [string, string[], ...unknown[]][]): { names: string[]; docOf: Int32Array } {
  const names: string[] = [];
  const docOf: number[] = [];
  docs.forEach(([code, aliases], doc) => {
    names.push(code);
    docOf.push(doc);
    for (const a of aliases) {
      names.push(a);
      docOf.push(doc);
    }
  });
  return { names, docOf: Int32Array.from(docOf) };
}

function cjkTerms(run: string): string[] {
  const chars = [...run];
  const out = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Words of a text: Latin/Cyrillic/… words and digits, plus CJK characters
 * and pairs; an identifier in camelCase also by its parts (proxyPassword ->
 * proxypassword, proxy, password), so "proxy password" finds it.
 */
export function textTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) out.push(...cjkTerms(m[0]));
  const rest = text.replace(CJK_RUN, ' ');
  for (const [word] of rest.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(word.toLowerCase());
    if (/\p{Ll}\p{Lu}/u.test(word)) for (const [part] of word.matchAll(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu)) out.push(part.toLowerCase());
  }
  return out;
}

/**
 * The terms of a query: as textTerms, but a run of two or more CJK
 * characters is looked up by its pairs only (单字 match too much to narrow
 * anything down; every pair of the run is indexed anyway).
 */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const chars = [...m[0]];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  for (const m of text.replace(CJK_RUN, ' ').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) out.push(m[0]);
  return out;
}

/** The tokenizer MiniSearch calls. */
export function tokenize(text: string): string[] {
  return textTerms(text);
}

/** The term processing MiniSearch calls: stems words, leaves numbers and CJK alone. */
export function processTermFor(stem: Stemmer | undefined) {
  return (term: string): string | null => {
    if (!stem || CJK.test(term) || /\d/.test(term)) return term;
    return stem(term);
  };
}
