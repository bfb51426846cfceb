/** Unusable catalog input: a missing file, bytes that are not UTF-8, YAML that does not parse. The CLI exits 2. */
import type { Position } from './finding.ts';

export class CatalogLoadError extends Error {
  readonly position: Position;
  readonly hint: string;
  constructor(message: string, position: Position, hint: string) {
    super(message);
    this.name = 'CatalogLoadError';
    this.position = position;
    this.hint = hint;
  }
}
