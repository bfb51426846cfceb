/**
 * The search box as an ARIA combobox (WAI-ARIA APG "list autocomplete"):
 * arrows move through the results, Enter opens one, Escape closes the list.
 * On a provider's pages the provider filter starts at that provider; the
 * list says how the query was read (a corrected typo, the nearest codes, a
 * code found in pasted text), how many codes match, and ends with options
 * that search all providers and open the results page. Loaded on demand by
 * search-boot.ts.
 */
import type { CodeSearch, Hit, Results } from '../search/engine.ts';
import { loadSearch } from './search-load.ts';
import { element, fillHit, fillReadAs, providerOfPage, readAs, resultsUrl, sentences, Texts } from './search-view.ts';

/** An entry of the list: a code, or an action (search all providers, open the results page). */
type Entry = { hit: Hit } | { action: () => void };

/**
 * Runs `f` once the reader has paused typing and the browser is idle, so
 * that it never delays the answer to a keystroke; returns how to cancel it.
 * (Safari before 18 has no requestIdleCallback.)
 */
function whenPaused(f: () => void): () => void {
  let idle: number | undefined;
  const pause = window.setTimeout(() => (idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(f) : window.setTimeout(f, 0)), 250);
  return () => {
    clearTimeout(pause);
    if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
  };
}

