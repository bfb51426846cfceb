/**
 * The loader reads a file's data with js-yaml (fast) and its positions with
 * `yaml` (a syntax tree): generated YAML documents hold the two to the same
 * data, and every position to the value it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { keyPosition, parseFile, positionOf, quickLoad, type PathSeg } from '../../../src/catalog/yaml-file.ts';

/** A scalar as written, and the value YAML 1.2's core schema gives it. */
interface Scalar {
  kind: 'scalar';
  text: string;
  value: unknown;
  /** Plain text that a flow collection would cut (",", "[", "]", "{", "}"). */
  blockOnly: boolean;
  /** A block scalar (|, >): only as a block value. */
  block?: boolean;
}
interface MapNode {
  kind: 'map';
  flow: boolean;
  indent: number;
  entries: { key: Scalar; value: Node; comment: string | null; anchor: boolean; alias: number }[];
}
interface SeqNode {
  kind: 'seq';
  flow: boolean;
  indent: number;
  items: { value: Node; comment: string | null; anchor: boolean; alias: number }[];
}
type Node = Scalar | MapNode | SeqNode;

const scalar = (text: string, value: unknown, blockOnly = false): Scalar => ({ kind: 'scalar', text, value, blockOnly });
const doubleQuoted = (s: string) => JSON.stringify(s);
const singleQuoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** Printable text: YAML allows no control characters outside double quotes. */
const printable = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/.test(s);

const words = fc.array(fc.constantFrom('error', 'код', '错误', 'the', 'key', 'ключ', 'retry', 'wait', 'x1', 'über', 'مرحبا', '😀'), { minLength: 1, maxLength: 6 });

/** Strings in every style YAML has: plain, single and double quoted, literal and folded blocks. */
const stringScalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => scalar(doubleQuoted(s), s)),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter(printable).filter((s) => !/[\n\r\t]/.test(s)).map((s) => scalar(singleQuoted(s), s)),
  words.map((w) => scalar(w.join(' '), w.join(' '), false)),
  // Plain text that looks like another type but is a string in YAML 1.2's core schema.
  fc.constantFrom('0b101', '1_000', 'yes', 'No', 'on', 'OFF', 'y', '2024-01-01', '12:30', '0o8', '0x', '1.2.3', '.5.', 'e3', '1e', 'inf', 'nan', 'NULL_', 'Null x', 'tRue', '0xG', '+', '.', '=', '<<', '1e400x', '--', 'a:b', 'a#b').map((s) => scalar(s, s, /[,[\]{}]/.test(s))),
  fc.tuple(words, words, fc.constantFrom('|', '|-', '|+')).map(([a, b, chomp]) => {
    const text = `${a.join(' ')}\n\n${b.join(' ')}`;
    return { ...scalar(`${chomp}\n${text}`, chomp === '|-' ? text : `${text}\n`, true), block: true };
  }),
  fc.tuple(words, words).map(([a, b]) => ({ ...scalar(`>-\n${a.join(' ')}\n${b.join(' ')}`, `${a.join(' ')} ${b.join(' ')}`, true), block: true })),
);

const numberScalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).chain((n) =>
    fc.constantFrom(
      scalar(String(n), n),
      ...(n >= 0 ? [scalar(`+${n}`, n), scalar(`0x${n.toString(16)}`, n), scalar(`0x${n.toString(16).toUpperCase()}`, n), scalar(`0o${n.toString(8)}`, n), scalar(`00${n}`, n)] : []),
    ),
  ),
  fc.constantFrom('1.5', '-0.25', '.5', '+1.', '1e3', '1E-2', '-2.5e+4', '1e400', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-0', '0.0').map((t) => scalar(t, /nan$/i.test(t) ? NaN : /inf$/i.test(t) ? (t[0] === '-' ? -Infinity : Infinity) : t === '-0' ? -0 : parseFloat(t))),
  fc.constantFrom('true', 'True', 'TRUE', 'false', 'False', 'FALSE').map((t) => scalar(t, t[0] === 't' || t[0] === 'T')),
  fc.constantFrom('~', 'null', 'Null', 'NULL').map((t) => scalar(t, null)),
);

