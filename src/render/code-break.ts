/**
 * A code name that may break after each underscore, not inside a word. The
 * break is an empty span whose CSS adds a zero-width space with empty
 * alternative text (`.brk` in global.css): unlike <wbr>, it leaves the
 * accessible name and the copied text the code itself ("ERROR_ZERO", never
 * "ERROR_ ZERO").
 */
import { escapeHtml } from './escape.ts';

export const BREAK_CLASS = 'brk';

/** HTML for `code` with a break opportunity after each underscore. */
export function breakableCode(code: string): string {
  return escapeHtml(code).replace(/_/g, `_<span class="${BREAK_CLASS}"></span>`);
}
