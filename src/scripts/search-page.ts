/**
 * The results page, /{locale}/search/?q=…: the same search as the box, every
 * result (50 at a time), the provider filter of the header, and the same
 * sentence about how the query was read. Without a query, or without
 * JavaScript, the page lists every code instead.
 */
import type { CodeSearch } from '../search/engine.ts';
import { element, fillHit, fillReadAs, resultsUrl, Texts } from './search-view.ts';

const PAGE = 50;

interface Setup {
  locale: string;
  /** The header's provider filter. */
  select: HTMLSelectElement;
  /** The provider whose pages the reader came from (?from=, or the filter they came with). */
  context?: string;
}

/** Shows the results on the results page; `redraw()` after the filter or the search's data change. Undefined elsewhere. */
export function showResultsPage(search: CodeSearch, t: Texts, { locale, select, context }: Setup): { redraw: () => void } | undefined {
  const container = document.getElementById('search-results');
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (!container || !q) return undefined;
  const heading = document.querySelector('h1');
  const title = t.get('resultsFor', { q });
  if (heading) heading.textContent = title;
  document.title = document.title.replace(/^[^·]*/, `${title} `);
  document.getElementById('all-codes')?.setAttribute('hidden', '');
  document.querySelector('.lead')?.setAttribute('hidden', '');
  // The count is announced when it changes (the filter, the word index arriving); the list itself is not read out.
  const count = element('p', { class: 'search-count', role: 'status' });
  const note = element('p', { class: 'r-note' });
  const body = element('div');
  container.replaceChildren(note, count, body);
  let shown = PAGE;

  const redraw = () => {
    const provider = select.value || undefined;
    history.replaceState(null, '', resultsUrl(locale, q, provider, context));
    const results = search.search(q, { provider, context, limit: Infinity });
    const parts: HTMLElement[] = [];
    fillReadAs(note, results, t);
    const loading = !results.hits.length && !search.hasWords;
    const nothing = loading ? t.get('loading') : provider && results.elsewhere ? t.get('noneHere', { provider: select.selectedOptions[0]?.text ?? '' }) : t.get('none');
    count.replaceChildren(results.hits.length ? t.count(results.total) : nothing);
    if (provider && results.elsewhere) {
      const all = document.createElement('button');
      all.type = 'button';
      all.className = 'search-all';
      all.textContent = t.get('elsewhere', { n: results.elsewhere });
      all.addEventListener('click', () => {
        select.value = '';
        redraw();
      });
      parts.push(all);
    }
    if (results.hits.length) {
      const list = document.createElement('ol');
      list.className = 'search-list';
      for (const hit of results.hits.slice(0, shown)) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = hit.url;
        fillHit(a, hit);
        li.append(a);
        list.append(li);
      }
      parts.push(list);
      const rest = results.hits.length - shown;
      if (rest > 0) {
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        more.textContent = t.get('showMore', { n: Math.min(rest, PAGE) });
        more.addEventListener('click', () => {
          shown += PAGE;
          redraw();
          body.querySelectorAll<HTMLAnchorElement>('.search-list a')[shown - PAGE]?.focus();
        });
        parts.push(more);
      }
    }
    body.replaceChildren(...parts);
  };
  redraw();
  return { redraw };
}
