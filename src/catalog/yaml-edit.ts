/**
 * The one editor of hand-written catalog YAML (`errcat import` and `errcat
 * stamp` both use it). Edits are described once (set a key, delete a key,
 * append items) and applied two ways:
 *
 * - to the yaml Document (the model: comments kept, values exact), and
 * - as splices into the original text, so that everything outside the
 *   edited keys stays byte for byte as written (folded lines, flow lists,
 *   blank lines, comments).
 *
 * The result is checked: the splices are parsed again and must give the
 * model's data; where they do not (a layout the splicer does not handle),
 * the model's own rendering is used, and it is checked the same way. A
 * result that still differs is a bug, and throws.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { quickLoad, type PathSeg } from './yaml-file.ts';

export type Edit =
  /** Sets `key` in the mapping at `map`: replaces its value, or adds the key (at the end, or first with `first`). */
  | { op: 'set'; map: PathSeg[]; key: string; value: unknown; first?: boolean }
  /** Removes `key` from the mapping at `map`. */
  | { op: 'delete'; map: PathSeg[]; key: string }
  /** Appends items to the sequence at `seq`; `blankLine` puts an empty line before each. */
  | { op: 'append'; seq: PathSeg[]; values: unknown[]; blankLine: boolean };

/** The catalog's line width (the shipped files fold at about 80 columns). */
export const LINE_WIDTH = 80;

export function stringifyOptions(width = LINE_WIDTH): ToStringOptions {
  return { lineWidth: width, minContentWidth: 20, flowCollectionPadding: false };
}

/** Keys whose values are hashes (`source`, `imported`): always in double quotes, so YAML never reads one as a number. */
const HASH_KEYS = new Set(['source', 'imported']);

/** The node for `key: value`: a hash quoted, anything else in the catalog's style. */
function valueNode(doc: Document, key: string, value: unknown, indent: number, width = LINE_WIDTH): Node {
  if (!HASH_KEYS.has(key) || typeof value !== 'string') return styledNode(doc, value, indent, key.length, width);
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/**
 * A node in the catalog's style: lists of short ids in flow style
 * (`phases: [any]`), texts longer than a line folded (`>-`), texts with line
 * breaks literal (`|-`). `indent` is the column the node's keys start at,
 * `width` the line width available from column 0.
 */
export function styledNode(doc: Document, value: unknown, indent = 0, keyLength = 0, width = LINE_WIDTH): Node {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string' && /^[\w.:/-]+$/.test(v))) {
      const seq = new YAMLSeq(doc.schema);
      for (const v of value) seq.items.push(new Scalar(v));
      seq.flow = true;
      return seq;
    }
    const seq = new YAMLSeq(doc.schema);
    for (const v of value) seq.items.push(styledNode(doc, v, indent + 2, 0, width));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap(doc.schema);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      map.items.push(new Pair(new Scalar(k), valueNode(doc, k, v, indent + 2, width)) as never);
    }
    return map;
  }
  const node = new Scalar(value);
  if (typeof value === 'string') {
    if (value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    else if (indent + keyLength + 2 + value.length > width && /\s/.test(value.trim())) node.type = Scalar.BLOCK_FOLDED;
  }
  return node;
}

/** Applies edits to a Document (the model). */
export function applyToDocument(doc: Document, edits: Edit[]): void {
  for (const e of edits) {
    if (e.op === 'append') {
      const seq = doc.getIn(e.seq, true);
      if (!isSeq(seq)) throw new Error(`No sequence at ${e.seq.join('.')}`);
      for (const v of e.values) {
        const node = styledNode(doc, v, 2);
        if (e.blankLine) node.spaceBefore = true;
        seq.items.push(node);
      }
      continue;
    }
    const map = e.map.length ? doc.getIn(e.map, true) : doc.contents;
    if (!isMap(map)) throw new Error(`No mapping at ${e.map.join('.')}`);
    if (e.op === 'delete') map.delete(e.key);
    else if (e.first && !map.has(e.key)) map.items.unshift(new Pair(new Scalar(e.key), valueNode(doc, e.key, e.value, 2 * e.map.length)) as never);
    else map.set(e.key, valueNode(doc, e.key, e.value, 2 * e.map.length));
  }
}

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

