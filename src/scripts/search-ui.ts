/**
 * The search box as an ARIA combobox (WAI-ARIA APG "list autocomplete"):
 * arrows move through the results, Enter opens one, Escape closes the list,
 * a provider filter narrows it. Loaded on demand by search-boot.ts.
 */
import { searchOptions, STEMMER_NAMES } from '../search/options.ts';
import { CodeSearch, type Hit } from '../search/engine.ts';
import { wordIndex } from '../search/words.ts';
import type { Stemmer } from '../search/tokenize.ts';

const STEMMERS: Record<string, () => Promise<{ stemmer: Stemmer }>> = {
  english: () => import('@orama/stemmers/english'),
  russian: () => import('@orama/stemmers/russian'),
  german: () => import('@orama/stemmers/german'),
  french: () => import('@orama/stemmers/french'),
  spanish: () => import('@orama/stemmers/spanish'),
  portuguese: () => import('@orama/stemmers/portuguese'),
  italian: () => import('@orama/stemmers/italian'),
  dutch: () => import('@orama/stemmers/dutch'),
  ukrainian: () => import('@orama/stemmers/ukrainian'),
  turkish: () => import('@orama/stemmers/turkish'),
};

/**
 * The codes first (small, they answer the first keystroke); the titles, the
 * word index, MiniSearch and the stemmer only after that first answer, so
 * that on a large catalog their download and parsing do not compete with it.
 */
function loadIndex(locale: string, lang: string, codes: Promise<string>, onTitles: () => void, onWords: () => void): Promise<CodeSearch> {
  const name = STEMMER_NAMES[lang.split('-')[0]!.toLowerCase()];
  const loadTitles = () =>
    fetch(`/search/${locale}.titles.json`)
      .then((r) => r.text())
      .then((json) => {
        search.attachTitles(json);
        onTitles();
      });
  // onWords is called once the word index is attached, or has failed to load (then only codes are found).
  const loadWords = () =>
    Promise.all([
      fetch(`/search/${locale}.words.json`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.url}`)))),
      name && STEMMERS[name] ? STEMMERS[name]!().then((m) => m.stemmer) : Promise.resolve(undefined),
      import('minisearch'),
    ]).then(
      ([json, stem, { default: minisearch }]) =>
        // In a task of its own (loading the index takes a while on a large catalog), so that a keystroke already
        // waiting is answered from the codes first.
        setTimeout(() => {
          try {
            search.attachWords(wordIndex(minisearch, json, searchOptions(stem)));
          } finally {
            onWords();
          }
        }, 0),
      (error: unknown) => {
        console.error('errcat search: the word index did not load; searching codes only.', error);
        onWords();
      },
    );
  let search: CodeSearch;
  return codes.then((json) => {
    performance.mark('search:codes');
    search = CodeSearch.fromJSON(json);
    performance.mark('search:ready');
    // A task later: the first answer (a microtask of this promise) comes first. Then, while the word index
    // downloads, the code keys are made, so that the next keystroke does not wait for them.
    setTimeout(() => {
      void loadTitles();
      void loadWords();
    }, 0);
    if ('requestIdleCallback' in window) requestIdleCallback(() => search.prepare());
    return search;
  });
}

/** Starts the search box; `codes` is the text of /search/{locale}.json, fetched by search-boot.ts. */
export function start(form: HTMLFormElement, input: HTMLInputElement, codes: Promise<string>): void {
  performance.mark('search:ui');
  const html = document.documentElement;
  const locale = html.dataset.locale ?? 'en';
  const text = form.dataset;
  const listbox = document.createElement('ul');
  listbox.id = 'search-listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', text.results ?? 'Results');
  listbox.className = 'search-results';
  listbox.hidden = true;
  const status = document.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  const select = document.createElement('select');
  select.className = 'search-provider';
  select.setAttribute('aria-label', text.provider ?? 'Provider');
  select.append(new Option(text.allProviders ?? 'All providers', ''));
  form.append(select, listbox, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let hits: Hit[] = [];
  let active = -1;
  let index: CodeSearch | undefined;
  // Until the word index has arrived only codes are searched, so "no results" would be premature.
  let wordsPending = true;
  const ready = loadIndex(
    locale,
    html.lang,
    codes,
    // The titles fill in the results on screen, keeping the one the reader has moved to.
    () => {
      hits = hits.map((h) => ({ ...h, title: index!.title(h.id) }));
      listbox.querySelectorAll('.r-title').forEach((span, i) => (span.textContent = hits[i]?.title ?? ''));
    },
    // The word index can change the results while the reader is moving through them: the one they had moved to
    // stays chosen if it is still among them.
    () => {
      wordsPending = false;
      performance.mark('search:words');
      if (!listbox.hidden) update(true);
    },
  ).then((i) => {
    index = i;
    for (const [id, name] of i.providers()) select.append(new Option(name, id));
    const fromUrl = new URLSearchParams(location.search);
    if (fromUrl.get('provider')) select.value = fromUrl.get('provider')!;
    if (fromUrl.get('q') && !input.value) input.value = fromUrl.get('q')!;
    if (input.value) update();
  });

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (n: number) => {
    const items = listbox.querySelectorAll<HTMLLIElement>('[role=option]');
    if (!items.length) return;
    active = (n + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const li = items[active]!;
    input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  };

  function render() {
    listbox.replaceChildren();
    hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = `search-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.url = h.url;
      const code = document.createElement('span');
      code.className = 'r-code';
      code.textContent = h.code;
      const meta = document.createElement('span');
      meta.className = 'r-meta';
      meta.textContent = `${h.providerName} · HTTP ${h.http} · ${h.retry}`;
      const title = document.createElement('span');
      title.className = 'r-title';
      title.textContent = h.title;
      li.append(code, title, meta);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => location.assign(h.url));
      listbox.append(li);
    });
    const loading = !hits.length && wordsPending;
    if (!hits.length && input.value.trim()) {
      const li = document.createElement('li');
      li.className = 'r-none';
      li.textContent = (loading ? text.loading : text.none) ?? 'No results';
      listbox.append(li);
    }
    listbox.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    status.textContent = !input.value.trim() ? '' : loading ? (text.loading ?? '') : (text.count ?? '{n}').replace('{n}', String(hits.length));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  /** Searches again; with `keep`, the option the reader has moved to stays chosen if it is still found. */
  function update(keep = false) {
    if (!index) return;
    const chosen = keep && active >= 0 ? hits[active]?.id : undefined;
    hits = index.search(input.value, { provider: select.value || undefined }).hits;
    render();
    const at = chosen === undefined ? -1 : hits.findIndex((h) => h.id === chosen);
    if (at >= 0) setActive(at);
  }

  input.addEventListener('input', () => (index ? update() : void ready.then(() => update())));
  select.addEventListener('change', () => {
    update();
    input.focus();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (listbox.hidden && input.value.trim()) update();
      setActive(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !listbox.hidden) {
        e.preventDefault();
        location.assign(hit.url);
      }
    } else if (e.key === 'Escape') {
      // The first Escape closes the list and keeps the query (a search input would clear itself); the second clears it.
      if (!listbox.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== select) close(); }, 100));
}
