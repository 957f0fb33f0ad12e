// axe-core on every template type in every language of the shipped site, and in every language
// of the fixture (which has Arabic, right-to-left): zero WCAG 2.0/2.1/2.2 A/AA violations.
// On a phone-sized viewport, as the site's readers use it. The route finder is also checked with
// an answer shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, PHONE, track, offHost } from './lib/browser.mjs';
import { axeViolations, formatViolations, AXE_VERSION } from './lib/axe.mjs';
import { templateSample, languages, ARTIFACTS, searchProbe } from './lib/site.mjs';

let env;
const found = [];
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => {
  await env?.close();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'axe.json'), JSON.stringify(found, null, 2));
});

for (const siteName of ['shipped', 'fixture']) {
  test(`axe ${AXE_VERSION}: ${siteName} site, every template in every language`, async (t) => {
    const site = env.sites[siteName];
    const base = env.servers[siteName].url;
    const sample = templateSample(site);
    // axe is injected as an inline script, which the site's Content-Security-Policy (sent by
    // nginx) rightly refuses: the audit's own script is let through, the pages are unchanged.
    // The policy itself is tested in publish.test.mjs.
    const context = await env.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    const rec = track(page, {
      expect404: sample.filter((s) => s.kind === '404').map((s) => s.url.replace(/404\.html$/, 'e2e-no-such-page/')),
    });
    try {
      for (const lang of languages(site)) {
        await t.test(lang, async () => {
          const results = [];
          for (const s of sample.filter((x) => x.lang === lang)) {
            // The 404 page is reached as a reader would: through a URL that does not exist.
            const url = s.kind === '404' ? s.url.replace(/404\.html$/, 'e2e-no-such-page/') : s.url;
            const res = await page.goto(base + url);
            assert.equal(res.status(), s.kind === '404' ? 404 : 200, `${url} answers`);
            assert.equal(await page.getAttribute('html', 'lang'), lang, `${url} html[lang]`);
            const where = `${siteName} ${lang} ${s.kind} ${decodeURIComponent(s.url)}`;
            results.push({ where, violations: await axeViolations(page) });
            if (s.kind === 'routes') {
              // The answer the script writes into the page is checked too.
              await page.selectOption('#finder-detained', 'KH');
              await page.selectOption('#finder-national', 'BE');
              await page.click('#finder button[type=submit]');
              await page.waitForSelector('#finder-answer .badge');
              results.push({ where: `${where} (answer shown)`, violations: await axeViolations(page) });
            }
            if (s.kind === 'search') {
              // With results shown: search for a page's title.
              const probe = searchProbe(site, s.url, lang);
              await page.fill('#search-q', probe.query);
              await page.click('#search-form button[type=submit]');
              await page.waitForSelector('#search-results li a', { timeout: 10000 });
              const hrefs = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
              assert.ok(hrefs.includes(probe.url), `searching "${probe.query}" finds ${decodeURIComponent(probe.url)}`);
              results.push({ where: `${where} (results shown)`, violations: await axeViolations(page) });
            }
          }
          found.push(...results.filter((r) => r.violations.length));
          const lines = formatViolations(results);
          assert.deepEqual(lines, [], `axe violations:\n${lines.join('\n')}`);
        });
      }
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
    } finally {
      await context.close();
    }
  });
}
