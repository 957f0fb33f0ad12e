// On a page of every template in every language (JavaScript on, the route finder used): no
// console error, no uncaught exception, no failed request, no HTTP error, and no request to any
// host but 127.0.0.1 (every request URL is recorded).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, launch, PHONE, track, offHost } from './lib/browser.mjs';
import { serveNginx } from './lib/nginx.mjs';
import { languages, templateSample, fileFor, pages, searchProbe } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

// Chromium asks every site for /favicon.ico by itself; that one is checked on its own below.
const isFavicon = (s) => /\/favicon\.ico\b/.test(s);

for (const siteName of ['shipped', 'fixture']) {
  test(`no console error, failed request or request off 127.0.0.1 (${siteName} site)`, async (t) => {
    const site = env.sites[siteName];
    const base = env.servers[siteName].url;
    const sample = templateSample(site);
    const missing404 = (u) => u.replace(/404\.html$/, 'e2e-no-such-page/');
    const context = await env.browser.newContext(PHONE);
    const all = [];
    try {
      for (const lang of languages(site)) {
        await t.test(lang, async () => {
          const problems = [];
          const page = await context.newPage();
          const expect404 = sample.filter((x) => x.kind === '404').map((x) => missing404(x.url));
          const rec = track(page, { expect404 });
          const mark = () => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v.length]));
          for (const s of sample.filter((x) => x.lang === lang)) {
            const url = s.kind === '404' ? missing404(s.url) : s.url;
            const at = mark();
            await page.goto(base + url, { waitUntil: 'load' });
            if (s.kind === 'routes') {
              await page.selectOption('#finder-detained', 'KH');
              await page.selectOption('#finder-national', 'BE');
              await page.click('#finder button[type=submit]');
              await page.waitForSelector('#finder-answer .badge', { timeout: 10000 });
            }
            if (s.kind === 'search') {
              const probe = searchProbe(site, s.url, lang);
              await page.fill('#search-q', probe.query);
              await page.click('#search-form button[type=submit]');
              await page.waitForSelector('#search-results li a', { timeout: 10000 });
              const hrefs = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
              assert.ok(hrefs.includes(probe.url), `searching "${probe.query}" finds ${decodeURIComponent(probe.url)}`);
            }
            const got = Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v.slice(at[k])]));
            const where = `${lang} ${s.kind} ${decodeURIComponent(url)}`;
            for (const u of offHost(got.requests)) problems.push(`${where}: request off 127.0.0.1: ${u}`);
            for (const f of got.failed) problems.push(`${where}: failed request ${f}`);
            for (const e of got.httpErrors.filter((e) => !isFavicon(e))) problems.push(`${where}: HTTP ${e}`);
            for (const e of got.consoleErrors.filter((e) => !isFavicon(e))) problems.push(`${where}: console error ${e}`);
            for (const e of got.pageErrors) problems.push(`${where}: uncaught ${e}`);
          }
          await page.waitForLoadState('networkidle');
          await page.close();
          all.push(...rec.requests);
          assert.deepEqual(problems, [], problems.join('\n'));
        });
      }
      t.diagnostic(`${all.length} requests recorded, ${new Set(all.map((u) => new URL(u).host)).size} host(s): ${[...new Set(all.map((u) => new URL(u).host))].join(', ')}`);
      assert.deepEqual(offHost(all), []);
    } finally {
      await context.close();
    }
  });
}

test('no page links a stylesheet, script, image or font on another host (shipped and fixture, every page)', () => {
  const bad = [];
  for (const siteName of ['shipped', 'fixture']) {
    const site = env.sites[siteName];
    for (const p of pages(site)) {
      for (const ref of [...p.css, ...p.js]) {
        if (!ref.startsWith('/') || ref.startsWith('//')) bad.push(`${siteName} ${decodeURIComponent(p.url)}: ${ref}`);
        else if (!fileFor(site, ref)) bad.push(`${siteName} ${decodeURIComponent(p.url)}: missing ${ref}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('the browser\'s own /favicon.ico request does not fail (an icon is declared or shipped)', async () => {
  // A fresh browser and server: Chromium asks for the icon once per browser, then remembers.
  const problems = [];
  for (const siteName of ['shipped', 'fixture']) {
    const browser = await launch();
    const server = await serveNginx(env.sites[siteName]);
    try {
      const page = await (await browser.newContext(PHONE)).newPage();
      await page.goto(server.url + '/');
      await page.waitForLoadState('networkidle');
      const declared = await page.$$eval('link[rel~="icon"]', (ls) => ls.map((l) => l.getAttribute('href')));
      const failed = server.log.filter((l) => l.status >= 400 && isFavicon(l.url));
      if (failed.length) {
        problems.push(`${siteName}: GET ${failed[0].url} -> ${failed[0].status} (declared icons: `
          + `${declared.join(', ') || 'none'}; /favicon.ico shipped: ${!!fileFor(env.sites[siteName], '/favicon.ico')})`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  assert.deepEqual(problems, [], `every visitor's browser gets a 404 for /favicon.ico: declare `
    + `<link rel="icon" href="data:,"> (no request) or ship static/favicon.ico\n${problems.join('\n')}`);
});
