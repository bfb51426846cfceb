// Picks the reader's language for `/` and the short links (/e/CODE/):
// the first browser language the site publishes, else the default locale.
// Pages that use it declare their locales in <meta name="errcat-locales">.
(() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const locales = JSON.parse(meta('errcat-locales') || '[]');
  const fallback = meta('errcat-default');
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language || ''];
  const pick = () => {
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
  const target = meta('errcat-target') || '/{locale}/';
  const locale = pick();
  if (locale) location.replace(target.replace('{locale}', locale) + location.hash);
})();
