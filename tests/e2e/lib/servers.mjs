// Apache and Caddy, started like nginx (lib/nginx.mjs) with the configuration
// `homeward server-config apache|caddy` prints, on 127.0.0.1 and a free port, and stopped by
// close(). Apache reads the .htaccess as the body of the site folder's <Directory> (which is how
// it applies an .htaccess); Caddy gets `admin off` so it opens no other port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, waitForPort, serverConfig } from './nginx.mjs';
import { WORK } from './site.mjs';

const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'autoindex', 'rewrite', 'headers'];

/** The main Apache configuration around the generated .htaccess. */
export function apacheConfig(site, dir, port) {
  return [
    'ServerRoot "/etc/apache2"', 'ServerName 127.0.0.1', `Listen 127.0.0.1:${port}`,
    `PidFile ${path.join(dir, 'apache.pid')}`, `ErrorLog ${path.join(dir, 'apache.log')}`,
    ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
    ...APACHE_MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    'TypesConfig /etc/mime.types', `DocumentRoot "${site.dir}"`,
    `<Directory "${site.dir}">`, '  AllowOverride None', '  Require all granted',
    `  Include ${path.join(dir, 'htaccess')}`, '</Directory>', '',
  ].join('\n');
}

function stopper(child) {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts Apache for a built site: { url, dir, close() }. */
export async function serveApache(site) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(WORK, `apache-${site.name}-`));
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, 'htaccess'), serverConfig(site, '127.0.0.1:1', 'apache'));
  const conf = path.join(dir, 'apache.conf');
  fs.writeFileSync(conf, apacheConfig(site, dir, port));
  const env = { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir };
  const check = spawnSync('/usr/sbin/apache2ctl', ['-t', '-f', conf], { encoding: 'utf8', env });
  if (check.status !== 0) throw new Error(`apache2ctl -t: ${check.stdout}${check.stderr}`);
  const child = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port, child);
  return { url: `http://127.0.0.1:${port}`, dir, syntax: check.stdout + check.stderr, close: stopper(child) };
}

/** Starts Caddy for a built site: { url, dir, close() }. */
export async function serveCaddy(site) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(WORK, `caddy-${site.name}-`));
  const caddyfile = path.join(dir, 'Caddyfile');
  fs.writeFileSync(caddyfile, `{\n\tadmin off\n}\n${serverConfig(site, `http://127.0.0.1:${port}`, 'caddy')}`);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  const check = spawnSync('caddy', ['validate', '--config', caddyfile, '--adapter', 'caddyfile'], { encoding: 'utf8', env });
  if (check.status !== 0) throw new Error(`caddy validate: ${check.stdout}${check.stderr}`);
  const child = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  await waitForPort(port, child).catch((e) => { throw new Error(`${e.message}\n${log}`); });
  return { url: `http://127.0.0.1:${port}`, dir, syntax: check.stdout + check.stderr, close: stopper(child) };
}
