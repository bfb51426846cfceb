/**
 * One catalog file: bytes -> UTF-8 text -> YAML data, with the syntax tree
 * that turns a path in the data into a file:line:col. Unusable input
 * (bytes that are not UTF-8, YAML that does not parse) throws
 * CatalogLoadError with its position.
 */
import jsYaml from 'js-yaml';
import { Lexer, LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Position } from './finding.ts';
import { CatalogLoadError } from './load-error.ts';

export type PathSeg = string | number;

/**
 * A parsed catalog file. The syntax tree is large (a 10,000-code catalog's
 * trees take hundreds of MB), and after loading it is needed only to point
 * at a finding, so `release()` drops it and `tree()` parses the kept source
 * again on the first such request.
 */
export class ParsedFile {
  readonly file: string;
  readonly source: string;
  data: unknown;
  private parsed: { doc: Document; lines: LineCounter } | undefined;
  constructor(file: string, source: string, parsed: { doc: Document; lines: LineCounter } | { data: unknown }) {
    this.file = file;
    this.source = source;
    if ('doc' in parsed) {
      this.parsed = parsed;
      this.data = parsed.doc.toJS({ maxAliasCount: 100 });
    } else this.data = parsed.data;
  }
  tree(): { doc: Document; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      this.parsed = { doc: parseDocument(this.source, { lineCounter: lines, uniqueKeys: true }), lines };
    }
    return this.parsed;
  }
  get doc(): Document {
    return this.tree().doc;
  }
  get lines(): LineCounter {
    return this.tree().lines;
  }
  release(): void {
    this.parsed = undefined;
    this.data = undefined;
  }
}

/** Decodes and parses one YAML file; unusable input throws CatalogLoadError. */
export function parseFile(file: string, content: string | Uint8Array | undefined, required: boolean): ParsedFile | undefined {
  if (content === undefined) {
    if (!required) return undefined;
    throw new CatalogLoadError(`${file} does not exist.`, { file, line: 0, column: 0 }, 'Every catalog has site.yaml, and every listed provider has provider.yaml and errors.yaml.');
  }
  const text = typeof content === 'string' ? content : decodeUtf8(file, content);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    throw new CatalogLoadError(`${file} is empty.`, { file, line: 1, column: 1 }, 'Write the file\'s content, or remove the provider from site.yaml.');
  }
  const data = quickLoad(source);
  if (data !== undefined) return new ParsedFile(file, source, { data });
  const lines = new LineCounter();
  const deep = tooDeep(source);
  if (deep !== undefined) {
    const { line, col } = lines.linePos(deep);
    throw new CatalogLoadError(
      `${file} nests lists or mappings more than ${MAX_DEPTH} levels deep, which no catalog needs and which would take minutes to read.`,
      { file, line: line || 1, column: col || 1 },
      'Write the value with fewer levels of [ ], { } or "- ".',
    );
  }
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new CatalogLoadError(
      `${file} is not valid YAML: ${yamlMessage(problem.message)}`,
      { file, line, column: col },
      yamlHint(problem.code),
    );
  }
  try {
    return new ParsedFile(file, source, { doc, lines });
  } catch (e) {
    if (!(e instanceof ReferenceError && /alias/i.test(e.message))) throw e;
    const alias = firstAlias(doc);
    const { line, col } = lines.linePos(alias?.range?.[0] ?? 0);
    throw new CatalogLoadError(
      `${file} expands its aliases into more copies than any catalog needs: it is a "billion laughs" document, which would exhaust the memory.`,
      { file, line, column: col },
      'Write the values out, or use each anchor (&name) a few times at most, never aliases (*name) of lists that hold aliases themselves.',
    );
  }
}

/** Deeper than this, a file is refused (js-yaml's own limit). */
const MAX_DEPTH = 100;

/**
 * Where a file nests flow collections, or "- " items on one line, more than
 * MAX_DEPTH deep: the yaml package reads such a file in time that grows with
 * the square of the depth. Read with its lexer, which takes linear time and
 * sees quotes and block scalars as text.
 */
function tooDeep(source: string): number | undefined {
  let offset = 0;
  let flow = 0;
  let dashes = 0;
  for (const token of new Lexer().lex(source)) {
    // The lexer's own markers (document, scalar, flow end) are not source text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow--;
    else if (token === '-' || token === '?') dashes++;
    else if (token === '\n' || token === '\r\n') dashes = 0;
    if (flow > MAX_DEPTH || dashes > MAX_DEPTH) return offset;
    offset += token.length;
  }
  return undefined;
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * YAML 1.2's core schema as the `yaml` package reads it (its tests for null,
 * bool, int and float), for js-yaml: js-yaml's own core schema also reads
 * 0b101 as 5 and leaves 1e400 a string.
 */
