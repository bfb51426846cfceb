import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guidesModule, isGuideFile } from '../../../src/integrations/guides.ts';

let dir: string;

/** A content folder with the given files (path under it -> text). */
function content(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'errcat-guides-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('virtual:errcat/guides', () => {
  it('lists each guide with its front matter and the import of its MDX, by locale and name', () => {
    const d = content({ 'ru/retries.mdx': '---\ntitle: Повторы\ndescription: Когда повторять.\n---\n\n<Snippets />\n', 'en/retries.mdx': '---\ntitle: Retries\ndescription: When to retry.\n---\nText.\n', 'en/notes.txt': 'not a guide' });
    const code = guidesModule(d);
    expect(code.split('\n')).toEqual([
      'export const guides = [',
      `  { ...{"id":"en/retries","locale":"en","slug":"retries","data":{"title":"Retries","description":"When to retry."},"body":"Text."}, load: () => import(${JSON.stringify(path.join(d, 'en/retries.mdx'))}) },`,
      `  { ...{"id":"ru/retries","locale":"ru","slug":"retries","data":{"title":"Повторы","description":"Когда повторять."},"body":"<Snippets />"}, load: () => import(${JSON.stringify(path.join(d, 'ru/retries.mdx'))}) },`,
      '];',
      '',
    ]);
  });

  it('is an empty list for a content folder that does not exist', () => {
    content({});
    expect(guidesModule(path.join(dir, 'none'))).toBe('export const guides = [\n];\n');
  });

  it('stops on a wrong front matter with its file:line:col and hint, and no stack trace', () => {
    const d = content({ 'en/retries.mdx': '---\ntitle: Retries\ndescription: When to retry.\nlayout: ../Other.astro\n---\nText.\n' });
    let error: (Error & { hint?: string; loc?: unknown }) | undefined;
    try {
      guidesModule(d);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.message).toBe(`${path.relative(process.cwd(), path.join(d, 'en/retries.mdx'))}:4:1 Unknown field "layout".`);
    expect(error?.hint).toBe('Remove it; the fields here are: title, description.');
    expect(error?.loc).toEqual({ file: path.join(d, 'en/retries.mdx'), line: 4, column: 1 });
    expect(error?.stack).toBe(`errcat: ${error?.message}`);
  });

  it('tells a guide file of its content folder from other files', () => {
    const d = content({});
    expect(isGuideFile(d, path.join(d, 'en', 'retries.mdx'))).toBe(true);
    expect(isGuideFile(d, path.join(d, 'en', 'retries.md'))).toBe(false);
    expect(isGuideFile(d, path.join(d, 'en', 'deep', 'retries.mdx'))).toBe(false);
    expect(isGuideFile(d, path.join(d, '..', 'en', 'retries.mdx'))).toBe(false);
  });
});
