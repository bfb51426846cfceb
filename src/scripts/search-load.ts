/**
 * Loads the search in the browser: the codes first (small, they answer the
 * first keystroke); the titles, the word index, MiniSearch and the stemmer
 * only after that first answer, so that on a large catalog their download
 * and parsing do not compete with it.
 */
import { CodeSearch } from '../search/engine.ts';
import { searchOptions, STEMMER_NAMES } from '../search/options.ts';
import type { Stemmer } from '../search/tokenize.ts';
import { loadWordsInSteps, responseLines } from '../search/word-file.ts';
import { wordIndexOf } from '../search/words.ts';

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
 * Lets the browser handle what is waiting (a keystroke) between two steps of
 * loading the word index: scheduler.yield() where there is one (no 4 ms clamp
 * on a series of timeouts), else a task of its own.
 */
function pause(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the steps one per idle period, in order, so that a keystroke waits for one step at most. */
function whenIdle(steps: (() => void)[]): void {
  const next = () => {
    steps.shift()?.();
    if (steps.length) requestIdleCallback(next);
  };
  requestIdleCallback(next);
}

export interface Loading {
  /** The titles have arrived (hits made before have an empty title). */
  onTitles: () => void;
  /** The word index is attached, or failed to load (then only codes are found). */
  onWords: () => void;
}

/** `codes` is the text of /search/{locale}.json, fetched by search-boot.ts. */
export function loadSearch(locale: string, lang: string, codes: Promise<string>, on: Loading): Promise<CodeSearch> {
  const name = STEMMER_NAMES[lang.split('-')[0]!.toLowerCase()];
  const loadTitles = () =>
    fetch(`/search/${locale}.titles.json`)
      .then((r) => r.text())
      .then((json) => {
        search.attachTitles(json);
        on.onTitles();
      });
  const loadWords = () =>
    Promise.all([
      fetch(`/search/${locale}.words.json`).then((r) => (r.ok ? r : Promise.reject(new Error(`${r.status} ${r.url}`)))),
      name && STEMMERS[name] ? STEMMERS[name]!().then((m) => m.stemmer) : Promise.resolve(undefined),
      import('minisearch'),
    ])
      .then(async ([response, stem, { default: minisearch }]) => {
        // A line of the file per task, as it arrives (word-file.ts): a large catalog's index takes a while, and
        // keystrokes are answered from the codes meanwhile.
        const options = searchOptions(stem);
        search.attachWords(wordIndexOf(await loadWordsInSteps(minisearch, responseLines(response), options, pause), options));
      })
      .catch((error: unknown) => console.error('errcat search: the word index did not load; searching codes only.', error))
      .finally(() => on.onWords());
  let search: CodeSearch;
  return codes.then((json) => {
    performance.mark('search:codes');
    search = CodeSearch.fromJSON(json);
    performance.mark('search:ready');
    // A task later: the first answer (a microtask of this promise) comes first. Then, while the word index
    // downloads, the code keys and indexes are made, so that the next keystrokes do not wait for them.
    setTimeout(() => {
      void loadTitles();
      void loadWords();
    }, 0);
    if ('requestIdleCallback' in window) whenIdle(search.preparations());
    return search;
  });
}
