/** How the import commands print a path and a note about a page. */
import path from 'node:path';
import pc from 'picocolors';
import type { ImportNote } from '../import/entry.ts';

export type Colors = Omit<typeof pc, 'createColors'>;

/** A path relative to the working folder when it lies inside it, else as it is. */
export function rel(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const r = path.relative(process.cwd(), file);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : file;
}

export function formatNote(n: ImportNote, colors: Colors = pc): string {
  const sev = n.severity === 'warning' ? colors.yellow('warning') : colors.blue('note');
  return `${colors.bold(`${rel(n.file)}:${n.line}:${n.column}`)} ${sev} ${n.message}\n  ${colors.cyan('hint:')} ${n.hint}`;
}
