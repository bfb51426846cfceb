/**
 * hidden-characters: characters a reader or a reviewer cannot see, in any
 * text of the catalog (titles, texts, names, labels, link titles, notes).
 *
 * - Bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 *   U+2066-U+2069) reorder what is displayed ("Trojan Source"): an error,
 *   always. A right-to-left locale needs none of them: its `dir` sets the
 *   direction of the page.
 * - Direction marks (U+200E, U+200F, U+061C) are usual in text with
 *   right-to-left script, or in a right-to-left locale; elsewhere they do
 *   nothing visible: a warning.
 * - Zero-width characters (U+200B-U+200D, U+2060-U+2064, U+FEFF) and tag
 *   characters (U+E0000-U+E007F) can hide text or split a word a reader
 *   searches for: a warning, except where a script needs them: a joiner
 *   (U+200D) inside an emoji sequence, a joiner or non-joiner (U+200C) after
 *   a letter of a script that joins or forms conjuncts (Arabic and Persian,
 *   Syriac, the Indic scripts...), a zero-width space between letters of a
 *   script written without spaces (Thai, Lao, Khmer, Myanmar), and tag
 *   characters in a flag emoji (U+1F3F4 ... U+E007F).
 */
import type { Catalog, PathSeg } from '../catalog/load.ts';
import type { Check } from './check.ts';
import type { Finding, Position, Severity } from './finding.ts';

export const id = 'hidden-characters';

/** A quick test before the character-by-character look: most texts hold none of these. */
const ANY = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const RTL_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
/** Scripts whose letters join, or form conjuncts, under the control of ZWJ and ZWNJ. */
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Hanifi_Rohingya}]/u;
/** Scripts written without spaces, where U+200B marks a word boundary. */
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

export interface Hidden {
  char: number;
  /** Index in the text (UTF-16). */
  index: number;
  severity: Severity;
}

/** The hidden characters of `text` that its context does not explain; `rtl` when the text's locale is right-to-left. */
export function hiddenCharacters(text: string, rtl = false): Hidden[] {
  if (!ANY.test(text)) return [];
  const out: Hidden[] = [];
  const chars = [...text];
  let index = 0;
  for (let i = 0; i < chars.length; index += chars[i]!.length, i++) {
    const c = chars[i]!.codePointAt(0)!;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) out.push({ char: c, index, severity: 'error' });
    else if (c === 0x200e || c === 0x200f || c === 0x061c) {
      if (!rtl && !RTL_SCRIPT.test(text)) out.push({ char: c, index, severity: 'warning' });
    } else if (c === 0x200d) {
      if (!(EMOJI_BEFORE_JOINER.test(before) && EMOJI.test(after)) && !JOINING_SCRIPT.test(before)) out.push({ char: c, index, severity: 'warning' });
    } else if (c === 0x200c) {
      if (!JOINING_SCRIPT.test(before)) out.push({ char: c, index, severity: 'warning' });
    } else if (c === 0x200b) {
      if (!(UNSPACED_SCRIPT.test(before) && UNSPACED_SCRIPT.test(after))) out.push({ char: c, index, severity: 'warning' });
    } else if ((c >= 0x2060 && c <= 0x2064) || c === 0xfeff) out.push({ char: c, index, severity: 'warning' });
    else if (c >= 0xe0000 && c <= 0xe007f) {
      if (!inFlag(chars, i)) out.push({ char: c, index, severity: 'warning' });
    }
  }
  return out;
}

/** Whether the tag character at `i` belongs to a flag: U+1F3F4, tags, U+E007F. */
function inFlag(chars: string[], i: number): boolean {
  let start = i;
  while (start > 0 && isTag(chars[start - 1]!)) start--;
  let end = i;
  while (end < chars.length - 1 && isTag(chars[end + 1]!)) end++;
  return chars[start - 1] === '\u{1F3F4}' && chars[end] === '\u{E007F}';
}

function isTag(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c >= 0xe0000 && c <= 0xe007f;
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
function describe(c: number): string {
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return c >= 0xe0000 ? `${hex} TAG CHARACTER` : `${hex} ${NAMES[c]}`;
}

const SHOWN = new RegExp(`${ANY.source}|[\\u0000-\\u001f]`, 'g');

/** A few characters before the hidden one, with every hidden character written as <U+XXXX>, so the message itself hides nothing. */
function context(text: string, index: number): string {
  const before = [...text.slice(Math.max(0, index - 24), index)].join('');
  return before.replace(SHOWN, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Calls `hit` with every string in `value` that may hold a hidden character, and its path (copied only then). */
function scan(value: unknown, path: PathSeg[], hit: (text: string, path: PathSeg[]) => void): void {
  if (typeof value === 'string') {
    if (ANY.test(value)) hit(value, path.slice());
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      scan(value[i], path, hit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      scan((value as Record<string, unknown>)[key], path, hit);
      path.pop();
    }
  }
}

/** Whether a file's text can hold none: no such character, and no YAML escape that could write one. */
function clean(source: string): boolean {
  return !ANY.test(source) && !/\\[uUx]/.test(source);
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const rtl = new Set(catalog.site.locales.filter((l) => l.dir === 'rtl').map((l) => l.id));
  const localeIds = new Set(catalog.site.locales.map((l) => l.id));
  const report = (value: object, at: (p: PathSeg[]) => Position, about: { provider?: string; code?: string }, skip: readonly string[] = []) => {
    for (const key of Object.keys(value)) {
      if (skip.includes(key)) continue;
      scan((value as Record<string, unknown>)[key], [key], (text, path) => {
        const locale = path.find((s): s is string => typeof s === 'string' && localeIds.has(s));
        const found = hiddenCharacters(text, locale !== undefined && rtl.has(locale));
        if (found.length) out.push(finding(text, path, found, at(path), about, locale));
      });
    }
  };
  const site = catalog.site;
  report(site, (p) => site.at(p), {});
  for (const provider of catalog.providers) {
    report(provider, (p) => provider.at(p), { provider: provider.id }, ['codes', 'errorsFile', 'id']);
    // Most errors.yaml files hold no such character at all.
    if (clean(provider.errorsSource)) continue;
    for (const code of provider.codes) report(code, (p) => code.at(p), { provider: provider.id, code: code.code }, ['provider', 'code', 'aliases']);
  }
  return out;
}

function finding(text: string, path: PathSeg[], found: Hidden[], at: Position, about: { provider?: string; code?: string }, locale: string | undefined): Finding {
  const severity: Severity = found.some((h) => h.severity === 'error') ? 'error' : 'warning';
  const kinds = [...new Set(found.map((h) => h.char))];
  const field = path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
  const before = context(text, found[0]!.index);
  return {
    check: id,
    severity,
    ...at,
    ...about,
    locales: locale ? [locale] : [],
    message: `${about.code ? `${about.code}: ` : ''}${field} holds ${kinds.map(describe).join(', ')}${found.length > 1 ? ` (${found.length} in all)` : ''}, first ${before ? `after "${before}"` : 'at the start'}: ${severity === 'error' ? 'it changes the order in which the text is displayed, so readers and reviewers see another text than the one stored' : 'it is invisible, and can hide text or split a word a reader searches for'}.`,
    hint: severity === 'error' ? 'Remove the direction controls; a right-to-left locale gets its direction from dir: rtl in site.yaml.' : 'Remove the invisible characters (most editors show them with "show whitespace" or a Unicode highlighter).',
  };
}

export const check: Check = { id, summary: 'bidirectional controls and invisible characters in a text, a name or a label', run };