const CORE = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null }),
    new jsYaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
      construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(s),
      construct: (s: string) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
});

/**
 * Whether the source may hold a complex key (`? ...`, or a flow list or
 * mapping before ": ", at a line's start or inside a flow collection),
 * which js-yaml names differently from `yaml`. Text that only looks like
 * one sends the file the slow way. Linear: each line is looked at once.
 */
function mayHaveComplexKey(source: string): boolean {
  if (/^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m.test(source)) return true;
  const closeThenColon = /[\]}][ \t]*:(?:[ \t]|$)/gm;
  for (let m = closeThenColon.exec(source); m; m = closeThenColon.exec(source)) {
    const start = source.lastIndexOf('\n', m.index) + 1;
    let end = source.indexOf('\n', m.index);
    if (end === -1) end = source.length;
    if (/^[ \t]*(?:-[ \t]+)*[[{]|[[{,][ \t]*[[{]/.test(source.slice(start, end))) return true;
    closeThenColon.lastIndex = end;
  }
  return false;
}

/**
 * The file's data read by js-yaml, faster than `yaml`'s syntax tree (which
 * positions need, and which is built only to point at a finding; the
 * figures are in BENCHMARKS.md). Anything js-yaml refuses (syntax errors, duplicate keys, tags),
 * any shared node (an alias of a mapping or list, as in an alias bomb) and
 * any key the two name differently (a null or complex key) returns
 * undefined, and the file goes the `yaml` way, which explains the problem
 * with its position. A property test holds the two to the same data.
 */
export function quickLoad(source: string): unknown {
  if (mayHaveComplexKey(source)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(source, { schema: CORE });
  } catch {
    return undefined;
  }
  return data !== undefined && data !== null && plainTree(data) ? data : undefined;
}

/** True when no mapping or list is reached twice (through an alias) and no key is "null" (js-yaml's name for a null key). */
function plainTree(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (seen.has(v)) return false;
    seen.add(v);
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else
      for (const k in v) {
        if (k === 'null') return false;
        stack.push((v as Record<string, unknown>)[k]);
      }
  }
  return true;
}

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte, to point at it.
    let good = 0;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
        good = end;
      } catch {
        if (end - good > 4) break;
      }
    }
    const before = new TextDecoder().decode(bytes.subarray(0, good));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new CatalogLoadError(
      `${file} is not UTF-8: the byte at offset ${good} (0x${bytes[good]?.toString(16).padStart(2, '0')}) cannot start a character.`,
      { file, line, column },
      'Save the file as UTF-8 (most editors: "Save with encoding").',
    );
  }
}

function yamlMessage(message: string): string {
  // The yaml package appends " at line L, column C" and a code frame; we print our own position.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.?$/, '.');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A key may appear once per mapping: remove or rename one of them.';
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces only: replace the tabs with spaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation of this line against the lines above it.';
    default:
      return 'Fix the YAML syntax at this place; quote strings that contain ": " or start with a special character.';
  }
}

/** The position of the value at `fullPath`, or of its nearest existing parent. */
export function positionOf(file: ParsedFile, fullPath: PathSeg[]): Position {
  const { node } = walk(file.doc, fullPath);
  return node?.range ? at(file, node.range[0]) : { file: file.file, line: 1, column: 1 };
}

/** The position of a key in the mapping at `mapPath`. */
export function keyPosition(file: ParsedFile, mapPath: PathSeg[], key: string): Position {
  const { node, rest } = walk(file.doc, mapPath);
  const pair = rest === 0 && isMap(node) ? node.items.find((p) => keyName(p.key) === key) : undefined;
  const keyNode = pair?.key as Node | undefined;
  return keyNode?.range ? at(file, keyNode.range[0]) : positionOf(file, mapPath);
}

function at(file: ParsedFile, offset: number): Position {
  const { line, col } = file.lines.linePos(offset);
  return { file: file.file, line, column: col };
}

/**
 * The node at `path`, or its nearest parent that exists (`rest` segments
 * short). Keys are matched by the name the data gives them, so `1:` and
 * `true:` are found as "1" and "true".
 */
function walk(doc: Document, path: PathSeg[]): { node: Node | undefined; rest: number } {
  let node = doc.contents as Node | null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    let next: unknown;
    if (isMap(node)) next = node.items.find((p) => keyName(p.key) === String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
    if (!isNode(next) || !next.range) return { node: node ?? undefined, rest: path.length - i };
    node = next;
  }
  return { node: node ?? undefined, rest: 0 };
}

/** A key as the data names it (what toJS does with a scalar key: null is "", 31 is "31"). */
function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null ? '' : String(key.value);
}
