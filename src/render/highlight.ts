/**
 * Build-time syntax highlighting with Shiki (the highlighter Astro's <Code>
 * wraps), fit for a strict CSP: tokens get classes (`tk-keyword`), never a
 * `style` attribute; styles/code.css colours them in light and dark.
 *
 * Code pages show the same few snippets with another code name and other
 * numbers, and a large catalog has tens of thousands of pages, so a snippet
 * is highlighted once as a template whose variable parts are placeholder
 * tokens, and the values are put into the highlighted HTML.
 */
import { createCssVariablesTheme, createHighlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { Element, ElementContent, Root } from 'hast';
import { escapeHtml } from './escape.ts';

export const CODE_LANGS = ['ts', 'python', 'shellscript', 'http'] as const;
export type CodeLang = (typeof CODE_LANGS)[number];

const THEME = createCssVariablesTheme({ name: 'errcat', variablePrefix: '--tk-' });
let highlighter: ReturnType<typeof createHighlighter> | undefined;

function shiki() {
  highlighter ??= createHighlighter({ langs: [...CODE_LANGS], themes: [THEME], engine: createJavaScriptRegexEngine() });
  return highlighter;
}

/** `color:var(--tk-token-keyword)` -> `tk-keyword`; the foreground and anything else -> no class. */
function tokenClass(style: string): string | undefined {
  const m = /color:\s*var\(--tk-token-([a-z-]+)\)/.exec(style);
  return m ? `tk-${m[1]}` : undefined;
}

/** Styles become classes; a token left without a class (plain text) loses its <span>, which keeps the page small. */
function classesInsteadOfStyles(node: Root | Element): void {
  node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const style = child.properties.style;
    if (typeof style === 'string') {
      const cls = tokenClass(style);
      if (cls) child.properties.className = [...((child.properties.className as string[] | undefined) ?? []), cls];
      delete child.properties.style;
    }
    classesInsteadOfStyles(child);
    return child.tagName === 'span' && Object.keys(child.properties).length === 0 ? child.children : [child];
  });
}

const noStyles: ShikiTransformer = {
  root(root) {
    classesInsteadOfStyles(root);
  },
};

const cache = new Map<string, string>();

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * `code` highlighted as `lang`: a <pre class="code"> with one class per
 * token. `values` maps placeholder tokens in `code` (each one whole token:
 * a string's content, a number, a comment's words) to what they stand for.
 */
export async function highlight(code: string, lang: CodeLang, values: Record<string, string> = {}): Promise<string> {
  const key = `${lang}\u0000${code}`;
  let html = cache.get(key);
  if (html === undefined) {
    const h = await shiki();
    // No time limit: on a busy machine the first lines of a language (its rules being compiled) would otherwise come out as one plain token.
    html = h.codeToHtml(code, { lang, theme: THEME, transformers: [noStyles], tokenizeTimeLimit: 0 }).replace(/^<pre class="[^"]*"/, `<pre class="code" data-lang="${lang}"`);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, html);
  }
  let out = html;
  for (const [placeholder, value] of Object.entries(values)) {
    // A placeholder the highlighter split between two tokens would be left behind: highlight the finished text instead.
    if (count(out, placeholder) !== count(code, placeholder)) return highlight(fill(code, values), lang);
    out = out.split(placeholder).join(escapeHtml(value));
  }
  return out;
}

/** The text a template stands for. */
export function fill(code: string, values: Record<string, string>): string {
  let out = code;
  for (const [placeholder, value] of Object.entries(values)) out = out.split(placeholder).join(value);
  return out;
}
