// The only script on every page (about 1 KB gzip): it loads the search
// (engine, index, stemmer) when the reader starts to search (focuses the box,
// types, or presses "/"), and not before. The codes file is fetched at the
// same time as the search's code, not after it: it is what the first answer
// waits for.
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[type=search]');
if (form && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    performance.mark('search:start');
    const codes = fetch(`/search/${document.documentElement.dataset.locale ?? 'en'}.json`).then((r) => r.text());
    void import('./search-ui.ts').then((m) => m.start(form, input, codes));
    // Chromium takes 10-40 ms to make the first Intl.NumberFormat on a page, whoever makes it: made while the search's
    // code downloads, the count of the first results does not wait for it.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => new Intl.NumberFormat(document.documentElement.lang));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  document.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    e.preventDefault();
    input.focus();
  });
  if (new URLSearchParams(location.search).get('q')) start();
}
