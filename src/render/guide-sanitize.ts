/**
 * A rehype plugin for the MDX guides: removes from the tree what
 * unsafe-markdown reports in a guide, so that a guide the baseline lets
 * through still runs nothing: imports from anywhere but src/components/,
 * exports, JavaScript expressions, attributes given as expressions,
 * forbidden elements (<script>, <iframe>...), event handlers and other
 * dangerous attributes, and script links. A link that leaves the site
 * without a scheme is written as the https link it leads to.
 */
import { attributeProblem, FORBIDDEN_ELEMENTS, importAllowed, isComponentName } from '../catalog/mdx-safety.ts';
import { isSafeHref, renderHref } from '../catalog/safe-href.ts';

interface HastNode {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
  data?: { estree?: { body: { type: string; source?: { value: unknown } }[] } };
}

export default function rehypeGuideSafety() {
  // The tree is MDX's hast; only the few fields of HastNode are read.
  return (tree: unknown, file: { path?: string }) => {
    clean(tree as HastNode, file.path ?? '');
  };
}

function clean(node: HastNode, guideFile: string): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => keep(child, guideFile));
  for (const child of node.children) clean(child, guideFile);
}

/** Whether the node stays; makes what stays of it safe. */
function keep(node: HastNode, guideFile: string): boolean {
  switch (node.type) {
    case 'mdxjsEsm': {
      const estree = node.data?.estree;
      if (!estree) return false;
      estree.body = estree.body.filter((s) => s.type === 'ImportDeclaration' && importAllowed(guideFile, String(s.source?.value)));
      return estree.body.length > 0;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return !node.data?.estree?.body.length;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const component = isComponentName(name);
      if (!component && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) return false;
      node.attributes = (node.attributes ?? []).filter((a) => {
        if (a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object')) return false;
        return component || attributeProblem(a.name ?? '', a.value as string | null | undefined) === undefined;
      });
      for (const a of node.attributes) if (!component && typeof a.value === 'string' && /^(href|src)$/i.test(a.name ?? '')) a.value = renderHref(a.value);
      return true;
    }
    case 'element': {
      if (FORBIDDEN_ELEMENTS.has(node.tagName ?? '')) return false;
      const props = node.properties ?? {};
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (/^on/i.test(key)) delete props[key];
        else if ((key === 'href' || key === 'src') && typeof value === 'string') {
          if (isSafeHref(value)) props[key] = renderHref(value);
          else delete props[key];
        }
      }
      return true;
    }
    default:
      return true;
  }
}
