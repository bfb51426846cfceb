/**
 * unsafe-markdown: catalog texts come from many hands and from imports.
 * Raw HTML, and links with javascript:, data: or vbscript: targets, are
 * refused: the site would strip them anyway, and a reader would lose what
 * the author meant.
 */
import type { Catalog } from '../catalog/load.ts';
import { inLocale } from '../catalog/localized.ts';
import { codeFinding, fieldsWithMarkdown, providerFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { readMarkdown } from './markdown.ts';
import { isSafeHref } from '../catalog/safe-href.ts';

export { isSafeHref };

export const id = 'unsafe-markdown';

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  // Provider summaries are Markdown too.
  for (const provider of catalog.providers) {
    for (const [locale, summary] of Object.entries(provider.summary)) {
      const md = readMarkdown(summary);
      const bad = [...md.html.map((h) => `raw HTML (${h.slice(0, 40)})`), ...md.links.filter((u) => !isSafeHref(u)).map((u) => `a link to "${u.slice(0, 40)}"`)];
      for (const what of bad)
        out.push(providerFinding(id, provider, { severity: 'error', at: ['summary', locale], locales: [locale], message: `The ${locale} summary of ${inLocale(provider.name, catalog.site.sourceLocale, catalog.site.sourceLocale)} contains ${what}, which pages never render.`, hint: 'Write it in Markdown with https:// links.' }));
    }
  }
  for (const f of fieldsWithMarkdown(catalog)) {
    const md = f.md;
    for (const html of md.html)
      out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} contains raw HTML (${html.slice(0, 40)}); pages never render raw HTML from the catalog.`, hint: 'Write it in Markdown: `code`, *emphasis*, [links](https://...), lists.' }));
    for (const url of md.links)
      if (!isSafeHref(url))
        out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} links to "${url.slice(0, 40)}", a kind of link that can run code in a reader's browser.`, hint: 'Link to an https:// address or a site path.' }));
  }
  return out;
}

export const check: Check = { id, summary: 'raw HTML or javascript:/data: links in a text', run };
