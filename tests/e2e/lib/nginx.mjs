// Serves a built site with real nginx (Debian's, with libnginx-mod-http-brotli-static), configured
// by `homeward server-config nginx` exactly as a ministry would deploy it, on 127.0.0.1 and a
// free port. The process is started here and stopped by close(); its access log gives the same
// `log` of requests the tests read ({ method, url, status }).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { WORK } from './site.mjs';

export const NGINX = process.env.E2E_NGINX || '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const HOMEWARD = process.env.E2E_HOMEWARD || process.env.HOMEWARD;

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function waitForPort(port, child, ms = 10000) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`the server exited with ${child.exitCode}`));
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => { sock.destroy(); resolve(); });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > until) reject(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** The generated server block for `site` (what `homeward server-config nginx` prints). */
export function serverConfig(site, listen, server = 'nginx') {
  if (!HOMEWARD) throw new Error('HOMEWARD is not set: run the browser tests through scripts/e2e');
  return execFileSync(HOMEWARD, ['server-config', server, '--root', site.root, '--output', site.dir, '--listen', listen],
    { encoding: 'utf8' });
}

/** The main nginx.conf around the generated server block: everything under `dir`, no daemon. */
function mainConfig(dir) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${path.join(dir, t)};`).join('\n');
  return `load_module ${BROTLI_MODULE};
daemon off;
master_process on;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
${process.getuid && process.getuid() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
  log_format homeward '$request_method $status $request_uri';
  access_log ${path.join(dir, 'access.log')} homeward;
${temp}
  include ${path.join(dir, 'server.conf')};
}
`;
}

/** Starts nginx for a built site. Resolves to { url, port, log, config, close() }. */
export async function serveNginx(site) {
  for (const f of [NGINX, BROTLI_MODULE]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: install Debian's nginx and libnginx-mod-http-brotli-static (scripts/e2e does)`);
  }
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(WORK, `nginx-${site.name}-`));
  const config = serverConfig(site, `127.0.0.1:${port}`);
  fs.writeFileSync(path.join(dir, 'server.conf'), config);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
  execFileSync(NGINX, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port, child);
  const accessLog = path.join(dir, 'access.log');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    get log() {
      if (!fs.existsSync(accessLog)) return [];
      return fs.readFileSync(accessLog, 'utf8').split('\n').filter(Boolean).map((l) => {
        const [method, status, url] = l.split(' ');
        return { method, url, status: +status };
      });
    },
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGQUIT');
    }),
  };
}
