/**
 * The sentences of a text's prose, split by the rules of Unicode's sentence
 * boundaries (UAX #29, which Intl.Segmenter applies) that the prose of error
 * pages meets: a line break ends a sentence; so do "。", "！", "？", and a
 * full stop unless a lower-case word, a digit or a comma follows ("e.g. a",
 * "0.5", "т. е. ключ"). Written out because Intl.Segmenter is slow to start
 * and many times slower on each text;
 * tests/unit/checks/advice/sentences.test.ts holds the two to the same
 * sentences. A segment without a letter or digit is no sentence.
 */

/** Sentence ends (all in the Basic Multilingual Plane, so no `u` flag, which slows V8's expressions): full stops (ATerm) and the others (STerm). */
const END_MARKS = '.\\u2024!?\\u0589\\u061f\\u06d4\\u0964\\u0965\\u203c\\u203d\\u2047-\\u2049\\u3002\\ufe52\\ufe56\\ufe57\\uff01\\uff0e\\uff1f\\uff61';
const TERMS = new RegExp(`[${END_MARKS}]+`, 'g');
const TERM = new RegExp(`^[${END_MARKS}]$`);
const FULL_STOP = /^[.\u2024\ufe52\uff0e]$/;
/** What may follow a sentence end and still belong to its sentence: closing marks, then spaces (Close* Sp*). */
const CLOSE_SPACE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']*[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/uy;
/** Marks that continue a sentence after a sentence end (SContinue). */
const CONTINUE = /^[,;:\-\u2013\u2014\u3001\ufe50\ufe51\ufe54\ufe55\uff0c\uff1a\uff1b]/;
/** The first letter or sentence end ahead: after a full stop, a lower-case one there means the sentence goes on (SB8). */
const AHEAD = new RegExp(`[\\p{L}${END_MARKS}]`, 'gu');
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^[\p{Uppercase}\p{Lt}]$/u;
const CASED = /^[\p{Lowercase}\p{Uppercase}\p{Lt}]$/u;
const DIGIT = /^\p{Nd}$/u;
const WORDY = /[\p{L}\p{N}]/u;
const LINE = /[\n\r\u0085\u2028\u2029]/;
const LINE_BREAK = /(?<=[\n\u0085\u2028\u2029])|(?<=\r)(?!\n)/;
const LINE_END = /^[\n\r\u0085\u2028\u2029]+$/;

/** Where the sentence ends after a run of sentence ends from `at` to `end` in one line, or -1 if it goes on. */
function boundaryAfter(line: string, at: number, end: number): number {
  CLOSE_SPACE.lastIndex = end;
  const tail = CLOSE_SPACE.exec(line)![0];
  const next = end + tail.length;
  // SB9 to SB11: the line break after a sentence end belongs to its sentence.
  if (next >= line.length || LINE_END.test(line.slice(next))) return line.length;
  const nextChar = line[next]!;
  // SB8a: a comma, colon or another sentence end after it continues the sentence.
  if (CONTINUE.test(nextChar) || TERM.test(nextChar)) return -1;
  // The rules for a full stop look at the run's last mark ("?..." ends in one).
  if (FULL_STOP.test(line[end - 1]!)) {
    // SB6, SB7: "0.5", "U.S": a full stop right before a digit, or between a cased letter and a capital.
    if (tail === '' && DIGIT.test(nextChar)) return -1;
    if (tail === '' && end - at === 1 && UPPER.test(nextChar) && at > 0 && CASED.test(line[at - 1]!)) return -1;
    // SB8: a full stop whose next letter is lower-case.
    AHEAD.lastIndex = next;
    const ahead = AHEAD.exec(line);
    if (ahead && LOWER.test(ahead[0])) return -1;
  }
  return next;
}

/** The sentences of one line (a line break ends a sentence, SB4). */
function sentencesOfLine(line: string, out: string[]): void {
  let start = 0;
  TERMS.lastIndex = 0;
  for (let m = TERMS.exec(line); m; m = TERMS.exec(line)) {
    const boundary = boundaryAfter(line, m.index, TERMS.lastIndex);
    if (boundary === -1) continue;
    if (WORDY.test(line.slice(start, boundary))) out.push(line.slice(start, boundary));
    start = boundary;
    TERMS.lastIndex = Math.max(TERMS.lastIndex, boundary);
  }
  if (start < line.length && WORDY.test(line.slice(start))) out.push(line.slice(start));
}

/** The sentences of `prose` (the words a reader reads: proseOf). */
export function sentencesOf(prose: string): string[] {
  const out: string[] = [];
  if (!LINE.test(prose)) sentencesOfLine(prose, out);
  else for (const line of prose.split(LINE_BREAK)) sentencesOfLine(line, out);
  return out;
}
