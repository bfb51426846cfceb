/**
 * /search/{locale}.words.json, the word index as lines, so that the browser
 * can load it in short tasks: at 10,000 codes it is 5-17 MB of JSON, which
 * JSON.parse and MiniSearch.loadJSON took 150-500 ms to load in one task,
 * a freeze of the box while the reader typed.
 *
 * Line 1 is MiniSearch's serialized index without its terms (documentIds,
 * fieldLength, averageFieldLength, …). Every next line is a JSON array of
 * terms, each `[term, [fieldId, [doc, count, doc, count, …]], …]` (the
 * postings of MiniSearch's `{doc: count}` objects, in their order), and a
 * line ends once it holds POSTINGS_PER_LINE postings.
 */
import type MiniSearch from 'minisearch';
import type { AsPlainObject, Options } from 'minisearch';
import type { TextDoc } from './options.ts';

/** About a few milliseconds of parsing and loading per line in Chromium. */
const POSTINGS_PER_LINE = 20_000;

type Header = Omit<AsPlainObject, 'index'>;
/** A term's postings in one field: [fieldId, [doc, count, doc, count, …]]. */
type FieldPostings = [number, number[]];
type TermLine = [string, ...FieldPostings[]][];

export function serializeWords(index: MiniSearch<TextDoc>): string {
  const { index: terms, ...header } = index.toJSON();
  const lines = [JSON.stringify(header)];
  let line: TermLine = [];
  let postings = 0;
  for (const [term, fields] of terms) {
    const entry: [string, ...FieldPostings[]] = [term];
    for (const [fieldId, docs] of Object.entries(fields)) {
      const flat: number[] = [];
      for (const [doc, count] of Object.entries(docs)) flat.push(Number(doc), count);
      entry.push([Number(fieldId), flat]);
      postings += flat.length / 2;
    }
    line.push(entry);
    if (postings >= POSTINGS_PER_LINE) {
      lines.push(JSON.stringify(line));
      line = [];
      postings = 0;
    }
  }
  if (line.length) lines.push(JSON.stringify(line));
  return lines.join('\n');
}

/**
 * The lines of a words file as its response arrives, decoded a chunk at a
 * time: Chromium decodes a whole response's text() in one task (100-230 ms
 * for the 13 MB zh file at 10,000 codes, on this host).
 */
export async function* responseLines(response: Response): AsyncGenerator<string> {
  if (!response.body || typeof TextDecoderStream !== 'function') {
    yield* linesOf(await response.text());
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest) yield rest;
}

function* linesOf(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    yield text.slice(at, end === -1 ? text.length : end);
    at = end === -1 ? text.length : end + 1;
  }
}

/** MiniSearch's serialized form of the whole file, for MiniSearch.loadJS. */
function plain(header: Header, lines: Iterable<string>): AsPlainObject {
  const index: AsPlainObject['index'] = [];
  for (const line of lines)
    for (const [term, ...fields] of JSON.parse(line) as TermLine) {
      const data: AsPlainObject['index'][number][1] = {};
      for (const [fieldId, flat] of fields) {
        const docs: Record<string, number> = {};
        for (let i = 0; i < flat.length; i += 2) docs[flat[i]!] = flat[i + 1]!;
        data[fieldId] = docs;
      }
      index.push([term, data]);
    }
  return { ...header, index };
}

/** Loads the whole file in one go (Node, the tests). */
export function loadWords(minisearch: typeof MiniSearch, text: string, options: Options<TextDoc>): MiniSearch<TextDoc> {
  const lines = linesOf(text);
  const header = JSON.parse(lines.next().value ?? '{}') as Header;
  return minisearch.loadJS<TextDoc>(plain(header, lines), options);
}

type Postings = Map<number, Map<number, number>>;

/**
 * Loads the file a line per task, as its lines arrive (responseLines() or
 * linesOf()), awaiting `pause()` between lines (the browser). It fills
 * MiniSearch's term map as MiniSearch.loadJS does, the same maps in the same
 * order; where a MiniSearch version lacks that map, it loads the rest in one
 * go. A test holds both ways to the same matches.
 */
export async function loadWordsInSteps(minisearch: typeof MiniSearch, lines: AsyncIterable<string>, options: Options<TextDoc>, pause: () => Promise<unknown>): Promise<MiniSearch<TextDoc>> {
  const iterator = lines[Symbol.asyncIterator]();
  const header = JSON.parse((await iterator.next()).value ?? '{}') as Header;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  await pause();
  const index = minisearch.loadJS<TextDoc>({ ...header, index: [] }, options);
  const terms = (index as unknown as { _index?: { set?: (term: string, data: Postings) => unknown } })._index;
  if (typeof terms?.set !== 'function') {
    const all: string[] = [];
    for await (const line of rest) all.push(line);
    return minisearch.loadJS<TextDoc>(plain(header, all), options);
  }
  for await (const line of rest) {
    await pause();
    for (const [term, ...fields] of JSON.parse(line) as TermLine) {
      const data: Postings = new Map();
      for (const [fieldId, flat] of fields) {
        const docs = new Map<number, number>();
        for (let i = 0; i < flat.length; i += 2) docs.set(flat[i]!, flat[i + 1]!);
        data.set(fieldId, docs);
      }
      terms.set(term, data);
    }
  }
  return index;
}
