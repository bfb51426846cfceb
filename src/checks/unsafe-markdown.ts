/**
 * unsafe-markdown: catalog texts come from many hands and from imports.
 * Raw HTML, and links with javascript:, data: or vbscript: targets, are
 * refused: the site would strip them anyway, and a reader would lose what
 * the author meant. One finding per text, at the first such thing.
 */
import type { Catalog } from '../catalog/load.ts';
import { readMarkdown, type MarkdownFacts } from '../catalog/text/read.ts';
import { fieldFinding, fieldsWithMarkdown, listSome, providerFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { isSafeHref } from '../catalog/safe-href.ts';

export { isSafeHref };

export const id = 'unsafe-markdown';

/** What a text holds that pages never render, in text order, with where each is. */
function unsafe(md: MarkdownFacts): { what: string; at: number }[] {
  const found = [
    ...md.html.map((h, k) => ({ what: `raw HTML (${h.slice(0, 40)})`, at: md.htmlAt[k]! })),
    ...md.links.flatMap((u, k) => (isSafeHref(u) ? [] : [{ what: `a link to "${u.slice(0, 40)}"`, at: md.linkAt[k]! }])),
  ];
  return found.sort((a, b) => a.at - b.at);
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  // Provider summaries are Markdown too.
  for (const provider of catalog.providers) {
    for (const [locale, summary] of Object.entries(provider.summary)) {
      const found = unsafe(readMarkdown(summary));
      if (found.length)
        out.push(providerFinding(id, provider, { severity: 'error', at: ['summary', locale], locales: [locale], message: `The ${locale} summary of ${provider.name} contains ${listSome(found.map((x) => x.what))}, which pages never render.`, hint: 'Write it in Markdown with https:// links.' }));
    }
  }
  for (const f of fieldsWithMarkdown(catalog)) {
    const found = unsafe(f.md);
    if (!found.length) continue;
    out.push(fieldFinding(id, f, found[0]!.at, { severity: 'error', locales: [f.locale], message: `The ${f.locale} ${f.field} contains ${listSome(found.map((x) => x.what))}; pages never render raw HTML from the catalog, nor links that can run code in a reader's browser.`, hint: 'Write it in Markdown: `code`, *emphasis*, [links](https://...), lists; link to an https:// address or a site path.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'raw HTML or javascript:/data: links in a text', run };
