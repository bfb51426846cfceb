/**
 * How units and multipliers are spelled, in en, ru, zh and the languages a
 * catalog may add (de, fr, es, pt), and how the reader finds one at a
 * place in a text. What each unit amounts to is src/catalog/units.ts.
 */
import type { Unit } from '../../catalog/units.ts';
import { SPACED_LETTER } from './chars.ts';

/**
 * After a Latin or Cyrillic unit the word must end; a CJK character may
 * follow ("50KB的图片"), and so may a "_" that closes emphasis ("_30 s_"),
 * but not one that continues an identifier ("5s_TIMEOUT").
 */
export const WORD_END = `(?!${SPACED_LETTER}|[\\p{M}\\p{N}]|_[\\p{L}\\p{N}])`;
/** WORD_END on its own, tried at one position. */
const WORD_END_AT = new RegExp(WORD_END, 'uy');
/**
 * What WORD_END refuses among ASCII and Cyrillic characters (it refuses
 * more): each spelling is compiled with this cheaper end, and WORD_END is
 * checked after it (see `Spelling`, and BENCHMARKS.md for why).
 */
const LOOSE_WORD_END = '(?![A-Za-z0-9\\u0400-\\u0481\\u0483-\\u04ff]|_[A-Za-z0-9])';

/**
 * A spelling (of a unit or a multiplier) as `(?:pattern)WORD_END` matches
 * it, for a non-CJK one. Its expression ends with LOOSE_WORD_END instead,
 * which every end that WORD_END accepts passes too, so the match it finds
 * comes no later in the engine's order than WORD_END's would: when
 * WORD_END accepts that match's end, it is the same match. When it does
 * not ("5 secé"), the exact expression decides; it is compiled the first
 * time that happens.
 */
export class Spelling {
  private readonly pattern: string;
  private readonly flags: string;
  private readonly cjk: boolean;
  private readonly loose: RegExp;
  private exact: RegExp | undefined;

  constructor(pattern: string, flags: string, cjk: boolean) {
    this.pattern = pattern;
    this.flags = flags;
    this.cjk = cjk;
    this.loose = new RegExp(`(?:${pattern})${cjk ? '' : LOOSE_WORD_END}`, flags);
  }

  /** The length of the spelling at `at`, or -1. */
  lengthAt(text: string, at: number): number {
    this.loose.lastIndex = at;
    const m = this.loose.exec(text);
    if (!m) return -1;
    if (this.cjk) return m[0].length;
    WORD_END_AT.lastIndex = at + m[0].length;
    if (WORD_END_AT.test(text)) return m[0].length;
    this.exact ??= new RegExp(`(?:${this.pattern})${WORD_END}`, this.flags);
    this.exact.lastIndex = at;
    return this.exact.exec(text)?.[0].length ?? -1;
  }
}

interface UnitAlias {
  /** Regular expression source of the spelling. */
  pattern: string;
  unit: Unit;
  /** Case-insensitive match. Off for one-letter symbols where case carries meaning ("B" bytes, "b" bits). */
  ci?: boolean;
  /** Only directly after the digits ("5m"), never after a space ("5 m" may be metres). */
  attachedOnly?: boolean;
  /** A CJK spelling: needs no word end. */
  cjk?: boolean;
}

export const RU_WORD = '[а-яё]*';

