// Every template works with JavaScript disabled: the content is visible and the links are there
// (and lead to pages that exist). Every language of both sites.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, PHONE, track, offHost } from './lib/browser.mjs';
import { languages, templateSample, fileFor } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

for (const siteName of ['shipped', 'fixture']) {
  test(`pages work without JavaScript (${siteName} site)`, async (t) => {
    const site = env.sites[siteName];
    const base = env.servers[siteName].url;
    const sample = templateSample(site);
    const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const missing404 = (u) => u.replace(/404\.html$/, 'e2e-no-such-page/');
    const rec = track(page, { expect404: sample.filter((s) => s.kind === '404').map((s) => missing404(s.url)) });
    try {
      for (const lang of languages(site)) {
        await t.test(lang, async () => {
          for (const s of sample.filter((x) => x.lang === lang)) {
            const url = s.kind === '404' ? missing404(s.url) : s.url;
            const where = `${lang} ${s.kind} ${decodeURIComponent(url)}`;
            const res = await page.goto(base + url);
            assert.equal(res.status(), s.kind === '404' ? 404 : 200, where);
            const st = await page.evaluate(() => {
              const vis = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const main = document.querySelector('main');
              const links = [...document.querySelectorAll('a[href]')];
              return {
                js: document.documentElement.classList.contains('js'),
                mainVisible: vis(main),
                mainText: main ? main.innerText.trim().length : 0,
                h1: vis(document.querySelector('h1')) ? document.querySelector('h1').innerText.trim() : '',
                navLinks: [...document.querySelectorAll('.site-header a[href]')].filter(vis).length,
                mainLinks: main ? [...main.querySelectorAll('a[href]')].filter(vis).length : 0,
                hrefs: links.map((a) => a.getAttribute('href')),
                hiddenContent: [...document.querySelectorAll('main .content, main section, main table')]
                  .filter((e) => !vis(e)).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')),
              };
            });
            assert.equal(st.js, false, `${where}: the script did not run`);
            assert.ok(st.mainVisible && st.mainText > 20, `${where}: main content is visible (${st.mainText} characters)`);
            assert.ok(st.h1.length > 0, `${where}: a visible h1`);
            assert.ok(st.navLinks >= 1, `${where}: header links visible`);
            assert.ok(st.mainLinks >= 1, `${where}: links in the content`);
            assert.deepEqual(st.hiddenContent, [], `${where}: content hidden without JavaScript`);
            // Every link inside the site leads to a file that is there.
            const broken = st.hrefs
              .filter((h) => h.startsWith('/') && !h.startsWith('//'))
              .map((h) => h.split('#')[0])
              .filter((h) => h && !fileFor(site, h));
            assert.deepEqual([...new Set(broken)], [], `${where}: links to missing pages`);
          }
        });
      }
      if (siteName === 'shipped') {
        // The finder's form needs the script; without it, the list of countries is the way in.
        await page.goto(base + sample.find((s) => s.kind === 'routes').url);
        assert.equal(await page.isVisible('#finder'), false, 'the form that needs the script is hidden');
        assert.ok((await page.locator('.detained-list a').count()) > 10, 'the list of countries is there');
      }
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
      assert.deepEqual([...rec.failed, ...rec.httpErrors], [], 'failed requests');
    } finally {
      await context.close();
    }
  });
}
