/**
 * Sizes of a built site: the whole dist/, the search indexes, and per page
 * type (home, provider index, code page) the bytes a reader downloads before
 * using search: the HTML, its stylesheets, and its scripts with their static
 * imports (a dynamic import(), like the search UI, is not counted). Raw and
 * gzip (zlib level 6, as static hosts serve it), each file compressed on its
 * own as it is transferred.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

/** Total bytes and file count of a folder, with a few groups broken out. */
export function distSize(dir) {
  let bytes = 0;
  let files = 0;
  const groups = { html: { bytes: 0, files: 0 }, searchIndex: { bytes: 0, files: 0 }, apiJson: { bytes: 0, files: 0 }, assets: { bytes: 0, files: 0 } };
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (r === 'pagefind') continue; // added after the build, for the comparison
        walk(full, r);
      } else {
        const s = statSync(full).size;
        bytes += s;
        files++;
        const g = r.endsWith('.html') ? 'html' : r.startsWith('search/') ? 'searchIndex' : r.startsWith('api/') ? 'apiJson' : r.startsWith('_astro/') ? 'assets' : undefined;
        if (g) {
          groups[g].bytes += s;
          groups[g].files++;
        }
      }
    }
  };
  walk(dir, '');
  return { bytes, files, groups };
}

/** The JS a page runs before search is used: <script src> and modulepreload, plus their static imports. */
function pageAssets(dist, html) {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
  const js = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean),
  ];
  const seen = new Set();
  const queue = [...js];
  while (queue.length) {
    const src = queue.shift();
    if (seen.has(src) || /^https?:/.test(src)) continue;
    seen.add(src);
    const file = path.join(dist, src);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    // static imports only: `import x from "./a.js"`, `import "./a.js"`, `export ... from "./a.js"` (not `import(`)
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(src), m[1]));
    }
  }
  return { css, js: [...seen] };
}

/** HTML + CSS + JS of one page, raw and gzip. */
export function pageWeight(dist, rel) {
  const htmlBuf = readFileSync(path.join(dist, rel));
  const html = htmlBuf.toString('utf8');
  const { css, js } = pageAssets(dist, html);
  const sum = (files) =>
    files.reduce(
      (acc, f) => {
        const p = path.join(dist, f);
        if (!existsSync(p)) return acc;
        const b = readFileSync(p);
        return { raw: acc.raw + b.length, gzip: acc.gzip + gz(b) };
      },
      { raw: 0, gzip: 0 },
    );
  const h = { raw: htmlBuf.length, gzip: gz(htmlBuf) };
  const c = sum(css);
  const j = sum(js);
  return { page: rel, html: h, css: c, js: j, total: { raw: h.raw + c.raw + j.raw, gzip: h.gzip + c.gzip + j.gzip }, cssFiles: css, jsFiles: js };
}

/** The providers and code ids of a catalog, read with the yaml package (no checks). */
export function catalogIndex(catalogDir) {
  const site = parse(readFileSync(path.join(catalogDir, 'site.yaml'), 'utf8'));
  const providers = site.providers.map((id) => ({
    id,
    codes: (parse(readFileSync(path.join(catalogDir, id, 'errors.yaml'), 'utf8')).codes ?? []).map((c) => c.code),
  }));
  return { locales: site.locales.map((l) => l.id), providers };
}

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { n: 0 };
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1) + 0.5))];
  return { n: v.length, min: v[0], median: q(0.5), p95: q(0.95), max: v[v.length - 1] };
}

/**
 * Per page type: the home, every provider index, and a sample of code pages
 * (all of them up to `sample` per locale, else an even spread), in every locale.
 */
export function pageTypes(dist, catalogDir, sample = 200) {
  const { locales, providers } = catalogIndex(catalogDir);
  const homes = locales.map((l) => pageWeight(dist, `${l}/index.html`));
  const indexes = locales.flatMap((l) => providers.map((p) => pageWeight(dist, `${l}/${p.id}/index.html`)));
  const all = providers.flatMap((p) => p.codes.map((c) => `${p.id}/${c}`));
  const step = Math.max(1, all.length / sample);
  const picked = [];
  for (let i = 0; i < all.length && picked.length < sample; i += step) picked.push(all[Math.floor(i)]);
  const codes = locales.flatMap((l) => picked.map((pc) => pageWeight(dist, `${l}/${pc}/index.html`)));
  const summarize = (list) => ({
    pages: list.length,
    html: { raw: stats(list.map((x) => x.html.raw)), gzip: stats(list.map((x) => x.html.gzip)) },
    css: { raw: stats(list.map((x) => x.css.raw)), gzip: stats(list.map((x) => x.css.gzip)) },
    js: { raw: stats(list.map((x) => x.js.raw)), gzip: stats(list.map((x) => x.js.gzip)) },
    total: { raw: stats(list.map((x) => x.total.raw)), gzip: stats(list.map((x) => x.total.gzip)) },
    largest: list.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a)).page,
    jsFiles: list[0]?.jsFiles,
    cssFiles: list[0]?.cssFiles,
  });
  return { home: summarize(homes), providerIndex: summarize(indexes), code: summarize(codes) };
}

/** Every file of dist/search/ ({locale}.json, .titles.json, .words.json), raw and gzip. */
export function searchIndexSizes(dist) {
  const dir = path.join(dist, 'search');
  if (!existsSync(dir)) return {};
  const out = {};
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue;
    const b = readFileSync(path.join(dir, f));
    out[f.replace(/\.json$/, '')] = { raw: b.length, gzip: gz(b) };
  }
  return out;
}

/** Pagefind's output folder: total, and per language the files a first search needs (entry, wasm, meta). */
export function pagefindSizes(dir) {
  let raw = 0;
  let files = 0;
  const byKind = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const s = statSync(full).size;
        raw += s;
        files++;
        const kind = e.name.endsWith('.pf_fragment') ? 'fragments' : e.name.endsWith('.pf_index') ? 'indexChunks' : e.name.endsWith('.pf_meta') ? 'meta' : e.name.endsWith('.pagefind') ? 'wasm' : e.name.endsWith('.pf_filter') ? 'filters' : 'other';
        byKind[kind] ??= { bytes: 0, files: 0 };
        byKind[kind].bytes += s;
        byKind[kind].files++;
      }
    }
  };
  walk(dir);
  return { bytes: raw, files, byKind };
}

export { stats };