/** Every spelling of every unit, in en, ru and zh. The longest match wins. */
export const UNIT_ALIASES: readonly UnitAlias[] = [
  // bytes, English; "kB" (the SI prefix) is always 1000 bytes, other spellings of a kilobyte may be 1024
  { pattern: 'B', unit: 'B' },
  { pattern: 'bytes?', unit: 'B', ci: true },
  { pattern: 'kB', unit: 'kB' },
  { pattern: 'kb|kbytes?|kilobytes?', unit: 'KB', ci: true },
  { pattern: 'kib|kibibytes?', unit: 'KiB', ci: true },
  { pattern: 'mb|mbytes?|megabytes?', unit: 'MB', ci: true },
  { pattern: 'mib|mebibytes?', unit: 'MiB', ci: true },
  { pattern: 'gb|gbytes?|gigabytes?', unit: 'GB', ci: true },
  { pattern: 'gib|gibibytes?', unit: 'GiB', ci: true },
  // bytes, Russian
  { pattern: 'Б', unit: 'B' },
  { pattern: 'байт(?:а|ов|ы|ам|ами|ах)?', unit: 'B', ci: true },
  { pattern: 'кБ', unit: 'kB' },
  { pattern: `кб|кбайт|килобайт${RU_WORD}`, unit: 'KB', ci: true },
  { pattern: `киб|кибибайт${RU_WORD}`, unit: 'KiB', ci: true },
  { pattern: `мб|мбайт|мегабайт${RU_WORD}`, unit: 'MB', ci: true },
  { pattern: `миб|мебибайт${RU_WORD}`, unit: 'MiB', ci: true },
  { pattern: `гб|гбайт|гигабайт${RU_WORD}`, unit: 'GB', ci: true },
  { pattern: `гиб|гибибайт${RU_WORD}`, unit: 'GiB', ci: true },
  // bytes, Chinese
  { pattern: '字节', unit: 'B', cjk: true },
  { pattern: '千字节', unit: 'KB', cjk: true },
  { pattern: '兆字节', unit: 'MB', cjk: true },
  { pattern: '吉字节|千兆字节', unit: 'GB', cjk: true },
  // time, English
  { pattern: 'ms', unit: 'ms' },
  { pattern: 'msecs?|milliseconds?', unit: 'ms', ci: true },
  { pattern: 's', unit: 's' },
  { pattern: 'secs?|seconds?', unit: 's', ci: true },
  { pattern: 'm', unit: 'min', attachedOnly: true },
  { pattern: 'mins?|minutes?', unit: 'min', ci: true },
  { pattern: 'h', unit: 'h' },
  { pattern: 'hrs?|hours?', unit: 'h', ci: true },
  { pattern: 'd', unit: 'd' },
  { pattern: 'days?', unit: 'd', ci: true },
  // time, Russian
  { pattern: `мс|мсек|миллисекунд${RU_WORD}`, unit: 'ms', ci: true },
  // "с" is also the preposition "with": "в 2 с лишним раза" is not two seconds.
  { pattern: 'с(?![ \\u00a0]+(?:лишним|лишком|половиной|небольшим|гаком|копейками))', unit: 's' },
  { pattern: `сек|секунд${RU_WORD}`, unit: 's', ci: true },
  { pattern: `мин|минут${RU_WORD}`, unit: 'min', ci: true },
  { pattern: 'ч', unit: 'h' },
  { pattern: `час(?:а|у|е|ам|ами|ах|ов${RU_WORD})?`, unit: 'h', ci: true },
  { pattern: `день|дня|дней|дню|дням|днях|днями|дне|дн\\.?|д\\.|сутки|суток|суткам|сутках|дневн${RU_WORD}`, unit: 'd', ci: true },
  // time, Chinese
  { pattern: '毫秒', unit: 'ms', cjk: true },
  { pattern: '秒钟|秒', unit: 's', cjk: true },
  // "分" is a minute, but not in "五分之一" (a fifth) or "一分钱" (a cent).
  { pattern: '分钟|分(?![之钱数析配享别类支布割成片页])', unit: 'min', cjk: true },
  { pattern: '个?小时|个?钟头', unit: 'h', cjk: true },
  { pattern: '天', unit: 'd', cjk: true },
  // German, French and Spanish, for catalogs that add those languages (ASCII-equal spellings are above).
  { pattern: 'millisekunden?|millisecondes?|milisegundos?', unit: 'ms', ci: true },
  { pattern: 'sekunden?|sek\\.|secondes?|segundos?|seg\\.', unit: 's', ci: true },
  { pattern: 'minuten|minutos?', unit: 'min', ci: true },
  { pattern: 'stunden?|std\\.|heures?|horas?', unit: 'h', ci: true },
  { pattern: 'tage?n?|jours?|d[ií]as?', unit: 'd', ci: true },
  { pattern: 'octets?', unit: 'B', ci: true },
  { pattern: 'ko', unit: 'kB' },
  { pattern: 'Ko', unit: 'KB' },
  { pattern: 'Mo', unit: 'MB' },
];

