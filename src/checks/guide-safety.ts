/**
 * The guides' part of unsafe-markdown: each MDX guide is parsed with
 * remark-mdx (the parser Astro's MDX integration uses) and every node that
 * could run code at build time or in a reader's browser is reported at its
 * line and column: imports from anywhere but src/components/, exports,
 * JavaScript expressions (comments aside), event handlers and other
 * dangerous attributes, script links, and elements such as <script>.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Guide } from '../catalog/load.ts';
import { attributeProblem, FORBIDDEN_ELEMENTS, importAllowed, isComponentName, urlProblem } from '../catalog/mdx-safety.ts';
import type { Finding } from './finding.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body: { type: string; source?: { value: unknown }; specifiers?: { local: { name: string } }[] }[] } };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** A guide's text without its front matter, which is YAML and not MDX; its lines stay blank, so positions hold. */
function withoutFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (m) => m.replace(/[^\n]/g, ''));
}

export function guideFindings(guide: Guide, check: string): Finding[] {
  const out: Finding[] = [];
  const report = (node: { position?: { start: { line: number; column: number } } } | undefined, message: string, hint: string) =>
    out.push({ check, severity: 'error', file: guide.file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, locales: [guide.locale], message: `The ${guide.locale} guide ${guide.slug} ${message}`, hint });
  let tree: MdxNode;
  try {
    tree = parser.parse(withoutFrontMatter(guide.source)) as MdxNode;
  } catch (e) {
    const place = e as { place?: { start?: { line: number; column: number } } | { line: number; column: number }; reason?: string; message: string };
    // The message names the tag at fault ("(5:6-5:9)"); its place is often the whole paragraph.
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(place.reason ?? '');
    const start = named ? { line: Number(named[1]), column: Number(named[2]) } : place.place && 'start' in place.place ? place.place.start : (place.place as { line: number; column: number } | undefined);
    report({ position: { start: { line: start?.line ?? 1, column: start?.column ?? 1 } } }, `cannot be read as MDX (${place.reason ?? place.message}), so nothing in it could be checked, and the build would fail on it.`, 'Close every tag, and write { and < as \\{ and &lt; where they are text.');
    return out;
  }
  const components = new Set<string>();
  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? []) {
          const source = statement.type === 'ImportDeclaration' ? String(statement.source?.value) : undefined;
          if (source !== undefined && importAllowed(guide.file, source)) for (const s of statement.specifiers ?? []) components.add(s.local.name);
          else if (source !== undefined) report(node, `imports ${source}; a guide may import only the project's components (src/components/), because an import runs when the site is built.`, 'Remove the import, or render what you need with a component from src/components/.');
          else report(node, `has an ${statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration' ? 'export' : 'ES module statement'}, which runs when the site is built.`, 'Remove it; guides hold Markdown and components from src/components/.');
        }
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (node.data?.estree?.body.length) report(node, `has the JavaScript expression {${(node.value ?? '').slice(0, 40)}}, which runs when the site is built.`, 'Remove it, or write the braces as \\{ and \\} if they are text; {/* comments */} are fine.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxElement(node, components, report);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const problem = urlProblem(node.url ?? '');
        if (problem) report(node, `has ${problem}.`, 'Link to an https:// address or a path on this site.');
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

function jsxElement(node: MdxNode, components: Set<string>, report: (node: MdxNode, message: string, hint: string) => void): void {
  const name = node.name ?? '';
  if (name && isComponentName(name)) {
    if (!components.has(name.split('.')[0]!)) report(node, `uses the component <${name}>, which it does not import from src/components/.`, 'Import the component from src/components/, or remove it.');
  } else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    report(node, `has a <${name}> element, which can run code or change the page around the guide.`, 'Remove the element; write the content in Markdown.');
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      report(node, `spreads JavaScript into the attributes of <${name}>, which runs when the site is built.`, 'Write each attribute with a plain quoted value.');
      continue;
    }
    const value = attr.value;
    if (value !== null && typeof value === 'object') {
      report(node, `gives <${name}> the attribute ${attr.name} as a JavaScript expression, which runs when the site is built.`, 'Write the attribute with a plain quoted value.');
      continue;
    }
    const problem = isComponentName(name) ? undefined : attributeProblem(attr.name ?? '', value as string | null | undefined);
    if (problem) report(node, `gives <${name}> ${problem}.`, 'Remove the attribute; guides hold no script.');
  }
}
