// Publishing through real nginx, configured by `homeward server-config nginx` (lib/nginx.mjs):
// the per-language 404 with its status, the pre-compressed copies, the caching, the private
// bookkeeping files, and the Content-Security-Policy: every template in every language loads
// with zero violations, and a violation is caught when there is one. Apache and Caddy are started
// too with their generated configurations (after apache2ctl -t and caddy validate accept them),
// and give the same answers over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setup, PHONE } from './lib/browser.mjs';
import { serveApache, serveCaddy } from './lib/servers.mjs';
import { templateSample, languages, pages, fileFor, searchProbe } from './lib/site.mjs';

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

/** The rules every server must give, checked over HTTP on the fixture (built with --compress). */
async function checkRules(base, label) {
  const site = env.sites.fixture;
  const problems = [];
  const expect = (ok, what) => { if (!ok) problems.push(`${label}: ${what}`); };
  const french404 = title(fs.readFileSync(fileFor(site, '/fr/404.html'), 'utf8'));
  const missing = await get(base, '/fr/e2e-no-such-page/');
  expect(missing.status === 404 && title(missing.body.toString()) === french404, `/fr/ missing: ${missing.status} ${title(missing.body.toString())}`);
  const file = fileFor(site, '/fr/');
  const br = await get(base, '/fr/', { 'accept-encoding': 'br' });
  expect(br.headers['content-encoding'] === 'br' && br.body.equals(fs.readFileSync(file + '.br')), `br: ${br.headers['content-encoding']}`);
  expect(/Accept-Encoding/i.test(br.headers.vary || ''), `Vary: ${br.headers.vary}`);
  expect(/^text\/html; ?charset=utf-8$/i.test(br.headers['content-type'] || ''), `type of /fr/ as br: ${br.headers['content-type']}`);
  const gz = await get(base, '/fr/', { 'accept-encoding': 'gzip' });
  expect(gz.headers['content-encoding'] === 'gzip' && gz.body.equals(fs.readFileSync(file + '.gz')), `gzip: ${gz.headers['content-encoding']}`);
  const css = pages(site).find((p) => p.url === '/').css[0];
  const asset = await get(base, css);
  expect(asset.headers['cache-control'] === 'public, max-age=31536000, immutable', `${css}: ${asset.headers['cache-control']}`);
  expect((await get(base, '/fr/')).headers['cache-control'] === 'no-cache', 'pages revalidated');
  for (const [p, type] of Object.entries({ '/data/routes.csv': 'text/csv; charset=utf-8', '/fr/news/atom.xml': 'application/atom+xml; charset=utf-8' })) {
    const r = await get(base, p);
    expect(r.status === 200 && r.headers['content-type'] === type, `${p}: ${r.status} ${r.headers['content-type']}`);
  }
  for (const f of ['/.homeward-output', '/_headers', '/_redirects', '/maps/']) {
    expect((await get(base, f)).status === 404, `${f} is not served`);
  }
  const csp = (fs.readFileSync(path.join(site.dir, '_headers'), 'utf8').match(/^ {2}Content-Security-Policy: (.*)$/m) || [])[1];
  const home = await get(base, '/');
  expect(home.headers['content-security-policy'] === csp, `CSP: ${home.headers['content-security-policy']}`);
  expect(home.headers['referrer-policy'] === 'no-referrer', 'Referrer-Policy');
  return problems;
}

test('nginx, Apache and Caddy give the same rules: French 404, .br/.gz, caching, types, hidden files, headers', async () => {
  const problems = await checkRules(env.servers.fixture.url, 'nginx');
  for (const [name, start] of [['apache', serveApache], ['caddy', serveCaddy]]) {
    const server = await start(env.sites.fixture);
    try {
      assert.match(server.syntax, name === 'apache' ? /Syntax OK/ : /Valid configuration/);
      problems.push(...await checkRules(server.url, name));
    } finally {
      await server.close();
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
