// The language switcher keeps the page: from the English Cambodia country page, each language's
// link leads (by a click) to the Cambodia country page in that language, answering 200, with the
// right html[lang], and that page's own switcher leads back to the English page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, PHONE, track, offHost } from './lib/browser.mjs';
import { languages } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

const START = '/countries/cambodia/';

for (const siteName of ['shipped', 'fixture']) {
  test(`language switcher keeps the Cambodia country page (${siteName} site)`, async (t) => {
    const base = env.servers[siteName].url;
    const langs = languages(env.sites[siteName]);
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const rec = track(page);
    try {
      let res = await page.goto(base + START);
      assert.equal(res.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), langs[0]);
      const links = await page.$$eval('.lang-switch a', (as) => as.map((a) => ({
        hreflang: a.getAttribute('hreflang'), href: a.getAttribute('href'), current: a.getAttribute('aria-current'),
      })));
      assert.deepEqual(links.map((l) => l.hreflang).sort(), [...langs].sort(), 'the switcher offers every language');
      assert.deepEqual(links.filter((l) => l.current === 'page').map((l) => l.hreflang), [langs[0]],
        'the current language is marked aria-current="page"');

      const enHeading = (await page.textContent('h1')).trim();
      for (const lang of langs) {
        await t.test(lang, async () => {
          await page.goto(base + START);
          const link = page.locator(`.lang-switch a[hreflang="${lang}"]`);
          const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
          assert.ok(response, `clicking ${lang} navigates`);
          assert.equal(response.status(), 200, `${page.url()} answers 200`);
          assert.equal(await page.getAttribute('html', 'lang'), lang, `html[lang] on ${page.url()}`);
          assert.match(await page.getAttribute('body', 'class'), /\bpage-country\b/, 'it is a country page');
          // It is Cambodia's page: its switcher leads back to the English Cambodia page.
          assert.equal(await page.getAttribute(`.lang-switch a[hreflang="${langs[0]}"]`, 'href'), START,
            `${page.url()}: the ${langs[0]} link goes back to ${START}`);
          assert.equal(await page.getAttribute(`.lang-switch a[hreflang="${lang}"]`, 'aria-current'), 'page');
          // Its heading is Cambodia's name in that language (data/names.LANG.json), or the English
          // page's heading marked lang="en" when the page is not yet translated.
          const names = JSON.parse(readFileSync(path.join(env.sites[siteName].dir, `data/names.${lang}.json`), 'utf8'));
          const h1 = (await page.textContent('h1')).trim();
          if (h1 !== names.countries.KH) {
            assert.equal(h1, enHeading, `h1 is neither "${names.countries.KH}" nor the English heading`);
            assert.equal(await page.getAttribute('h1', 'lang'), langs[0], 'an untranslated heading carries its language');
          }
        });
      }
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
      assert.deepEqual([...rec.failed, ...rec.httpErrors, ...rec.pageErrors], [], 'failed requests or errors');
    } finally {
      await context.close();
    }
  });
}
