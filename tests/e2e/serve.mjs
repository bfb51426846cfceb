// A static file server for the e2e tests: serves a built site from a folder
// on 127.0.0.1 with the Content Security Policy the README documents, so the
// tests prove the site works under it. Usage: node serve.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

const [root, port] = [path.resolve(process.argv[2] ?? 'dist'), Number(process.argv[3] ?? 4329)];

async function file(p) {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return file(path.join(p, 'index.html'));
    return { body: await readFile(p), type: TYPES[path.extname(p)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const target = path.join(root, decodeURIComponent(url.pathname));
  const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
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