/**
 * Applies edits as splices into `src` (whose Document is `doc`). Returns
 * undefined when a node's layout is not one the splicer handles.
 */
export function spliceEdits(src: string, doc: Document, edits: Edit[]): string | undefined {
  const splices: Splice[] = [];
  let order = 0;
  const add = (start: number, end: number, text: string) => splices.push({ start, end, text, order: order++ });
  for (const e of edits) {
    if (e.op === 'append') {
      const seq = doc.getIn(e.seq, true);
      if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
      const first = seq.items[0] as Node;
      if (!first.range) return undefined;
      const dash = dashColumn(src, first.range[0]);
      if (dash === undefined) return undefined;
      const pos = afterLine(src, seq.range[1]);
      add(pos, pos, lead(src, pos) + blockItems(e.values, dash, e.blankLine));
      continue;
    }
    const map = e.map.length ? doc.getIn(e.map, true) : doc.contents;
    if (!isMap(map) || map.items.length === 0 || !map.range) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === e.key);
    if (map.flow) {
      const splice = flowSplice(map, pair, e);
      if (!splice) return undefined;
      add(...splice);
      continue;
    }
    const firstKey = map.items[0]!.key as Node | null;
    if (!firstKey?.range) return undefined;
    const indent = firstKey.range[0] - lineStart(src, firstKey.range[0]);
    if (e.op === 'delete') {
      if (!pair) continue;
      const key = pair.key as Node;
      const start = lineStart(src, key.range![0]);
      if (src.slice(start, key.range![0]).trim() !== '') return undefined;
      add(start, valueEnd(src, pair.value as Node | null, key), '');
      continue;
    }
    const text = pairText(e.key, e.value, indent);
    if (pair) {
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      const one = text.slice(indent);
      // A one-line value replaced by a one-line value: a comment after it stays.
      if (isScalar(value) && value.range && !src.slice(key.range![0], value.range[1]).includes('\n') && one.indexOf('\n') === one.length - 1) add(key.range![0], value.range[1], one.slice(0, -1));
      // Else the first line is written where the key stands; the rest carry the indentation.
      else add(key.range![0], valueEnd(src, value, key), one);
    } else if (e.first) {
      // Before the first key, on a line of its own (not after a "- ").
      const start = lineStart(src, firstKey.range[0]);
      if (src.slice(start, firstKey.range[0]).trim() !== '') return undefined;
      add(start, start, text);
    } else {
      const pos = afterLine(src, map.range[1]);
      add(pos, pos, lead(src, pos) + text);
    }
  }
  // New lines in the file's own line ending.
  if (src.includes('\r\n')) for (const s of splices) s.text = s.text.replace(/\r?\n/g, '\r\n');
  splices.sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const s of splices) {
    if (s.start < at) return undefined; // overlapping edits
    out += src.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + src.slice(at);
}

/** A scalar set in a flow mapping (`{ title: T, summary: S }`), written in double quotes; anything else is not spliced. */
function flowSplice(map: YAMLMap, pair: YAMLMap['items'][number] | undefined, e: Edit): [number, number, string] | undefined {
  if (e.op !== 'set') return undefined;
  const value = e.value;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const scalar = typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (pair) {
    const node = pair.value as Node | null;
    if (!node?.range || !isScalar(node)) return undefined;
    return [node.range[0], node.range[1], scalar];
  }
  const first = map.items[0]!;
  const last = map.items[map.items.length - 1]!;
  if (e.first) {
    const key = first.key as Node | null;
    return key?.range ? [key.range[0], key.range[0], `${e.key}: ${scalar}, `] : undefined;
  }
  const end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node | null)?.range?.[1];
  return end === undefined ? undefined : [end, end, `, ${e.key}: ${scalar}`];
}

