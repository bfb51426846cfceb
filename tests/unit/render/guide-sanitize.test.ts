import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import rehypeGuideSafety from '../../../src/render/guide-sanitize.ts';

/** A guide compiled as Astro's MDX integration compiles it, with the plugin. */
async function compiled(path: string, source = readFileSync(path, 'utf8')): Promise<string> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return String(await compile({ value: body, path }, { rehypePlugins: [rehypeGuideSafety] }));
}

describe('the guide sanitizer', () => {
  it('leaves nothing of the hostile guide that could run, and keeps its text and component', async () => {
    const js = await compiled('tests/fixtures/hostile/content/en/evil-guide.mdx');
    expect(js).toContain('Plain guide text survives.');
    expect(js).toContain('RetryTable');
    for (const bad of ['onerror', 'onload', 'ontoggle', 'onbegin', 'javascript:', 'srcdoc', 'set:html', 'iframe', '/\\\\evil']) expect(js, bad).not.toContain(bad);
    expect(js).toContain('https://evil.example/p');
  });

  it('drops imports from anywhere but src/components/, exports and expressions', async () => {
    const js = await compiled('content/en/x.mdx', "import fs from 'node:fs';\nimport RetryTable from '../../src/components/RetryTable.astro';\nexport const y = 1;\n\nText {fs.readFileSync('/etc/passwd')} {/* comment */}\n\n<script>{\"alert(1)\"}</script>\n");
    expect(js).not.toContain('node:fs');
    expect(js).not.toContain('export const y');
    expect(js).not.toContain('readFileSync');
    expect(js).not.toContain('alert');
    expect(js).toContain('../../src/components/RetryTable.astro');
  });

  it('leaves the shipped guides as they are', async () => {
    const plain = async (path: string) => String(await compile({ value: readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), path }));
    for (const locale of ['en', 'ru', 'zh']) {
      const path = `content/${locale}/handling-errors.mdx`;
      expect(await compiled(path)).toBe(await plain(path));
    }
  });
});
