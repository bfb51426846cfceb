// A static file server for the e2e tests: serves a built site from a folder
// on 127.0.0.1 with the headers the site ships in its _headers file (as
// Netlify and Cloudflare Pages do), so the tests prove the site works under
// its own Content Security Policy. With --no-headers it sends none, as a plain
// static host would. Usage: node serve.mjs <dir> <port> [--no-headers]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

/** _headers: a path pattern on a line of its own, then its headers indented; `*` matches the rest of a path. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return (pathname) => Object.assign({}, ...rules.filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern)).map((r) => r.headers));
}

async function file(p) {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return file(path.join(p, 'index.html'));
    return { body: await readFile(p), type: TYPES[path.extname(p)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** Serves `root`; `headersFor(pathname)` gives the headers to send. */
export function serve(root, port, headersFor = () => ({})) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const target = path.join(root, decodeURIComponent(url.pathname));
    const headers = headersFor(url.pathname);
    if (!target.startsWith(root)) {
      res.writeHead(403, headers).end();
      return;
    }
    // Like static hosts: /a/b redirects to /a/b/ when that is a folder.
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname)) {
      const dir = await file(path.join(target, 'index.html'));
      if (dir) {
        res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const found = await file(target);
    if (found) {
      res.writeHead(200, { ...headers, 'content-type': found.type }).end(found.body);
      return;
    }
    const missing = await file(path.join(root, '404.html'));
    res.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(missing?.body ?? 'Not found');
  }).listen(port, '127.0.0.1');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [root, port] = [path.resolve(process.argv[2] ?? 'dist'), Number(process.argv[3] ?? 4329)];
  serve(root, port, process.argv.includes('--no-headers') ? undefined : parseHeaders(readFileSync(path.join(root, '_headers'), 'utf8')));
}
