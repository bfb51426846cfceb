/**
 * unsafe-markdown: catalog texts come from many hands and from imports.
 * Raw HTML, links with javascript:, data: or vbscript: targets, and links
 * written like a site path that browsers send to another host ("/\host/")
 * are refused: the site would strip or rewrite them, and a reader would not
 * get what the author meant. One finding per text, at the first such thing.
 * The MDX guides are held to the same rules (guide-safety.ts).
 */
import type { Catalog } from '../catalog/load.ts';
import { readMarkdown, type MarkdownFacts } from '../catalog/text/read.ts';
import { codeFinding, fieldFinding, fieldsWithMarkdown, listSome, providerFinding, type Check } from './check.ts';
import { inLocale } from '../catalog/localized.ts';
import type { Finding } from './finding.ts';
import { guideFindings } from './guide-safety.ts';
import { isSafeHref, looksLikeSitePath, schemelessHost } from '../catalog/safe-href.ts';

export { isSafeHref };

export const id = 'unsafe-markdown';

const HINT_PATH = 'Write the link with https:// if it is meant to leave the site, or as a path with forward slashes only if it is a page of this site.';

function leaves(href: string): string {
  return `which reads as a path on this site, but browsers send it to ${schemelessHost(href)}`;
}

/** What a text holds that pages never render or send elsewhere, in text order, with where each is. */
function unsafe(md: MarkdownFacts): { what: string; at: number; leaves?: true }[] {
  const found = [
    ...md.html.map((h, k) => ({ what: `raw HTML (${h.slice(0, 40)})`, at: md.htmlAt[k]! })),
    ...md.links.flatMap((u, k) => {
      if (!isSafeHref(u)) return [{ what: `a link to "${u.slice(0, 40)}"`, at: md.linkAt[k]! }];
      if (looksLikeSitePath(u)) return [{ what: `a link to "${u.slice(0, 40)}", ${leaves(u)}`, at: md.linkAt[k]!, leaves: true as const }];
      return [];
    }),
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
        out.push(providerFinding(id, provider, { severity: 'error', at: ['summary', locale], locales: [locale], message: `The ${locale} summary of ${inLocale(provider.name, catalog.site.sourceLocale, catalog.site.sourceLocale)} contains ${listSome(found.map((x) => x.what))}, which pages never render.`, hint: 'Write it in Markdown with https:// links.' }));
    }
    provider.links.forEach((l, n) => {
      if (looksLikeSitePath(l.href)) out.push(providerFinding(id, provider, { severity: 'error', at: ['links', n, 'href'], message: `links[${n}] of ${inLocale(provider.name, catalog.site.sourceLocale, catalog.site.sourceLocale)} is "${l.href}", ${leaves(l.href)}.`, hint: HINT_PATH }));
    });
    for (const code of provider.codes)
      code.links.forEach((l, n) => {
        if (looksLikeSitePath(l.href)) out.push(codeFinding(id, code, { severity: 'error', at: ['links', n, 'href'], message: `links[${n}] is "${l.href}", ${leaves(l.href)}.`, hint: HINT_PATH }));
      });
  }
  for (const f of fieldsWithMarkdown(catalog)) {
    const found = unsafe(f.md);
    if (!found.length) continue;
    const what = `The ${f.locale} ${f.field} contains ${listSome(found.map((x) => x.what))}`;
    // Links that only leave the site unseen get their own words; anything else is what pages never render.
    if (found.every((x) => x.leaves)) out.push(fieldFinding(id, f, found[0]!.at, { severity: 'error', locales: [f.locale], message: `${what}.`, hint: HINT_PATH }));
    else out.push(fieldFinding(id, f, found[0]!.at, { severity: 'error', locales: [f.locale], message: `${what}; pages never render raw HTML from the catalog, nor links that can run code in a reader's browser.`, hint: 'Write it in Markdown: `code`, *emphasis*, [links](https://...), lists; link to an https:// address, or a site path with forward slashes only.' }));
  }
  for (const guide of catalog.guides) out.push(...guideFindings(guide, id));
  return out;
}

export const check: Check = { id, summary: 'raw HTML, javascript:/data: links, and links that leave the site unseen, in a text or guide', run };
