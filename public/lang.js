// The reader's language, for pages that are the same in every language:
// `/`, the short links (/e/CODE/, /provider/CODE/) and the not-found page.
// `errcatLocale()` gives the first browser language the site publishes,
// else the default locale; pages declare their locales in
// <meta name="errcat-locales">. A page with <meta name="errcat-target">
// goes there at once, in that language.
(() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const locales = JSON.parse(meta('errcat-locales') || '[]');
  const fallback = meta('errcat-default');
  window.errcatLocale = () => {
    const wanted = navigator.languages?.length ? navigator.languages : [navigator.language || ''];
    for (const tag of wanted) {
      const lower = tag.toLowerCase();
      const exact = locales.find((l) => l.lang.toLowerCase() === lower || l.id === lower);
      if (exact) return exact.id;
      const base = lower.split('-')[0];
      const loose = locales.find((l) => l.id.split('-')[0] === base || l.lang.toLowerCase().split('-')[0] === base);
      if (loose) return loose.id;
    }
    return fallback;
  };
  const target = meta('errcat-target');
  const locale = target && window.errcatLocale();
  if (locale) location.replace(target.replace('{locale}', locale) + location.search + location.hash);
})();
