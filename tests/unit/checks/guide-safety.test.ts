import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCatalogFromFiles } from '../../../src/catalog/load.ts';
import { check } from '../../../src/checks/unsafe-markdown.ts';
import { catalogFiles, code } from '../helpers.ts';

const FRONT = '---\ntitle: A guide\ndescription: About errors.\n---\n';
const IMPORT = "import RetryTable from '../../src/components/RetryTable.astro';\n";

/** Findings for one en guide, as "line:col message". */
function guide(body: string): string[] {
  const files: Record<string, string> = { ...catalogFiles({ providers: { acme: { codes: [code()] } } }), '../content/en/guide.mdx': FRONT + body };
  return check.run(loadCatalogFromFiles(files)).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('unsafe-markdown in guides', () => {
  it('finds nothing in the shipped guides', () => {
    const catalog = loadCatalog('catalog');
    expect(catalog.guides.map((g) => `${g.locale}/${g.slug}`)).toEqual(['en/handling-errors', 'ru/handling-errors', 'zh/handling-errors']);
    expect(check.run(catalog)).toEqual([]);
  });

  it('accepts Markdown, safe HTML, comments and a component imported from src/components/', () => {
    expect(guide(`${IMPORT}\n# Retry\n\n{/* a comment */}\n\n<RetryTable provider="acme" />\n\n<details open><summary>More</summary>[link](https://a.example/) ![img](/favicon.svg)</details>\n`)).toEqual([]);
  });

  it('accepts components imported through @components/, wherever the content folder is, but not a path that climbs out of it', () => {
    expect(guide("import RetryTable from '@components/RetryTable.astro';\n\n<RetryTable provider=\"acme\" />\n")).toEqual([]);
    expect(guide("import X from '@components/../site/data.ts';\n")).toEqual([
      "content/en/guide.mdx:5:1 The en guide guide imports @components/../site/data.ts; a guide may import only the project's components (src/components/), because an import runs when the site is built.",
    ]);
  });

  it('reports an event handler at its line and column, as in issue 17', () => {
    expect(guide('Text.\n\n<img src="x" onerror="alert(1)" />\n')).toEqual(['content/en/guide.mdx:7:1 The en guide guide gives <img> the event handler onerror, which runs script.']);
  });

  it('reports javascript: and data: links in Markdown and in attributes, and a link that reads as a site path but leaves it', () => {
    expect(guide('[a](javascript:alert(1)) ![b](data:text/html,x)\n\n<a href="JaVaScRiPt:alert(1)">c</a> [d](/\\evil.example/)\n')).toEqual([
      'content/en/guide.mdx:5:1 The en guide guide has a link to "javascript:alert(1)", which can run code in a reader\'s browser.',
      'content/en/guide.mdx:5:26 The en guide guide has a link to "data:text/html,x", which can run code in a reader\'s browser.',
      'content/en/guide.mdx:7:1 The en guide guide gives <a> a link to "JaVaScRiPt:alert(1)", which can run code in a reader\'s browser.',
      'content/en/guide.mdx:7:37 The en guide guide has a link to "/\\evil.example/", which reads as a path on this site but leads to another host.',
    ]);
  });

  it.each(['script', 'iframe', 'object', 'embed', 'style', 'base', 'meta', 'form'])('reports a <%s> element', (el) => {
    expect(guide(`<${el}></${el}>\n`)).toEqual([`content/en/guide.mdx:5:1 The en guide guide has a <${el}> element, which can run code or change the page around the guide.`]);
  });

  it('reports dangerouslySetInnerHTML, set:html, srcdoc, expressions in attributes and spread attributes', () => {
    expect(guide('<div dangerouslySetInnerHTML={{__html: "<img onerror=alert(1)>"}} />\n\n<div srcdoc="x" />\n\n<p title={x}>t</p>\n\n<p {...props}>t</p>\n\n<div set:html="<img src=x onerror=alert(1)>" />\n')).toEqual([
      'content/en/guide.mdx:5:1 The en guide guide gives <div> the attribute dangerouslySetInnerHTML as a JavaScript expression, which runs when the site is built.',
      'content/en/guide.mdx:7:1 The en guide guide gives <div> srcdoc, which holds a whole page.',
      'content/en/guide.mdx:9:1 The en guide guide gives <p> the attribute title as a JavaScript expression, which runs when the site is built.',
      'content/en/guide.mdx:11:1 The en guide guide spreads JavaScript into the attributes of <p>, which runs when the site is built.',
      'content/en/guide.mdx:13:1 The en guide guide gives <div> set:html, which Astro writes as raw HTML.',
    ]);
  });

  it('reports imports from anywhere but src/components/, exports, expressions and components it did not import', () => {
    expect(guide("import fs from 'node:fs';\nimport X from '../../src/site/data.ts';\nexport const y = fs.readFileSync('/etc/passwd', 'utf8');\n\nText {y} and {process.exit(1)}.\n\n<Evil />\n")).toEqual([
      "content/en/guide.mdx:5:1 The en guide guide imports node:fs; a guide may import only the project's components (src/components/), because an import runs when the site is built.",
      "content/en/guide.mdx:5:1 The en guide guide imports ../../src/site/data.ts; a guide may import only the project's components (src/components/), because an import runs when the site is built.",
      'content/en/guide.mdx:5:1 The en guide guide has an export, which runs when the site is built.',
      'content/en/guide.mdx:9:6 The en guide guide has the JavaScript expression {y}, which runs when the site is built.',
      'content/en/guide.mdx:9:14 The en guide guide has the JavaScript expression {process.exit(1)}, which runs when the site is built.',
      'content/en/guide.mdx:11:1 The en guide guide uses the component <Evil>, which it does not import from src/components/.',
    ]);
  });

  it('reports a guide that is not MDX at the place the parser stops, as a finding', () => {
    expect(guide('Text <b>never closed.\n\n<img src="x" onerror="alert(1)">\n')).toEqual([expect.stringMatching(/^content\/en\/guide\.mdx:5:6 The en guide guide cannot be read as MDX \(/)]);
  });

  it('reads the guides beside the catalog folder, not the working folder', () => {
    const catalog = loadCatalog('tests/fixtures/hostile/catalog');
    expect(catalog.guides.map((g) => g.file)).toEqual([expect.stringMatching(/tests\/fixtures\/hostile\/content\/en\/[\w-]+\.mdx$/)]);
    expect(readFileSync(catalog.guides[0]!.file, 'utf8')).toBe(catalog.guides[0]!.source);
  });
});