/** Starts the search box; `codes` is the text of /search/{locale}.json, fetched by search-boot.ts. */
export function start(form: HTMLFormElement, input: HTMLInputElement, codes: Promise<string>): void {
  performance.mark('search:ui');
  const html = document.documentElement;
  const locale = html.dataset.locale ?? 'en';
  const popup = element('div', { class: 'search-results' });
  popup.hidden = true;
  const note = element('p', { class: 'r-note', id: 'search-note' });
  const listbox = element('ul', { id: 'search-listbox', role: 'listbox' });
  const empty = element('p', { class: 'r-none' });
  // The count, visible at the top (the status announces it): the option that shows all results is at the bottom.
  const count = element('p', { class: 'r-count', 'aria-hidden': 'true' });
  popup.append(note, count, empty, listbox);
  const status = element('div', { class: 'sr-only', role: 'status' });
  const select = element('select', { class: 'search-provider' });
  form.append(select, popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let results: Results = { hits: [], total: 0, elsewhere: 0 };
  let entries: Entry[] = [];
  let active = -1;
  let index: CodeSearch | undefined;
  let t: Texts;
  let context: string | undefined;
  // Until the word index has arrived only codes are searched, so "no results" would be premature.
  let wordsPending = true;
  let cancelCount: (() => void) | undefined;
  let page: { redraw: () => void } | undefined;
  // The results page's own code, only there, loading beside the codes.
  const pageCode = document.getElementById('search-results') ? import('./search-page.ts') : undefined;
  const ready = loadSearch(locale, html.lang, codes, {
    // The titles fill in the results on screen, keeping the one the reader has moved to.
    onTitles: () => {
      listbox.querySelectorAll('[role=option]').forEach((li, i) => {
        const entry = entries[i];
        if (entry && 'hit' in entry) li.querySelector('.r-title')!.textContent = (entry.hit.title = index!.title(entry.hit.id));
      });
      page?.redraw();
    },
    // The word index can change the results while the reader is moving through them: the one they had moved to
    // stays chosen if it is still among them.
    onWords: () => {
      wordsPending = false;
      performance.mark('search:words');
      if (!popup.hidden) update(true);
      page?.redraw();
    },
  }).then((search) => {
    index = search;
    t = new Texts(search, html.lang);
    listbox.setAttribute('aria-label', t.get('results'));
    select.setAttribute('aria-label', search.ui.provider ?? 'Provider');
    select.append(new Option(t.get('allProviders'), ''));
    for (const [id, name] of search.providers()) select.append(new Option(name, id));
    const params = new URLSearchParams(location.search);
    context = providerOfPage(search) ?? params.get('from') ?? params.get('provider') ?? undefined;
    select.value = params.get('provider') ?? providerOfPage(search) ?? '';
    if (params.get('q') && !input.value) input.value = params.get('q')!;
    if (input.value && document.activeElement === input) update();
    return pageCode?.then(
      (m) => void (page = m.showResultsPage(search, t, { locale, select, context })),
      (error: unknown) => console.error('errcat search: the results page did not load; the box still works.', error),
    );
  });

  const options = () => listbox.querySelectorAll<HTMLLIElement>('[role=option]');
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (n: number) => {
    const items = options();
    if (!items.length) return;
    active = (n + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const li = items[active]!;
    input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  };
  const activate = (entry: Entry) => ('hit' in entry ? location.assign(entry.hit.url) : entry.action());
  const query = () => input.value.trim();
  const toPage = () => location.assign(resultsUrl(locale, query(), select.value || undefined, context));
  const searchAll = () => {
    select.value = '';
    update();
    input.focus();
  };

  /** The options after the hits: search all providers, when the filter leaves some out; the results page, when the list is cut. */
  function actions(): Entry[] {
    const out: Entry[] = [];
    if (select.value && (results.elsewhere || results.counted === false)) out.push({ action: searchAll });
    if (results.total > results.hits.length || results.counted === false) out.push({ action: toPage });
    return out;
  }
  const actionText = (entry: Entry) => {
    const counted = results.counted !== false;
    if ('hit' in entry) return '';
    if (entry.action === searchAll) return results.elsewhere && counted ? t.get('elsewhere', { n: results.elsewhere }) : t.get('elsewhereUncounted');
    return counted ? t.get('showAll', { n: results.total }) : t.get('showAllUncounted');
  };

  function render() {
    const q = query();
    entries = [...results.hits.map((hit) => ({ hit })), ...(q ? actions() : [])];
    listbox.replaceChildren(
      ...entries.map((entry, i) => {
        const li = document.createElement('li');
        li.id = `search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        if ('hit' in entry) fillHit(li, entry.hit);
        else {
          li.className = 'r-action';
          li.textContent = actionText(entry);
        }
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => activate(entry));
        return li;
      }),
    );
    const readNote = readAs(results, t);
    fillReadAs(note, results, t);
    const loading = !results.hits.length && wordsPending;
    const provider = select.selectedOptions[0]?.text ?? '';
    const nothing = loading ? t.get('loading') : select.value && results.elsewhere ? t.get('noneHere', { provider }) : t.get('none');
    empty.textContent = nothing;
    empty.hidden = results.hits.length > 0 || !q;
    listbox.hidden = !entries.length;
    popup.hidden = !q;
    input.setAttribute('aria-expanded', String(!popup.hidden));
    status.textContent = !q ? '' : !results.hits.length ? nothing : sentences(readNote, countText());
    showCount();
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }
  const showCount = () => {
    count.textContent = results.hits.length ? countText() : '';
    count.hidden = !count.textContent;
  };
  const countText = () =>
    results.counted === false ? '' : results.total > results.hits.length ? t.get('shown', { shown: results.hits.length, n: results.total }) : t.count(results.total);

  /** Searches again; with `keep`, the option the reader has moved to stays chosen if it is still found. */
  function update(keep = false) {
    if (!index) return;
    cancelCount?.();
    const chosen = keep && active >= 0 ? entries[active] : undefined;
    const options = { provider: select.value || undefined, context };
    results = index.search(input.value, { ...options, countAll: false });
    render();
    const at = !chosen ? -1 : 'hit' in chosen ? results.hits.findIndex((h) => h.id === chosen.hit.id) : entries.findIndex((e) => 'action' in e && e.action === chosen.action);
    if (at >= 0) setActive(at);
    // The keystroke is answered; count every result once the reader pauses, and say how many.
    if (results.counted === false) {
      const q = input.value;
      cancelCount = whenPaused(() => {
        cancelCount = undefined;
        if (input.value !== q || !index) return;
        results = index.search(q, options);
        const moved = active;
        const actionItems = listbox.querySelectorAll('.r-action');
        entries = [...results.hits.map((hit) => ({ hit })), ...actions()];
        // The hits are the same; only the actions and the count change.
        if (actionItems.length === entries.length - results.hits.length) actionItems.forEach((li, i) => (li.textContent = actionText(entries[results.hits.length + i]!)));
        else render();
        status.textContent = sentences(readAs(results, t), countText());
        showCount();
        if (moved >= 0 && moved < entries.length) setActive(moved);
      });
    }
  }

  input.addEventListener('input', () => (index ? update() : void ready.then(() => update())));
  select.addEventListener('change', () => {
    update();
    page?.redraw();
    input.focus();
  });
  form.addEventListener('submit', (e) => {
    if (!index || !query()) return;
    e.preventDefault();
    toPage();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (popup.hidden && query()) update();
      setActive(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter') {
      const entry = entries[active >= 0 ? active : 0];
      if (entry && !popup.hidden) {
        e.preventDefault();
        activate(entry);
      }
    } else if (e.key === 'Escape') {
      // The first Escape closes the list and keeps the query (a search input would clear itself); the second clears it.
      if (!popup.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(() => document.activeElement !== select && close(), 100));
}
