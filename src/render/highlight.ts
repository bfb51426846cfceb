/**
 * Build-time syntax highlighting with highlight.js, fit for a strict CSP:
 * tokens get classes (`tk-keyword`), never a `style` attribute; global.css
 * colours them in light and dark. highlight.js reads the four languages of
 * the snippets in tens of milliseconds, where Shiki's TextMate grammars
 * took about half a second of every build to compile (BENCHMARKS.md).
 *
 * Code pages show the same few snippets with another code name and other
 * numbers, and a large catalog has tens of thousands of pages, so a snippet
 * is highlighted once as a template whose variable parts are placeholder
 * tokens, and the values are put into the highlighted HTML.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import http from 'highlight.js/lib/languages/http';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import { escapeHtml } from './escape.ts';

export const CODE_LANGS = ['ts', 'python', 'shellscript', 'http'] as const;
export type CodeLang = (typeof CODE_LANGS)[number];

/** The page's language ids (the snippet tabs' values) and highlight.js's. */
const HLJS_NAME: Record<CodeLang, string> = { ts: 'typescript', python: 'python', shellscript: 'bash', http: 'http' };

const highlighter = hljs.newInstance();
highlighter.configure({ classPrefix: 'tk-' });
for (const [name, language] of Object.entries({ typescript, python, bash, http, json })) highlighter.registerLanguage(name, language);

const cache = new Map<string, string>();

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * `code` highlighted as `lang`: a <pre class="code"> with one class per
 * token. `values` maps placeholder tokens in `code` (each one whole token:
 * a string's content, a number, a comment's words) to what they stand for.
 */
export function highlight(code: string, lang: CodeLang, values: Record<string, string> = {}): string {
  const key = `${lang}\u0000${code}`;
  let html = cache.get(key);
  if (html === undefined) {
    // tabindex: a snippet wider than the screen scrolls, and a keyboard reaches it.
    html = `<pre class="code" data-lang="${lang}" tabindex="0"><code>${highlighter.highlight(code, { language: HLJS_NAME[lang], ignoreIllegals: true }).value}</code></pre>`;
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
