/** A table as the table readers give it: rows of cells, each at its page line, and the headings above it. */

export interface Cell {
  /** The cell's Markdown, as written (HTML cells turned into Markdown). */
  text: string;
  /** 1-based page line where the cell starts. */
  line: number;
}

export interface Heading {
  text: string;
  level: number;
  line: number;
}

export interface Table {
  syntax: 'pipe' | 'html' | 'yfm';
  /** Line of the table's first row. */
  line: number;
  /** The header row, when the syntax marks one (pipe tables, `<th>` rows); else the first row may be one. */
  header?: Cell[];
  rows: Cell[][];
  /** YFM lines whose text stands outside any row (a row not opened or not closed with `||`): not read. */
  stray?: number[];
  /** Headings above the table, outermost first (the nearest of each level). */
  sections: Heading[];
}
