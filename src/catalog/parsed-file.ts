/**
 * A parsed catalog file and the positions of its values. The syntax tree is
 * kept only until loading is done; a finding that needs a position later
 * parses the kept source again.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Position } from '../checks/finding.ts';

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


/** The position of the value at `fullPath`, or of its nearest existing parent. */
export function positionOf(file: ParsedFile, fullPath: PathSeg[]): Position {
  let p = [...fullPath];
  for (;;) {
    const node = file.doc.getIn(p, true) as Node | undefined;
    const range = node && (node as { range?: [number, number, number] }).range;
    if (range) {
      const { line, col } = file.lines.linePos(range[0]);
      return { file: file.file, line, column: col };
    }
    if (p.length === 0) return { file: file.file, line: 1, column: 1 };
    p = p.slice(0, -1);
  }
}

/** The position of a key in the mapping at `mapPath`. */
export function keyPosition(file: ParsedFile, mapPath: PathSeg[], key: string): Position {
  const map = mapPath.length ? file.doc.getIn(mapPath, true) : file.doc.contents;
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        const { line, col } = file.lines.linePos(pair.key.range[0]);
        return { file: file.file, line, column: col };
      }
    }
  }
  return positionOf(file, mapPath);
}
