// Kept for one test only: xss.test.mjs checks the Markdown sanitizer by itself, so its pages must
// be served WITHOUT the Content-Security-Policy nginx sends (which would block an injected script
// and hide a sanitizer failure). Every other browser test uses real nginx (lib/nginx.mjs).
// A tiny static file server for a built site, on 127.0.0.1 and a free port, so the tests do not
// depend on `homeward serve`. Percent-encoded paths are decoded (and not normalised: a href must
// name the file exactly as it was written), folders serve their index.html, a folder without its
// trailing slash is redirected, and a missing file gets the site's 404 page (the language's one
// when the path starts with a language folder) with status 404, as a static host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function isFile(p) {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}
function isDir(p) {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

/** Starts serving `dir`. Resolves to { url, port, close(), log } where log lists every request. */
export function serve(dir) {
  const root = path.resolve(dir);
  const log = [];
  const server = http.createServer((req, res) => {
    const raw = (req.url || '/').split('?')[0].split('#')[0];
    let rel;
    try {
      rel = decodeURIComponent(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad path encoding');
      log.push({ method: req.method, url: req.url, status: 400 });
      return;
    }
    const send = (status, file, headers = {}) => {
      log.push({ method: req.method, url: req.url, status });
      if (!file) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      const body = fs.readFileSync(file);
      res.writeHead(status, {
        'content-type': contentType(file),
        'content-length': body.length,
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, { allow: 'GET, HEAD' });
    const target = path.join(root, rel);
    if (rel.includes('\0') || (target !== root && !target.startsWith(root + path.sep))) {
      return send(403, null);
    }
    if (isDir(target)) {
      if (!raw.endsWith('/')) return send(301, null, { location: raw + '/' });
      const index = path.join(target, 'index.html');
      if (isFile(index)) return send(200, index);
    } else if (isFile(target)) {
      return send(200, target);
    }
    const first = rel.split('/').filter(Boolean)[0];
    const lang404 = first ? path.join(root, first, '404.html') : null;
    const notFound = lang404 && isFile(lang404) ? lang404 : path.join(root, '404.html');
    if (isFile(notFound)) return send(404, notFound);
    return send(404, null);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        log,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}