/** Keys as catalogs write them (fields, locale ids, fact names), some quoted, some that look like other types. */
const key: fc.Arbitrary<Scalar> = fc.oneof(
  fc.constantFrom('code', 'texts', 'en', 'pt-br', 'zh_CN', 'maxBytes', 'constructor', '__proto__', 'toString', '$schema', 'a.b', 'ключ', '错误').map((k) => scalar(k, k)),
  fc.constantFrom('1', '0x1F', 'true', '1.5', '0b1').map((k) => scalar(k, k === '0x1F' ? '31' : k)),
  fc.string({ maxLength: 6 }).map((k) => scalar(doubleQuoted(k), k)),
);

const comment = fc.option(fc.constantFrom('# a comment', '#', '# with: colon', '# ключ: 错误 #'), { nil: null });

const tree = fc.letrec<{ node: Node; map: MapNode; seq: SeqNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, stringScalar, numberScalar, tie('map'), tie('seq')),
  map: fc.record({
    kind: fc.constant('map' as const),
    flow: fc.boolean(),
    indent: fc.integer({ min: 1, max: 4 }),
    entries: fc.uniqueArray(fc.record({ key, value: tie('node'), comment, anchor: fc.boolean(), alias: fc.nat(7) }), { maxLength: 4, selector: (e) => String(e.key.value) }),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    flow: fc.boolean(),
    indent: fc.integer({ min: 0, max: 3 }),
    items: fc.array(fc.record({ value: tie('node'), comment, anchor: fc.boolean(), alias: fc.nat(7) }), { maxLength: 4 }),
  }),
}));

/** Writes a tree as YAML, noting what each value reads as and where each value and key starts. */
class Writer {
  text = '';
  values: { path: PathSeg[]; offset: number }[] = [];
  keys: { path: PathSeg[]; key: string; offset: number }[] = [];
  private anchors: { name: string; value: unknown }[] = [];
  private named = 0;

  /** An alias of an earlier anchor instead of the value, where the tree asks for one. */
  private aliasOr(alias: number, path: PathSeg[], write: () => unknown): unknown {
    if (alias === 0 && this.anchors.length) {
      const a = this.anchors[this.anchors.length - 1]!;
      this.values.push({ path, offset: this.text.length });
      this.text += `*${a.name}`;
      return structuredClone(a.value);
    }
    return write();
  }

  /** Writes "&name" (and `after`) when the entry has an anchor; the anchor is usable once its value is written. */
  private anchor(anchor: boolean, after: string): string | undefined {
    if (!anchor) return undefined;
    const name = `a${this.named++}`;
    this.text += `&${name}${after}`;
    return name;
  }

  /** A value after "key: " or "- ", or inside a flow collection. */
  inline(node: Node, path: PathSeg[], indent: number, flow: boolean): unknown {
    if (node.kind === 'scalar') {
      if (node.block) {
        const [header, ...lines] = node.text.split('\n');
        this.values.push({ path, offset: this.text.length });
        this.text += `${header}\n${lines.map((l) => (l ? ' '.repeat(indent + 2) + l : '')).join('\n')}`;
        return node.value;
      }
      this.values.push({ path, offset: this.text.length });
      this.text += node.text;
      return node.value;
    }
    if (node.kind === 'map') {
      this.text += '{';
      const out: Record<string, unknown> = {};
      node.entries.forEach((e, i) => {
        if (i) this.text += ', ';
        this.keys.push({ path, key: String(e.key.value), offset: this.text.length });
        this.text += `${e.key.text}: `;
        setOwn(out, String(e.key.value), this.entryValue(e, [...path, String(e.key.value)], indent, true));
      });
      this.text += '}';
      return out;
    }
    this.text += '[';
    const out: unknown[] = [];
    node.items.forEach((e, i) => {
      if (i) this.text += ', ';
      out.push(this.entryValue(e, [...path, i], indent, true));
    });
    this.text += ']';
    return out;
  }

  private entryValue(e: { value: Node; anchor: boolean; alias: number }, path: PathSeg[], indent: number, flow: boolean): unknown {
    return this.aliasOr(e.alias, path, () => {
      const name = this.anchor(e.anchor, ' ');
      const v = this.inline(flowSafe(e.value, flow), path, indent, flow);
      if (name) this.anchors.push({ name, value: structuredClone(v) });
      return v;
    });
  }

