/**
 * A tiny static file server for a built site, loopback only, with gzip for
 * text types (as a real static host would serve them), so that the bytes
 * the browser reports are transfer sizes. Directories serve index.html;
 * unknown paths serve 404.html with status 404. Pagefind's own files are
 * already compressed and are served as they are.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/** Starts serving `root`; resolves to { url, close() }. */
export async function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let rel = decodeURIComponent(url.pathname);
      let file = path.join(root, rel);
      if (!file.startsWith(root)) throw new Error('outside root');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!rel.endsWith('/')) {
          res.writeHead(301, { location: `${rel}/${url.search}` });
          return res.end();
        }
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      let status = 200;
      if (!info) {
        status = 404;
        file = path.join(root, '404.html');
        info = await stat(file).catch(() => undefined);
        if (!info) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          return res.end('not found');
        }
      }
      const ext = path.extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const key = `${file}|${gzip}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await readFile(file);
        body = gzip ? gzipSync(raw) : raw;
        if (body.length < 4_000_000) cache.set(key, body);
      }
      res.writeHead(status, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: p } = server.address();
  return {
    url: `http://127.0.0.1:${p}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(path.resolve(process.argv[2] ?? 'dist'), Number(process.argv[3] ?? 0));
  console.log(s.url);
}
