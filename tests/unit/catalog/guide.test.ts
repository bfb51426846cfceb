import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/catalog/finding.ts';
import { guideBody, guideFrontmatter } from '../../../src/catalog/guide.ts';
import { loadCatalog, loadCatalogFromFiles } from '../../../src/catalog/load.ts';
import { catalogFiles, code, lines } from '../helpers.ts';

/** The catalog's findings, as file:line:col lines with their hints, for one en guide. */
function guide(text: string): string[] {
  const files: Record<string, string> = { ...catalogFiles({ providers: { acme: { codes: [code()] } } }), '../content/en/guide.mdx': text };
  const catalog = loadCatalogFromFiles(files);
  return catalog.findings.map((f, i) => `${lines(catalog.findings)[i]}\n  hint: ${f.hint}`);
}

describe("a guide's front matter", () => {
  it('reads the title and description of the shipped guides, with no finding', () => {
    const catalog = loadCatalog('catalog');
    expect(catalog.findings.filter((f) => f.file.endsWith('.mdx'))).toEqual([]);
    expect(catalog.guides.map((g) => g.frontmatter?.title)).toEqual(['How to handle errors and retries', expect.any(String), expect.any(String)]);
  });

  it('reports an unknown field at its line, and suggests the field that was meant', () => {
    expect(guide('---\ntitle: A guide\ndescription: About errors.\ntilte: Another\n---\n\nText.\n')).toMatchInlineSnapshot(`
      [
        "content/en/guide.mdx:4:1 error [schema] Unknown field "tilte".
        hint: Did you mean "title"?",
      ]
    `);
  });

  it('reports a missing description, a title that is not text, and YAML that does not parse, each at its line', () => {
    expect(guide('---\ntitle: A guide\n---\nText.\n')).toEqual([expect.stringMatching(/^content\/en\/guide\.mdx:2:1 error \[schema\] description is missing\.\n {2}hint: Add description: \(a string\)/)]);
    expect(guide('\n---\ntitle: 42\ndescription: About errors.\n---\n')).toEqual([expect.stringMatching(/^content\/en\/guide\.mdx:3:8 error \[schema\] title must be a string; it is number 42\./)]);
    expect(guide('---\ntitle: A guide\ndescription: Retry: later\n---\n')).toEqual([expect.stringMatching(/^content\/en\/guide\.mdx:3:\d+ error \[schema\] The front matter of content\/en\/guide\.mdx is not valid YAML: .*\n {2}hint: Quote a title/)]);
  });

  it('reports a file name that is not a URL slug, since the file name is the page\'s address', () => {
    const files: Record<string, string> = { ...catalogFiles({ providers: { acme: { codes: [code()] } } }), '../content/en/Retry Policy.mdx': '---\ntitle: A guide\ndescription: About errors.\n---\n' };
    const catalog = loadCatalogFromFiles(files);
    expect(catalog.findings.map((f) => `${lines([f])[0]}\n  hint: ${f.hint}`)).toEqual([
      'content/en/Retry Policy.mdx:1:1 error [schema] The guide\'s file name "Retry Policy" is its page\'s address (/en/guides/Retry Policy/), which takes lower-case letters, digits and hyphens only.\n  hint: Rename the file to retry-policy.mdx, in every locale.',
    ]);
    expect(guide('---\ntitle: A guide\ndescription: About errors.\n---\n')).toEqual([]);
  });

  it('reports a guide with no front matter at its first line', () => {
    expect(guide('# A guide\n\nText.\n')).toEqual([expect.stringMatching(/^content\/en\/guide\.mdx:1:1 error \[schema\] content\/en\/guide\.mdx has no front matter/)]);
  });
});

describe('the front matter as the MDX renderer reads it', () => {
  const sources = [
    ...['en', 'ru', 'zh'].map((l) => readFileSync(`content/${l}/handling-errors.mdx`, 'utf8')),
    '---\ntitle: A\ndescription: B\n---\nText.\n',
    '\uFEFF---\ntitle: A\ndescription: B\n---\nText.\n',
    '\n\n---\ntitle: A\ndescription: B\n---\n\n# Heading\n\n---\n\nText after a rule.\n',
    '---\r\ntitle: A\r\ndescription: B\r\n---\r\nText.\r\n',
    "---\ntitle: 'Retry: later'\ndescription: >-\n  Two\n  lines.\n---\nText.\n",
    '---\ntitle: "A \\"quoted\\" title"\ndescription: |\n  Kept\n  as is\n---\n',
  ];

  it.each(sources.map((s, i) => [i, s] as const))('reads source %i to the renderer\'s values and body', (_, source) => {
    const renderer = parseFrontmatter(source, { frontmatter: 'remove' });
    const findings: Finding[] = [];
    expect(guideFrontmatter('g.mdx', source, findings)).toEqual(renderer.frontmatter);
    expect(findings).toEqual([]);
    expect(guideBody(source)).toBe(renderer.content);
  });
});