  /** A block mapping whose keys start at column `indent`; the first line may start with "- " instead. */
  blockMap(node: MapNode, path: PathSeg[], indent: number, firstPrefix = ' '.repeat(indent)): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    node.entries.forEach((e, i) => {
      if (i && e.comment) this.text += `${' '.repeat(indent)}${e.comment}\n`;
      this.text += i ? ' '.repeat(indent) : firstPrefix;
      const k = String(e.key.value);
      this.keys.push({ path, key: k, offset: this.text.length });
      this.text += `${e.key.text}:`;
      setOwn(out, k, this.blockValue(e, [...path, k], indent, node.indent));
    });
    return out;
  }

  blockSeq(node: SeqNode, path: PathSeg[], indent: number, firstPrefix = ' '.repeat(indent)): unknown[] {
    return node.items.map((e, i) => {
      if (i && e.comment) this.text += `${' '.repeat(indent)}${e.comment}\n`;
      this.text += `${i ? ' '.repeat(indent) : firstPrefix}-`;
      return this.blockValue(e, [...path, i], indent, 2, true);
    });
  }

  /** What follows "key:" or "-" in a block collection, up to and with the line end. */
  private blockValue(e: { value: Node; comment: string | null; anchor: boolean; alias: number }, path: PathSeg[], indent: number, step: number, inSeq = false): unknown {
    const v = e.value;
    const child = indent + Math.max(step, inSeq ? 2 : 1);
    if (v.kind !== 'scalar' && !v.flow && (v.kind === 'map' ? v.entries.length : v.items.length) && !(e.alias === 0 && this.anchors.length)) {
      if (inSeq && !e.anchor) {
        // "- key: value" and "- - item": the collection starts on the dash's line.
        this.text += ' ';
        return v.kind === 'map' ? this.blockMap(v, path, indent + 2, '') : this.blockSeq(v, path, indent + 2, '');
      }
      if (e.anchor) this.text += ' ';
      const name = this.anchor(e.anchor, '');
      this.text += '\n';
      const at = v.kind === 'seq' && !inSeq ? indent + v.indent : child;
      const out = v.kind === 'map' ? this.blockMap(v, path, at) : this.blockSeq(v, path, at);
      if (name) this.anchors.push({ name, value: structuredClone(out) });
      return out;
    }
    this.text += ' ';
    const out = this.entryValue(e, path, inSeq ? indent + 1 : indent, false);
    const last = v.kind === 'scalar' && v.block;
    this.text += `${e.comment && !last ? ` ${e.comment}` : ''}\n`;
    return out;
  }
}

/** Inside a flow collection, text that a flow indicator would cut is written double-quoted instead. */
function flowSafe(node: Node, flow: boolean): Node {
  if (node.kind !== 'scalar' || !flow || !(node.blockOnly || node.block)) return node.kind !== 'scalar' && flow ? { ...node, flow: true } : node;
  return scalar(doubleQuoted(String(node.value)), node.value);
}

function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** A document: a block mapping at the top, as every catalog file is. */
const documents = tree.map.map((root) => {
  const w = new Writer();
  const top: MapNode = { ...root, flow: false, entries: root.entries.length ? root.entries : [{ key: scalar('code', 'code'), value: scalar('A', 'A'), comment: null, anchor: false, alias: 1 }] };
  const expected = w.blockMap(top, [], 0);
  return { source: `# generated\n${w.text}`, expected, values: w.values, keys: w.keys, shift: '# generated\n'.length };
});

describe('the two YAML parsers of the loader', () => {
  it('read the same data from any document, and every position points at its value and key', () => {
    fc.assert(
      fc.property(documents, ({ source, expected, values, keys, shift }) => {
        const viaYaml = parseDocument(source, { uniqueKeys: true, logLevel: 'error' });
        expect(viaYaml.errors, source).toEqual([]);
        expect(viaYaml.toJS({ maxAliasCount: -1 }), source).toEqual(expected);
        const quick = quickLoad(source);
        if (quick !== undefined) expect(quick, source).toEqual(expected);
        const file = parseFile('f.yaml', source, true)!;
        expect(file.data, source).toEqual(expected);
        const lines = new LineCounter();
        parseDocument(source, { lineCounter: lines });
        const at = (offset: number) => {
          const { line, col } = lines.linePos(offset + shift);
          return { file: 'f.yaml', line, column: col };
        };
        for (const v of values) expect(positionOf(file, v.path), `${v.path.join('.')} in\n${source}`).toEqual(at(v.offset));
        for (const k of keys) if (k.key !== '') expect(keyPosition(file, k.path, k.key), `key ${k.key} in\n${source}`).toEqual(at(k.offset));
      }),
      { numRuns: 300 },
    );
  });
});
