/**
 * Typography rules per language, on prose only (see prose.ts: code spans,
 * link addresses and placeholders are left as they are). Each rule finds
 * slips and says how to mend them; `typeset` applies every mend at once.
 *
 * zh: no space beside full-width punctuation; full-width brackets around
 * Chinese text; one rule for the space between Chinese and Latin letters or
 * digits (a space, or none). ru: «» quotes; no space before punctuation.
 */
import { proseMask } from './prose.ts';

export type LatinSpace = 'space' | 'none';

export interface TypographyOptions {
  /** zh: a space between Chinese and Latin letters or digits, or none. */
  latinSpace: LatinSpace;
}

export type Rule = 'zh-punctuation-space' | 'zh-brackets' | 'zh-latin-space' | 'zh-latin-no-space' | 'ru-quotes' | 'ru-space-before-punctuation';

/** What each rule says, for findings. */
export const RULES: Record<Rule, string> = {
  'zh-punctuation-space': 'a space beside full-width punctuation',
  'zh-brackets': 'ASCII brackets around Chinese text (use full-width （）)',
  'zh-latin-space': 'no space between Chinese and Latin letters or digits',
  'zh-latin-no-space': 'a space between Chinese and Latin letters or digits',
  'ru-quotes': 'straight or English quotes (use «»)',
  'ru-space-before-punctuation': 'a space before punctuation',
};

export interface Slip {
  rule: Rule;
  /** Offset of the slip in the text. */
  at: number;
}

/** A replacement of text[start, end) by `insert`. */
interface Mend {
  start: number;
  end: number;
  insert: string;
  rule: Rule;
}

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
/** Full-width punctuation of Chinese text. */
const FULL_WIDTH = new Set([...'，。、；：？！（）【】《》〈〉「」『』']);
const SPACE = new Set([' ', '\u3000']);

/** Which rule set a BCP-47 tag takes, if any. */
export function rulesFor(lang: string): 'zh' | 'ru' | undefined {
  let set = ruleSets.get(lang);
  if (set === undefined) {
    const base = lang.toLowerCase().split('-')[0];
    set = base === 'zh' ? 'zh' : base === 'ru' ? 'ru' : null;
    ruleSets.set(lang, set);
  }
  return set ?? undefined;
}
const ruleSets = new Map<string, 'zh' | 'ru' | null>();

/**
 * What a slip needs in the raw text, whatever is prose: most texts have
 * none of it and are not parsed. (Prose is a part of the text, so a slip
 * in prose matches here too.) An ASCII bracket counts only with Chinese
 * after it and a closing one after that: a link's "(https://…)" alone is none.
 */
const ZH_SUSPECT = /[ \u3000][，。、；：？！（）【】《》〈〉「」『』]|[，。、；：？！（）【】《》〈〉「」『』][ \u3000]|\([^]*\p{Script=Han}[^]*\)/u;
const ZH_TOUCHING = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
const ZH_SPACED = /\p{Script=Han}[ \u3000]+[A-Za-z0-9]|[A-Za-z0-9][ \u3000]+\p{Script=Han}/u;
const RU_SUSPECT = /["“”]|[ \u3000][,.;:!?)»]/u;

function suspect(text: string, set: 'zh' | 'ru', options: TypographyOptions): boolean {
  if (set === 'ru') return RU_SUSPECT.test(text);
  return ZH_SUSPECT.test(text) || (options.latinSpace === 'space' ? ZH_TOUCHING : ZH_SPACED).test(text);
}

/** The slips in a text of `lang`, and the text with all of them mended. */
export function typeset(text: string, lang: string, options: TypographyOptions): { slips: Slip[]; text: string } {
  const set = rulesFor(lang);
  if (!set || !suspect(text, set, options)) return { slips: [], text };
  const prose = proseMask(text);
  const mends = set === 'zh' ? zhMends(text, prose, options) : ruMends(text, prose);
  if (!mends.length) return { slips: [], text };
  return { slips: mends.map((m) => ({ rule: m.rule, at: m.start })), text: apply(text, mends) };
}

function apply(text: string, mends: Mend[]): string {
  // Overlapping mends: the first one wins (a deleted space is not deleted twice).
  const sorted = [...mends].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + m.insert;
    at = m.end;
  }
  return out + text.slice(at);
}

