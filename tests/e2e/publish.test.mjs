// Publishing through real nginx, configured by `homeward server-config nginx` (lib/nginx.mjs):
// the per-language 404 with its status, the pre-compressed copies, the caching, the private
// bookkeeping files, and the Content-Security-Policy: every template in every language loads
// with zero violations, and a violation is caught when there is one. Apache's and Caddy's
// configurations are checked by the servers themselves (apache2ctl -t, caddy validate).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setup, PHONE } from './lib/browser.mjs';
import { serverConfig } from './lib/nginx.mjs';
import { templateSample, languages, pages, fileFor, searchProbe, WORK } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

/** A raw GET (no decompression): { status, headers, body: Buffer }. */
function get(base, urlPath, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(base + urlPath, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const title = (html) => (html.match(/<title>([^<]*)<\/title>/) || [])[1];

test('a missing page under /fr/ gets the French 404 page, with status 404', async () => {
  const base = env.servers.shipped.url;
  const french404 = fs.readFileSync(fileFor(env.sites.shipped, '/fr/404.html'), 'utf8');
  const english404 = fs.readFileSync(fileFor(env.sites.shipped, '/404.html'), 'utf8');
  assert.notEqual(title(french404), title(english404));
  for (const missing of ['/fr/e2e-no-such-page/', '/fr/pays/e2e-nowhere', '/fr/e2e.json']) {
    const r = await get(base, missing);
    assert.equal(r.status, 404, missing);
    assert.match(r.headers['content-type'], /^text\/html; charset=utf-8/);
    assert.equal(title(r.body.toString()), title(french404), `${missing} shows the French 404 page`);
  }
  // A folder without an index page is missing too, not forbidden.
  for (const folder of ['/maps/', '/data/']) {
    const f = await get(base, folder);
    assert.equal(f.status, 404, folder);
    assert.equal(title(f.body.toString()), title(english404), folder);
  }
  const r = await get(base, '/e2e-no-such-page/');
  assert.equal(r.status, 404);
  assert.equal(title(r.body.toString()), title(english404));
});

test('Accept-Encoding: br gets the .br copy, gzip the .gz copy, with Vary', async () => {
  const site = env.sites.fixture;
  const base = env.servers.fixture.url;
  const file = fileFor(site, '/fr/');
  assert.ok(fs.existsSync(file + '.br') && fs.existsSync(file + '.gz'), 'the fixture is built with --compress');
  const br = await get(base, '/fr/', { 'accept-encoding': 'br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers.vary || '', /Accept-Encoding/i);
  assert.match(br.headers['content-type'], /^text\/html; charset=utf-8/);
  assert.deepEqual(br.body, fs.readFileSync(file + '.br'), 'the bytes of the .br file');
  const gz = await get(base, '/fr/', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gz.body, fs.readFileSync(file + '.gz'));
  const plain = await get(base, '/fr/');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, fs.readFileSync(file));
});

test('hashed assets are immutable for a year, pages are revalidated, types are UTF-8', async () => {
  const site = env.sites.shipped;
  const base = env.servers.shipped.url;
  const home = pages(site).find((p) => p.url === '/');
  const assets = [...home.css, ...home.js];
  assert.ok(assets.length >= 2 && assets.every((a) => /\.[0-9a-f]{8}\.(css|js)$/.test(a)), assets.join(' '));
  for (const a of assets) {
    const r = await get(base, a);
    assert.equal(r.status, 200, a);
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', a);
  }
  const page = await get(base, '/fr/');
  assert.equal(page.headers['cache-control'], 'no-cache');
  const types = {
    '/data/routes.json': 'application/json; charset=utf-8',
    '/data/routes.csv': 'text/csv; charset=utf-8',
    '/maps/world.svg': 'image/svg+xml; charset=utf-8',
    '/fr/news/atom.xml': 'application/atom+xml; charset=utf-8',
    '/sitemap.xml': 'application/xml; charset=utf-8',
  };
  for (const [p, type] of Object.entries(types)) {
    const r = await get(base, p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['content-type'], type, p);
  }
});

test('bookkeeping files are in the output but not published', async () => {
  const base = env.servers.shipped.url;
  for (const f of ['.homeward-output', '_headers', '_redirects']) {
    assert.ok(fs.existsSync(path.join(env.sites.shipped.dir, f)), `${f} is written by the build`);
    const r = await get(base, '/' + f);
    assert.equal(r.status, 404, `/${f} is not served`);
  }
});

test('nginx sends the same security headers as _headers, and no unsafe source', async () => {
  const headersFile = fs.readFileSync(path.join(env.sites.shipped.dir, '_headers'), 'utf8');
  const csp = (headersFile.match(/^ {2}Content-Security-Policy: (.*)$/m) || [])[1];
  assert.ok(csp, '_headers has a CSP');
  const r = await get(env.servers.shipped.url, '/');
  assert.equal(r.headers['content-security-policy'], csp);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.match(csp, /^default-src 'none'; /);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(r.headers['referrer-policy'], 'no-referrer');
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.match(r.headers['permissions-policy'], /camera=\(\)/);
  assert.equal(r.headers['strict-transport-security'], undefined, 'HSTS is opt-in');
});

/** Loads each URL and returns every CSP violation the page reported (events and console). */
async function violationsOn(context, base, urls, inject) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`);
    });
  });
  const found = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) found.push(`console: ${m.text()} @ ${page.url()}`); });
  for (const url of urls) {
    const res = await page.goto(base + url);
    assert.ok(res.headers()['content-security-policy'], `${url} is served with a CSP`);
    await page.waitForLoadState('networkidle');
    if (inject) await page.evaluate(inject);
    await page.waitForTimeout(50);
    for (const v of await page.evaluate(() => window.__csp)) found.push(`${decodeURIComponent(url)}: ${v}`);
  }
  await page.close();
  return found;
}

for (const siteName of ['shipped', 'fixture']) {
  test(`${siteName}: every template in every language loads with zero CSP violations`, async () => {
    const site = env.sites[siteName];
    const sample = templateSample(site);
    const urls = sample.map((s) => (s.kind === '404' ? s.url.replace(/404\.html$/, 'e2e-no-such-page/') : s.url));
    assert.ok(languages(site).every((l) => sample.some((s) => s.lang === l)));
    const context = await env.browser.newContext(PHONE);
    try {
      const found = await violationsOn(context, env.servers[siteName].url, urls);
      assert.deepEqual(found, [], found.join('\n'));
      // The finder and the search fetch their JSON under the policy: an answer and a search.
      const page = await context.newPage();
      const blocked = [];
      page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
      const base = env.servers[siteName].url;
      const finder = sample.find((s) => s.kind === 'routes' && s.lang === languages(site)[0]);
      await page.goto(base + finder.url);
      const codes = await page.$$eval('#finder-detained option', (os) => os.map((o) => o.value).filter(Boolean));
      await page.selectOption('#finder-detained', codes[0]);
      await page.selectOption('#finder-national', codes[codes.length - 1]);
      await page.click('#finder button[type=submit]');
      // A blocked fetch leaves no answer: report the violation rather than the time-out.
      const answered = await page.locator('#finder-answer').waitFor({ state: 'visible', timeout: 10000 })
        .then(() => true, () => false);
      assert.deepEqual(blocked, []);
      assert.ok(answered, 'the finder answered');
      assert.ok((await page.textContent('#finder-answer')).trim().length > 0, 'the finder answered');
      const search = sample.find((s) => s.kind === 'search' && s.lang === languages(site)[0]);
      if (search) {
        const q = searchProbe(site, search.url, search.lang);
        await page.goto(base + search.url);
        await page.fill('#search-q', q.query);
        await page.click('#search-form button[type=submit]');
        await page.waitForSelector('#search-results li a', { timeout: 10000 });
      }
      assert.deepEqual(blocked, []);
    } finally {
      await context.close();
    }
  });
}

test('the violation check itself works: an inline script the build did not hash is caught', async () => {
  const context = await env.browser.newContext(PHONE);
  try {
    const found = await violationsOn(context, env.servers.shipped.url, ['/'], () => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = 1;';
      document.head.append(s);
    });
    // Reported twice, as the event and in the console.
    assert.ok(found.length >= 1 && found.every((f) => /script-src/.test(f)), found.join('\n'));
  } finally {
    await context.close();
  }
});

test('apache2ctl -t accepts the generated .htaccess, caddy validate the Caddyfile', () => {
  const site = env.sites.shipped;
  const dir = fs.mkdtempSync(path.join(WORK, 'servers-'));
  const htaccess = path.join(dir, 'htaccess');
  fs.writeFileSync(htaccess, serverConfig(site, '127.0.0.1:1', 'apache'));
  const mods = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers'];
  // The .htaccess, as the body of the site folder's <Directory>: what Apache reads for it.
  fs.writeFileSync(path.join(dir, 'apache.conf'), [
    'ServerRoot "/etc/apache2"', 'ServerName 127.0.0.1', 'Listen 127.0.0.1:1',
    `PidFile ${path.join(dir, 'apache.pid')}`, `ErrorLog ${path.join(dir, 'apache.log')}`,
    ...mods.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    'TypesConfig /etc/mime.types', `DocumentRoot "${site.dir}"`,
    `<Directory "${site.dir}">`, '  AllowOverride None', '  Require all granted', `  Include ${htaccess}`, '</Directory>', '',
  ].join('\n'));
  const apache = spawnSync('/usr/sbin/apache2ctl', ['-t', '-f', path.join(dir, 'apache.conf')],
    { encoding: 'utf8', env: { ...process.env, APACHE_RUN_DIR: dir } });
  assert.equal(apache.status, 0, apache.stdout + apache.stderr);
  assert.match(apache.stdout + apache.stderr, /Syntax OK/);
  const caddyfile = path.join(dir, 'Caddyfile');
  fs.writeFileSync(caddyfile, serverConfig(site, 'http://127.0.0.1:1', 'caddy'));
  const caddy = spawnSync('caddy', ['validate', '--config', caddyfile, '--adapter', 'caddyfile'],
    { encoding: 'utf8', env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
  assert.equal(caddy.status, 0, caddy.stdout + caddy.stderr);
  assert.match(caddy.stdout + caddy.stderr, /Valid configuration/);
});