/**
 * The edited file's text: the splices when they reproduce the model, else
 * the model rendered by the yaml library (comments kept, layout redone).
 * `doc`, when given, is `src` already parsed; it is not changed.
 */
export function editYaml(src: string, edits: Edit[], doc?: Document): string {
  return editYamlChecked(src, edits, doc).text;
}

/** `editYaml`, and the data the text holds (checked to read back so). */
export function editYamlChecked(src: string, edits: Edit[], doc: Document = parseDocument(src)): { text: string; data: unknown } {
  const model = doc.clone();
  applyToDocument(model, edits);
  const data = model.toJS();
  if (edits.length === 0) return { text: src, data };
  const spliced = spliceEdits(src, doc, edits);
  if (spliced !== undefined && holds(spliced, data)) return { text: spliced, data };
  const rendered = model.toString(stringifyOptions());
  if (!holds(rendered, data)) throw new Error('errcat could not write the edited YAML so that it reads back as intended; please report this with the file.');
  return { text: rendered, data };
}

/** True when `text` reads back as `expected`, by the loader's own parser (and the yaml library where that one cannot say). */
export function holds(text: string, expected: unknown): boolean {
  const quick = quickLoad(text);
  if (quick !== undefined && isDeepStrictEqual(quick, expected)) return true;
  const again = parseDocument(text);
  return again.errors.length === 0 && isDeepStrictEqual(again.toJS(), expected);
}

/**
 * Items of a block sequence in the catalog's style, each line indented so
 * that its dash stands at column `dash`; one at a time, so that a list of
 * any length is rendered in memory proportional to one item.
 */
export function blockItems(values: unknown[], dash: number, blankLine: boolean | 'between'): string {
  const width = LINE_WIDTH - dash;
  const options = stringifyOptions(width);
  const one = new Document();
  const parts: string[] = [];
  values.forEach((v, i) => {
    const item = new YAMLSeq(one.schema);
    item.items.push(styledNode(one, v, 2, 0, width));
    one.contents = item;
    const blank = blankLine === 'between' ? i > 0 : blankLine;
    parts.push((blank ? '\n' : '') + indentLines(one.toString(options), dash));
  });
  return parts.join('');
}

/** `key: value` in the catalog's style, every line indented by `indent`, ending in a newline. */
function pairText(key: string, value: unknown, indent: number): string {
  const width = LINE_WIDTH - indent;
  const one = new Document();
  const map = new YAMLMap(one.schema);
  map.items.push(new Pair(new Scalar(key), valueNode(one, key, value, 0, width)) as never);
  one.contents = map;
  return indentLines(one.toString(stringifyOptions(width)), indent);
}

function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

function lineStart(src: string, pos: number): number {
  return src.lastIndexOf('\n', pos - 1) + 1;
}

/** `pos`, moved to the start of the next line unless it is at one already. */
function afterLine(src: string, pos: number): number {
  if (pos === 0 || src[pos - 1] === '\n') return pos;
  const nl = src.indexOf('\n', pos);
  return nl === -1 ? src.length : nl + 1;
}

/** A newline when text is inserted at the end of a file that does not end in one. */
function lead(src: string, pos: number): string {
  return pos > 0 && src[pos - 1] !== '\n' ? '\n' : '';
}

/** Where a pair ends: after its value's last line (a trailing comment on that line goes with it). */
function valueEnd(src: string, value: Node | null, key: Node): number {
  const end = value?.range ? value.range[1] : key.range![1];
  if (end > 0 && src[end - 1] === '\n') return end;
  const nl = src.indexOf('\n', end);
  return nl === -1 ? src.length : nl + 1;
}

/** The column of the `-` that introduces the sequence item starting at `pos`. */
function dashColumn(src: string, pos: number): number | undefined {
  let i = pos - 1;
  while (i >= 0 && (src[i] === ' ' || src[i] === '\t')) i--;
  if (src[i] !== '-') return undefined;
  return i - lineStart(src, i);
}
