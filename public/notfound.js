// The not-found page. A path that names a known code or alias, in any case,
// goes to that code's page, in the path's language or else the reader's
// (errcatLocale() from /lang.js). A path in another language than this
// page's goes to that language's not-found page (/404.html is what hosts
// serve for every missing path), which puts the path back in the address
// bar. Otherwise the nearest codes are offered, those of the provider the
// path names first.
(() => {
  const data = JSON.parse(document.getElementById('errcat-codes')?.textContent || '{}');
  if (!data.codes) return;
  const params = new URLSearchParams(location.search);
  const given = params.get('path');
  const handedOver = !!given && given.startsWith('/') && !given.startsWith('//');
  const path = handedOver ? given : location.pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape: read the path as it is
  }
  const parts = decoded.split('/').filter(Boolean);
  const pathLocale = data.locales.includes(parts[0]?.toLowerCase()) ? parts[0].toLowerCase() : undefined;
  const locale = pathLocale || (window.errcatLocale && window.errcatLocale()) || data.locale;
  const norm = (s) => s.toUpperCase().replace(/[-\s]/g, '_');
  const provider = parts.find((p) => p.toLowerCase() in data.providers)?.toLowerCase();
  for (const part of parts.slice().reverse()) {
    const hits = data.codes.filter((c) => norm(c[0]) === norm(part) && (!provider || c[1] === provider));
    const targets = new Set(hits.map((c) => `${c[1]}/${c[2]}`));
    if (targets.size === 1) return location.replace(`/${locale}/${hits[0][1]}/${hits[0][2]}/${location.hash}`);
    if (targets.size > 1) return location.replace(`/${locale}/e/${hits[0][0]}/`);
  }
  if (locale !== data.locale && !handedOver && data.notFound[locale]) return location.replace(`${data.notFound[locale]}?path=${encodeURIComponent(path)}`);
  if (handedOver) history.replaceState(null, '', path);
  else if (path === data.notFound[data.locale]) return;
  const last = norm(parts[parts.length - 1] || '');
  if (!last) return;
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length];
  };
  // One entry per code (its aliases count towards it): the named provider's three nearest, then the nearest of the others.
  const best = new Map();
  for (const [name, p, code] of data.codes) {
    const d = distance(last, norm(name));
    const key = `${p}/${code}`;
    if (!best.has(key) || best.get(key).d > d) best.set(key, { p, code, d });
  }
  const byDistance = [...best.values()].sort((x, y) => x.d - y.d || x.code.localeCompare(y.code));
  const mine = provider ? byDistance.filter((x) => x.p === provider).slice(0, 3) : [];
  const nearest = [...mine, ...byDistance.filter((x) => x.p !== provider).slice(0, 5 - mine.length + (provider ? 1 : 0))];
  const box = document.getElementById('closest');
  const list = box.querySelector('ul');
  for (const { p, code } of nearest) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/${locale}/${p}/${code}/`;
    const c = document.createElement('code');
    c.textContent = code;
    a.append(c);
    li.append(a, ` · ${data.providers[p]}`);
    list.append(li);
  }
  box.hidden = false;
})();
