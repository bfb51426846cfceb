/** Text made safe inside HTML, escaped as Astro escapes an expression's text: & < > ' " become entities. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>'"]/g, (c) => ENTITIES[c]!);
}
