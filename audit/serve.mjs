// A small static server for the built site, on 127.0.0.1, standing in for a well-configured static
// host so that Lighthouse judges the site and not the server:
//   - correct Content-Type (with charset for text);
//   - text compressed (brotli, else gzip, as the browser asks): a `.br`/`.gz` copy written by
//     `homeward build --compress` is served when present, otherwise compressed here and kept;
//   - fingerprinted assets (name.0123abcd.ext) cached for a year, immutable; everything else
//     `Cache-Control: no-cache` (revalidate), as HTML must be;
//   - folders serve index.html, a folder without its slash is redirected, percent-encoded paths
//     (the Khmer and Lao URLs) are decoded, and a missing file gets the language's 404 page.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
const FINGERPRINTED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

const isFile = (p) => { try { return fs.statSync(p).isFile(); } catch { return false; } };
const isDir = (p) => { try { return fs.statSync(p).isDirectory(); } catch { return false; } };

/** Starts serving `dir` on 127.0.0.1 (port 0 = any free one). Resolves to { url, close() }. */
export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const compressed = new Map(); // `${encoding}:${file}` -> Buffer

  function body(file, encoding) {
    const key = `${encoding}:${file}`;
    if (compressed.has(key)) return compressed.get(key);
    const ext = encoding === 'br' ? '.br' : '.gz';
    let out;
    if (isFile(file + ext)) {
      out = fs.readFileSync(file + ext);
    } else {
      const raw = fs.readFileSync(file);
      out = encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(raw, { level: 9 });
    }
    compressed.set(key, out);
    return out;
  }

  const server = http.createServer((req, res) => {
    const raw = (req.url || '/').split('?')[0].split('#')[0];
    let rel;
    try { rel = decodeURIComponent(raw); } catch { res.writeHead(400); res.end(); return; }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { allow: 'GET, HEAD' }); res.end(); return; }
    const send = (status, file) => {
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const headers = {
        'content-type': type,
        'cache-control': FINGERPRINTED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      let data;
      const accept = String(req.headers['accept-encoding'] || '');
      const encoding = !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (encoding) {
        data = body(file, encoding);
        headers['content-encoding'] = encoding;
        headers.vary = 'Accept-Encoding';
      } else {
        data = fs.readFileSync(file);
      }
      headers['content-length'] = data.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    const target = path.join(root, rel);
    if (rel.includes('\0') || (target !== root && !target.startsWith(root + path.sep))) {
      res.writeHead(403); res.end(); return;
    }
    if (isDir(target)) {
      if (!raw.endsWith('/')) { res.writeHead(301, { location: raw + '/' }); res.end(); return; }
      if (isFile(path.join(target, 'index.html'))) return send(200, path.join(target, 'index.html'));
    } else if (isFile(target)) {
      return send(200, target);
    }
    const first = rel.split('/').filter(Boolean)[0];
    const lang404 = first ? path.join(root, first, '404.html') : null;
    const notFound = lang404 && isFile(lang404) ? lang404 : path.join(root, '404.html');
    if (isFile(notFound)) return send(404, notFound);
    res.writeHead(404); res.end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

// `node serve.mjs DIR [PORT]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] || '/tmp/audit-site', Number(process.argv[3] || 0));
  console.log(`serving ${process.argv[2] || '/tmp/audit-site'} at ${s.url}/`);
}