/** The run of prose spaces starting at i. */
function spacesFrom(text: string, prose: Uint8Array, i: number): number {
  let j = i;
  while (j < text.length && prose[j] && SPACE.has(text[j]!)) j++;
  return j - i;
}

function zhMends(text: string, prose: Uint8Array, options: TypographyOptions): Mend[] {
  const mends: Mend[] = [];
  const isProse = (i: number) => i >= 0 && i < text.length && prose[i] === 1;

  // ASCII brackets whose content holds Chinese: both become full-width.
  const open: number[] = [];
  const fullWidthBrackets = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (!isProse(i)) continue;
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) {
      const start = open.pop()!;
      if (HAN.test(text.slice(start + 1, i))) {
        mends.push({ start, end: start + 1, insert: '（', rule: 'zh-brackets' }, { start: i, end: i + 1, insert: '）', rule: 'zh-brackets' });
        fullWidthBrackets.add(start).add(i);
      }
    }
  }
  const fullWidthAt = (i: number) => isProse(i) && (FULL_WIDTH.has(text[i]!) || fullWidthBrackets.has(i));

  for (let i = 0; i < text.length; i++) {
    if (!isProse(i) || !SPACE.has(text[i]!)) continue;
    const n = spacesFrom(text, prose, i);
    const before = i - 1;
    const after = i + n;
    if (fullWidthAt(before) || fullWidthAt(after)) mends.push({ start: i, end: after, insert: '', rule: 'zh-punctuation-space' });
    else if (options.latinSpace === 'none' && isProse(before) && isProse(after) && mixed(text[before]!, text[after]!))
      mends.push({ start: i, end: after, insert: '', rule: 'zh-latin-no-space' });
    i = after - 1;
  }
  if (options.latinSpace === 'space') {
    for (let i = 1; i < text.length; i++) {
      if (isProse(i - 1) && isProse(i) && mixed(text[i - 1]!, text[i]!)) mends.push({ start: i, end: i, insert: ' ', rule: 'zh-latin-space' });
    }
  }
  return mends;
}

/** A Chinese character beside a Latin letter or digit, in either order. */
function mixed(a: string, b: string): boolean {
  return (HAN.test(a) && LATIN_OR_DIGIT.test(b)) || (LATIN_OR_DIGIT.test(a) && HAN.test(b));
}

/** Punctuation no space goes before in Russian. */
const RU_CLOSING = new Set([...',.;:!?)»']);

function ruMends(text: string, prose: Uint8Array): Mend[] {
  const mends: Mend[] = [];
  const isProse = (i: number) => i >= 0 && i < text.length && prose[i] === 1;

  // Straight double quotes pair up in order; English curly quotes are pairs already.
  const straight: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isProse(i)) continue;
    if (text[i] === '"') straight.push(i);
    else if (text[i] === '“' || text[i] === '”') mends.push({ start: i, end: i + 1, insert: text[i] === '“' ? '«' : '»', rule: 'ru-quotes' });
  }
  if (straight.length % 2 === 0)
    straight.forEach((i, n) => mends.push({ start: i, end: i + 1, insert: n % 2 === 0 ? '«' : '»', rule: 'ru-quotes' }));

  for (let i = 0; i < text.length; i++) {
    if (!isProse(i) || !SPACE.has(text[i]!)) continue;
    const n = spacesFrom(text, prose, i);
    const next = i + n;
    const closing = isProse(next) && (RU_CLOSING.has(text[next]!) || (text[next] === '"' && straight.indexOf(next) % 2 === 1));
    // ". " before a letter is a file name or a number (".htaccess", ".5"), not the end of a sentence.
    const word = /[\p{L}\p{N}]/u.test(text[next + 1] ?? '');
    if (closing && i > 0 && !(text[next] === '.' && word)) mends.push({ start: i, end: next, insert: '', rule: 'ru-space-before-punctuation' });
    i = next - 1;
  }
  return mends;
}
