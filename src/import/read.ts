/**
 * Reading a page from disk as text, or saying precisely why it cannot be:
 * missing, a folder, too large, binary, not UTF-8 (with the line and column
 * of the first bad byte).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../catalog/load.ts';
import { ImportError } from './entry.ts';

export function readPage(file: string): string {
  if (!existsSync(file)) {
    throw new ImportError(`${file} does not exist.`, { file, line: 0, column: 0 }, 'Check the path after --locale <locale>=; it is read relative to the current folder.');
  }
  const stat = statSync(file);
  if (stat.isDirectory()) {
    throw new ImportError(`${file} is a folder, not a page.`, { file, line: 0, column: 0 }, 'Pass one Markdown or MDX file per locale, e.g. --locale en=docs/errors.md.');
  }
  if (stat.size > MAX_FILE_BYTES) {
    throw new ImportError(`${file} is ${stat.size} bytes; errcat reads pages of at most ${MAX_FILE_BYTES} bytes.`, { file, line: 1, column: 1 }, 'Pass the error page itself, not a bundle or an export of the whole site.');
  }
  return decodePage(file, readFileSync(file));
}

/** Decodes a page's bytes as UTF-8 text; binary data and other encodings are refused. */
export function decodePage(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    throw new ImportError(`${file} is not a text file: it holds a NUL byte at offset ${nul}.`, { file, line, column }, 'Pass the Markdown or MDX source of the page, not a binary file.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    throw new ImportError(
      `${file} is not UTF-8: the byte at offset ${bad} (0x${bytes[bad]?.toString(16).padStart(2, '0')}) cannot start or continue a character.`,
      { file, line, column },
      'Save the page as UTF-8 (most editors: "Save with encoding"), then import it again.',
    );
  }
}

function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}

/** 1-based line and column (in characters) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}