interface CompiledAlias extends UnitAlias {
  spelling: Spelling;
}

const COMPILED_ALIASES: readonly CompiledAlias[] = UNIT_ALIASES.map((alias) => ({ ...alias, spelling: new Spelling(alias.pattern, alias.ci ? 'iuy' : 'uy', !!alias.cjk) }));
/** Every spelling at once, case-insensitive and without the word end: where it fails, no spelling matches. */
export const ANY_UNIT = new RegExp(UNIT_ALIASES.map((a) => `(?:${a.pattern})`).join('|'), 'iuy');

export interface UnitMatch {
  unit: Unit;
  end: number;
}

/**
 * The unit spelled at `at`, longest spelling first. `attached` says whether
 * it touches the digits; `cjkOnly` restricts to Chinese spellings (after
 * Chinese numerals); `minLength` excludes one-letter symbols.
 */
export function matchUnit(
  text: string,
  at: number,
  attached: boolean,
  options: { cjkOnly?: boolean; minLength?: number } = {},
): UnitMatch | null {
  ANY_UNIT.lastIndex = at;
  if (!ANY_UNIT.test(text)) return null;
  let best: UnitMatch | null = null;
  for (const alias of COMPILED_ALIASES) {
    if (alias.attachedOnly && !attached) continue;
    if (options.cjkOnly && !alias.cjk) continue;
    const length = alias.spelling.lengthAt(text, at);
    if (length <= 0) continue;
    if (options.minLength !== undefined && length < options.minLength) continue;
    const end = at + length;
    if (!best || end > best.end) best = { unit: alias.unit, end };
  }
  return best;
}

interface Multiplier {
  pattern: string;
  /** Power of ten. */
  exponent: number;
  cjk?: boolean;
}

/** Words that multiply the number before them: "5万" = 50000, "2 млн" = 2000000. */
export const MULTIPLIERS: readonly Multiplier[] = [
  { pattern: '亿', exponent: 8, cjk: true },
  { pattern: '千万', exponent: 7, cjk: true },
  { pattern: '百万', exponent: 6, cjk: true },
  { pattern: '十万', exponent: 5, cjk: true },
  { pattern: '万', exponent: 4, cjk: true },
  { pattern: '千', exponent: 3, cjk: true },
  { pattern: '百', exponent: 2, cjk: true },
  { pattern: 'thousand', exponent: 3 },
  { pattern: 'million', exponent: 6 },
  { pattern: 'billion', exponent: 9 },
  { pattern: `тыс\\.?|тысяч${RU_WORD}`, exponent: 3 },
  { pattern: `млн\\.?|миллион${RU_WORD}`, exponent: 6 },
  { pattern: `млрд\\.?|миллиард${RU_WORD}`, exponent: 9 },
];

const COMPILED_MULTIPLIERS = MULTIPLIERS.map((m) => ({ ...m, spelling: new Spelling(m.pattern, 'iuy', !!m.cjk) }));

export function matchMultiplier(text: string, at: number): { exponent: number; end: number } | null {
  let best: { exponent: number; end: number } | null = null;
  for (const m of COMPILED_MULTIPLIERS) {
    const length = m.spelling.lengthAt(text, at);
    if (length <= 0) continue;
    const end = at + length;
    if (!best || end > best.end) best = { exponent: m.exponent, end };
  }
  return best;
}
