/**
 * What an MDX guide may hold, for the check that reports it
 * (checks/guide-safety.ts) and the renderer that strips it
 * (render/guide-sanitize.ts): Markdown, HTML elements without event
 * handlers or script links, and the project's own components (imported from
 * src/components/, given plain attribute values). No other import, no
 * export, no JavaScript expression: a guide's code runs when the site is
 * built, and its output runs in every reader's browser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSafeHref, looksLikeSitePath } from './safe-href.ts';

/** The components a guide may import: src/components/ of this project. */
export const COMPONENTS_DIR = fileURLToPath(new URL('../components/', import.meta.url));

/** Elements that run or load code, restyle the page, or send the reader elsewhere. */
export const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'form', 'portal']);

/** Attributes that hold a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping']);

/** Why an attribute with a plain value is not allowed on an HTML element, or undefined. */
export function attributeProblem(name: string, value: string | null | undefined): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return `the event handler ${name}, which runs script`;
  if (lower === 'dangerouslysetinnerhtml') return 'dangerouslySetInnerHTML, which writes raw HTML';
  if (lower === 'srcdoc') return 'srcdoc, which holds a whole page';
  if (lower === 'set:html') return 'set:html, which Astro writes as raw HTML';
  if (lower === 'define:vars') return 'define:vars, which Astro writes into a script';
  if (lower === 'style') return 'a style attribute, which the site\'s Content Security Policy refuses';
  if (URL_ATTRIBUTES.has(lower) && typeof value === 'string') return urlProblem(value);
  return undefined;
}

/** Why a link or image target is not allowed, or undefined. */
export function urlProblem(url: string): string | undefined {
  if (!isSafeHref(url)) return `a link to "${url.slice(0, 40)}", which can run code in a reader's browser`;
  if (looksLikeSitePath(url)) return `a link to "${url.slice(0, 40)}", which reads as a path on this site but leads to another host`;
  return undefined;
}

/** The alias a guide imports components through, wherever its content folder is (astro.config.mjs maps it). */
export const COMPONENTS_ALIAS = '@components/';

/** Whether a guide at `guideFile` may import `source`: a file in src/components/, by alias or by path. */
export function importAllowed(guideFile: string, source: string): boolean {
  if (source.startsWith(COMPONENTS_ALIAS)) return !source.split('/').includes('..');
  if (!source.startsWith('.') && !path.isAbsolute(source)) return false;
  return path.resolve(path.dirname(guideFile), source).startsWith(COMPONENTS_DIR);
}

/** Whether a JSX name is a component (capitalized or dotted), not an HTML element. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}
