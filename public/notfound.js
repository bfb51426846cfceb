// The 404 page: a path that names a known code or alias, in any case, goes
// to that code's page; otherwise the closest codes are offered.
(() => {
  const data = JSON.parse(document.getElementById('errcat-codes')?.textContent || '{}');
  if (!data.codes) return;
  const parts = decodeURIComponent(location.pathname).split('/').filter(Boolean);
  const locale = data.locales.includes(parts[0]?.toLowerCase()) ? parts[0].toLowerCase() : data.defaultLocale;
  const norm = (s) => s.toUpperCase().replace(/[-\s]/g, '_');
  const providers = new Set(data.codes.map((c) => c[1]));
  const provider = parts.find((p) => providers.has(p.toLowerCase()))?.toLowerCase();
  for (const part of parts.slice().reverse()) {
    const hits = data.codes.filter((c) => norm(c[0]) === norm(part) && (!provider || c[1] === provider));
    if (hits.length === 1) return location.replace(`/${locale}/${hits[0][1]}/${hits[0][2]}/${location.hash}`);
    if (hits.length > 1) return location.replace(`/${locale}/e/${hits[0][0]}/`);
  }
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
  const best = data.codes
    .map((c) => ({ c, d: distance(last, norm(c[0])) }))
    .sort((x, y) => x.d - y.d)
    .slice(0, 5);
  const box = document.getElementById('closest');
  const list = box.querySelector('ul');
  for (const { c } of best) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/${locale}/${c[1]}/${c[2]}/`;
    a.textContent = `${c[0]} (${c[1]})`;
    li.append(a);
    list.append(li);
  }
  box.hidden = false;
})();
