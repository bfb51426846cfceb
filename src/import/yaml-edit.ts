/**
 * Editing a hand-written YAML file without disturbing what the edit does not
 * touch. Edits are described once (set a key, delete a key, append items)
 * and applied two ways:
 *
 * - to the yaml Document (the model: comments kept, values exact), and
 * - as splices into the original text, so that everything outside the
 *   edited keys stays byte for byte as written (folded lines, flow lists,
 *   blank lines, comments).
 *
 * The splice result is parsed again and must equal the model; where it does
 * not (a layout the splicer does not handle, such as a flow mapping), the
 * model's own rendering is used instead.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

export type PathSeg = string | number;

export type Edit =
  /** Sets `key` in the mapping at `map`: replaces its value, or adds the key at the end. */
  | { op: 'set'; map: PathSeg[]; key: string; value: unknown }
  /** Removes `key` from the mapping at `map`. */
  | { op: 'delete'; map: PathSeg[]; key: string }
  /** Appends items to the sequence at `seq`; `blankLine` puts an empty line before each. */
  | { op: 'append'; seq: PathSeg[]; values: unknown[]; blankLine: boolean };

/** The catalog's line width (the shipped files fold at about 80 columns). */
export const LINE_WIDTH = 80;

export function stringifyOptions(width = LINE_WIDTH): ToStringOptions {
  return { lineWidth: width, minContentWidth: 20, flowCollectionPadding: false };
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
      const seq = doc.createNode(value) as YAMLSeq;
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
      const child = styledNode(doc, v, indent + 2, k.length, width);
      map.items.push(doc.createPair(k, child) as never);
    }
    return map;
  }
  const node = doc.createNode(value) as Scalar;
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
    else map.set(e.key, styledNode(doc, e.value, 2 * e.map.length, e.key.length));
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
  for (const e of edits) {
    if (e.op === 'append') {
      const seq = doc.getIn(e.seq, true);
      if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
      const first = seq.items[0] as Node;
      if (!first.range) return undefined;
      const dash = dashColumn(src, first.range[0]);
      if (dash === undefined) return undefined;
      const pos = afterLine(src, seq.range[1]);
      const width = LINE_WIDTH - dash;
      let text = '';
      for (const v of e.values) {
        const one = new Document();
        const item = new YAMLSeq(one.schema);
        item.items.push(styledNode(one, v, 2, 0, width));
        one.contents = item;
        text += (e.blankLine ? '\n' : '') + indentLines(one.toString(stringifyOptions(width)), dash);
      }
      splices.push({ start: pos, end: pos, text: lead(src, pos) + text, order: order++ });
      continue;
    }
    const map = e.map.length ? doc.getIn(e.map, true) : doc.contents;
    if (!isMap(map) || map.flow || map.items.length === 0 || !map.range) return undefined;
    const firstKey = map.items[0]!.key as Node | null;
    if (!firstKey?.range) return undefined;
    const indent = firstKey.range[0] - lineStart(src, firstKey.range[0]);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === e.key);
    if (e.op === 'delete') {
      if (!pair) continue;
      const key = pair.key as Node;
      const start = lineStart(src, key.range![0]);
      if (src.slice(start, key.range![0]).trim() !== '') return undefined;
      splices.push({ start, end: valueEnd(src, pair.value as Node | null, key), text: '', order: order++ });
      continue;
    }
    const text = pairText(e.key, e.value, indent);
    if (pair) {
      const key = pair.key as Node;
      // The first line is written where the key stands; the rest carry the indentation.
      splices.push({ start: key.range![0], end: valueEnd(src, pair.value as Node | null, key), text: text.slice(indent), order: order++ });
    } else {
      const pos = afterLine(src, map.range[1]);
      splices.push({ start: pos, end: pos, text: lead(src, pos) + text, order: order++ });
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

/**
 * The edited file's text: the splices when they reproduce the model, else
 * the model rendered by the yaml library (comments kept, layout redone).
 */
export function editYaml(src: string, edits: Edit[]): string {
  if (edits.length === 0) return src;
  const doc = parseDocument(src);
  const model = parseDocument(src);
  applyToDocument(model, edits);
  const expected = model.toJS();
  const spliced = spliceEdits(src, doc, edits);
  if (spliced !== undefined) {
    const again = parseDocument(spliced);
    if (again.errors.length === 0 && isDeepStrictEqual(again.toJS(), expected)) return spliced;
  }
  return model.toString(stringifyOptions());
}

/** `key: value` in the catalog's style, every line indented by `indent`, ending in a newline. */
function pairText(key: string, value: unknown, indent: number): string {
  const width = LINE_WIDTH - indent;
  const one = new Document();
  const map = new YAMLMap(one.schema);
  map.items.push(one.createPair(key, styledNode(one, value, 0, key.length, width)) as never);
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
