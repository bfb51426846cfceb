/**
 * One pass over a text's characters that tells the two readers (Markdown
 * and quantities) what the text may hold: one table lookup per character.
 * Most catalog texts are plain sentences, and for them this pass is all
 * the reading there is.
 */
import { LAST_LATIN, LETTER_INDEX, LOOKED_FOR_WORDS, NUMERAL_CHARS } from './number-words.ts';

/** A character that starts a code span, emphasis or a link: `` ` * _ [ ``. */
export const INLINE_MARKUP = 1;
/** "{", which may start a placeholder. */
export const BRACE = 2;
/** A character the inline Markdown reader leaves to markdown-it: a line break, NUL, `<`, `&`, `\`, `~`. */
export const NOT_INLINE = 4;
/** "!": an image when "[" follows. */
export const BANG = 8;
/** An ASCII or full-width digit. */
export const DIGIT = 16;
/** A character of a Chinese numeral, or 半. */
export const CHINESE_NUMERAL = 32;
/** A full-width Latin letter, which the quantity reader reads as ASCII. */
export const FULL_WIDTH_LETTER = 64;
/** "%": a printf placeholder ("%s") that masking blanks out, leaving its last letter's neighbour at a word start. */
export const PERCENT = 128;
/**
 * A word that may state a number without digits (LOOKED_FOR_WORDS), in any
 * case, as a whole run of Latin or of Cyrillic letters: a Latin word ends
 * where a Cyrillic letter follows, as where a bare URL or e-mail address is
 * masked away before it. (Now and then a run whose hash equals such a
 * word's counts too.)
 */
export const NUMBER_WORD = 256;

/** For every character: 0, a letter index (1-63), or its flags times 64. */
const TABLE: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  const flag = (chars: string, bit: number): void => {
    for (const ch of chars) table[ch.charCodeAt(0)] = table[ch.charCodeAt(0)]! | (bit << 6);
  };
  flag('`*_[', INLINE_MARKUP);
  flag('{', BRACE);
  flag('\n\r\0<&\\~', NOT_INLINE);
  flag('!', BANG);
  flag('0123456789', DIGIT);
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = DIGIT << 6;
  flag(NUMERAL_CHARS, CHINESE_NUMERAL);
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = table[c + 32] = FULL_WIDTH_LETTER << 6;
  flag('%', PERCENT);
  for (let c = 0; c < 65536; c++) if (LETTER_INDEX[c]) table[c] = LETTER_INDEX[c]!;
  return table;
})();

/** 1 at the hash of every word looked for: the hash of a run of letter indexes, taken as textFlags takes it. */
const WORD_HASHES: Uint8Array = (() => {
  const hashes = new Uint8Array(0x10000);
  for (const word of LOOKED_FOR_WORDS) {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + LETTER_INDEX[word.charCodeAt(i)]!) & 0xffff;
    hashes[hash] = 1;
  }
  return hashes;
})();
const SHORTEST = Math.min(...LOOKED_FOR_WORDS.map((w) => w.length));
const LONGEST = Math.max(...LOOKED_FOR_WORDS.map((w) => w.length));

let lastText: string | undefined;
let lastFlags = 0;

/** The flags of `text`: which of the characters above it holds. The last text's flags are kept, as both readers ask in turn. */
export function textFlags(text: string): number {
  if (text === lastText) return lastFlags;
  // Locals: module bindings cost a check on every access in this loop, which runs over every character of a catalog.
  const table = TABLE;
  const hashes = WORD_HASHES;
  const shortest = SHORTEST;
  const longest = LONGEST;
  const lastLatin = LAST_LATIN;
  let flags = 0;
  let latin = false; // the letter run is Latin (else Cyrillic)
  let run = 0; // length of the letter run that ends here
  let hash = 0; // its hash
  for (let i = 0; i < text.length; i++) {
    const t = table[text.charCodeAt(i)]!;
    if (t !== 0 && t < 64) {
      if (run !== 0 && latin !== t <= lastLatin) {
        if (run >= shortest && run <= longest && hashes[hash] === 1) flags |= NUMBER_WORD;
        run = hash = 0;
      }
      latin = t <= lastLatin;
      hash = (Math.imul(hash, 31) + t) & 0xffff;
      run++;
      continue;
    }
    if (run !== 0) {
      if (run >= shortest && run <= longest && hashes[hash] === 1) flags |= NUMBER_WORD;
      run = hash = 0;
    }
    flags |= t >> 6;
  }
  if (run >= shortest && run <= longest && hashes[hash] === 1) flags |= NUMBER_WORD;
  lastText = text;
  lastFlags = flags;
  return flags;
}
