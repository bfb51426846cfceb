/**
 * unsafe-markdown: catalog texts come from many hands and from imports.
 * Raw HTML, links with javascript:, data: or vbscript: targets, and links
 * written like a site path that browsers send to another host ("/\host/")
 * are refused: the site would strip or rewrite them, and a reader would not
 * get what the author meant. The MDX guides are held to the same rules
 * (guide-safety.ts).
 */
import type { Catalog } from '../catalog/load.ts';
import { codeFinding, fieldsWithMarkdown, providerFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { guideFindings } from './guide-safety.ts';
import { readMarkdown } from './markdown.ts';
import { isSafeHref, looksLikeSitePath, schemelessHost } from '../catalog/safe-href.ts';

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
        out.push(providerFinding(id, provider, { severity: 'error', at: ['summary', locale], locales: [locale], message: `The ${locale} summary of ${provider.name} contains ${what}, which pages never render.`, hint: 'Write it in Markdown with https:// links.' }));
    }
  }
  for (const provider of catalog.providers) {
    provider.links.forEach((l, n) => {
      if (looksLikeSitePath(l.href)) out.push(providerFinding(id, provider, { severity: 'error', at: ['links', n, 'href'], message: `links[${n}] of ${provider.name} is "${l.href}", ${leaves(l.href)}`, hint: HINT_PATH }));
    });
    for (const code of provider.codes)
      code.links.forEach((l, n) => {
        if (looksLikeSitePath(l.href)) out.push(codeFinding(id, code, { severity: 'error', at: ['links', n, 'href'], message: `links[${n}] is "${l.href}", ${leaves(l.href)}`, hint: HINT_PATH }));
      });
  }
  for (const f of fieldsWithMarkdown(catalog)) {
    const md = f.md;
    for (const url of md.links)
      if (looksLikeSitePath(url)) out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} links to "${url.slice(0, 40)}", ${leaves(url)}`, hint: HINT_PATH }));
    for (const html of md.html)
      out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} contains raw HTML (${html.slice(0, 40)}); pages never render raw HTML from the catalog.`, hint: 'Write it in Markdown: `code`, *emphasis*, [links](https://...), lists.' }));
    for (const url of md.links)
      if (!isSafeHref(url))
        out.push(codeFinding(id, f.code, { severity: 'error', at: f.at, locales: [f.locale], message: `The ${f.locale} ${f.field} links to "${url.slice(0, 40)}", a kind of link that can run code in a reader's browser.`, hint: 'Link to an https:// address or a site path.' }));
  }
  for (const guide of catalog.guides) out.push(...guideFindings(guide, id));
  return out;
}

const HINT_PATH = 'Write the link with https:// if it is meant to leave the site, or as a path with forward slashes only if it is a page of this site.';

function leaves(href: string): string {
  return `which reads as a path on this site, but browsers send it to ${schemelessHost(href)}.`;
}

export const check: Check = { id, summary: 'raw HTML or javascript:/data: links in a text; code, event handlers and script links in a guide', run };
