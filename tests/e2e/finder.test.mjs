// The route finder answers "detained in Cambodia, national of Belgium": not yet (signed, not in
// force), one of the three answers whose words are defined once in the theme's i18n.
// With JavaScript the form answers in the page, in the page's language (the status words come
// from the page's own data-* attributes, never from the script); without JavaScript the finder
// page leads by links to the Cambodia answers page, whose #be row says the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, PHONE, track, offHost } from './lib/browser.mjs';
import { languages, templateSample } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

const names = (site, lang) => JSON.parse(readFileSync(path.join(site.dir, `data/names.${lang}.json`), 'utf8')).countries;
const text = (s) => (s || '').replace(/\s+/g, ' ').trim();

// English words must say "not yet"; the others must differ from English.
function checkWording(lang, defaultLang, got, english) {
  if (lang === defaultLang) {
    assert.match(got, /^not yet/i);
  } else {
    assert.notEqual(got, english, `the ${lang} status is translated, not the English words`);
  }
  if (lang === 'fr') assert.match(got, /pas encore/i, 'French says pas encore');
}

for (const siteName of ['shipped', 'fixture']) {
  const langs = () => languages(env.sites[siteName]);
  const finderUrl = (lang) => templateSample(env.sites[siteName]).find((s) => s.kind === 'routes' && s.lang === lang).url;

  test(`route finder with JavaScript: Cambodia × Belgium is signed, not in force (${siteName} site)`, async (t) => {
    const site = env.sites[siteName];
    const base = env.servers[siteName].url;
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const rec = track(page);
    let english = null;
    let markedTitles = 0;
    try {
      for (const lang of langs()) {
        await t.test(lang, async () => {
          const res = await page.goto(base + finderUrl(lang));
          assert.equal(res.status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          assert.ok(await page.isVisible('#finder'), 'the form shows when the script runs');
          const expected = text(await page.getAttribute('#finder', 'data-status-not-yet'));
          assert.ok(expected, 'the page carries its own words for "not yet"');
          await page.selectOption('#finder-detained', 'KH');
          await page.selectOption('#finder-national', 'BE');
          await page.click('#finder button[type=submit]');
          const badge = page.locator('#finder-answer .badge').first();
          await badge.waitFor({ state: 'visible', timeout: 10000 });
          assert.match(await badge.getAttribute('class'), /\bstatus-not-yet\b/);
          // The answer says in one line what its words mean.
          const meaning = text(await page.getAttribute('#finder', 'data-explain-not-yet'));
          assert.ok(meaning && text(await page.textContent('#finder-answer')).includes(meaning), 'the answer explains its words');
          const got = text(await badge.textContent());
          assert.equal(got, expected, 'the status words are the page\'s own');
          if (lang === langs()[0]) english = got;
          checkWording(lang, langs()[0], got, english);
          // The answer names both countries in the page's language.
          const n = names(site, lang);
          const answer = text(await page.textContent('#finder-answer'));
          assert.ok(answer.includes(n.KH) && answer.includes(n.BE), `the answer names ${n.KH} and ${n.BE}: ${answer}`);
          // An instrument whose page is not translated keeps its title's language (lang, dir).
          const agreements = JSON.parse(readFileSync(path.join(site.dir, `data/names.${lang}.json`), 'utf8')).agreements;
          const links = await page.$$('#finder-answer ul.instruments a');
          assert.ok(links.length > 0, 'the answer lists its instruments');
          for (const a of links) {
            const href = await a.getAttribute('href');
            const info = Object.values(agreements).find((x) => x.url === href);
            assert.ok(info, `${href} is in names.${lang}.json`);
            assert.equal(await a.getAttribute('lang'), info.lang || null, `${href}: lang of its title`);
            assert.equal(await a.getAttribute('dir'), info.dir || null, `${href}: dir of its title`);
            if (info.lang) markedTitles += 1;
          }
          // It matches the static answers page, which its "more" link opens at the Belgium row.
          const more = page.locator('#finder-answer a[href$="#be"]');
          assert.equal(await more.count(), 1, 'a link to the details');
          const [nav] = await Promise.all([page.waitForNavigation(), more.click()]);
          assert.equal(nav.status(), 200);
          assert.match(decodeURIComponent(new URL(page.url()).pathname), /\/routes\/kh\/$/);
          assert.equal(text(await page.textContent('#be .badge')), got, 'the answers page says the same');
        });
      }
      if (siteName === 'shipped') assert.ok(markedTitles > 0, 'an untranslated title (Belgium–Cambodia in Arabic) was marked');
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
      assert.deepEqual([...rec.failed, ...rec.httpErrors, ...rec.pageErrors], [], 'failed requests or errors');
    } finally {
      await context.close();
    }
  });

  test(`route finder without JavaScript leads by links to the Cambodia answers (${siteName} site)`, async (t) => {
    const site = env.sites[siteName];
    const base = env.servers[siteName].url;
    const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const rec = track(page);
    let english = null;
    try {
      for (const lang of langs()) {
        await t.test(lang, async () => {
          const res = await page.goto(base + finderUrl(lang));
          assert.equal(res.status(), 200);
          assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), false);
          const n = names(site, lang);
          const link = page.locator('.detained-list').getByRole('link', { name: n.KH, exact: true });
          assert.equal(await link.count(), 1, `one visible link "${n.KH}" in the list of countries`);
          assert.ok(await link.isVisible());
          const [nav] = await Promise.all([page.waitForNavigation(), link.click()]);
          assert.equal(nav.status(), 200);
          assert.match(decodeURIComponent(new URL(page.url()).pathname), /\/routes\/kh\/$/);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          const row = page.locator('tr#be');
          assert.equal(await row.count(), 1, 'a row with id="be"');
          assert.ok(await row.isVisible());
          assert.match(await row.getAttribute('class'), /\banswer-not-yet\b/);
          assert.ok(text(await row.locator('th').textContent()).includes(n.BE), `the row is ${n.BE}'s`);
          const got = text(await row.locator('.badge').first().textContent());
          // The key at the top of the page explains the same words.
          assert.equal(got, text(await page.textContent('.route-key .badge.status-not-yet')));
          if (lang === langs()[0]) english = got;
          checkWording(lang, langs()[0], got, english);
          // Its anchor works: #be is the target.
          await page.goto(page.url().split('#')[0] + '#be');
          assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'be');
        });
      }
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
      assert.deepEqual([...rec.failed, ...rec.httpErrors], [], 'failed requests');
    } finally {
      await context.close();
    }
  });
}

// A treaty whose entry into force no source gives: the answer says "not confirmed" and to ask,
// never "not possible yet"; every agreement named says when its status was checked; and a pair
// with no agreement on record says our list may be incomplete.
test('route finder: not confirmed, checked dates, and no agreement on record (shipped site)', async () => {
  const base = env.servers.shipped.url;
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(base + templateSample(env.sites.shipped).find((s) => s.kind === 'routes' && s.lang === 'en').url);
    const ask = async (det, nat) => {
      await page.selectOption('#finder-detained', det);
      await page.selectOption('#finder-national', nat);
      await page.click('#finder button[type=submit]');
      await page.locator('#finder-answer .badge').first().waitFor({ state: 'visible', timeout: 10000 });
      return text(await page.textContent('#finder-answer'));
    };
    const hk = await ask('BE', 'HK');
    assert.match(await page.getAttribute('#finder-answer .badge', 'class'), /\bstatus-unknown\b/);
    assert.ok(hk.includes(text(await page.getAttribute('#finder', 'data-next-unknown'))), hk);
    assert.ok(!hk.includes(text(await page.getAttribute('#finder', 'data-next-signed'))), hk);
    const checked = await page.$$eval('#finder-answer ul.instruments li .checked time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    const named = await page.$$eval('#finder-answer ul.instruments li', (ls) => ls.length);
    assert.ok(named > 0 && checked.length === named, `${checked.length} dates for ${named} agreements`);
    assert.ok(checked.every((d) => /^20\d\d-\d\d-\d\d$/.test(d)), checked.join(' '));
    const none = await ask('KH', 'LA');
    assert.match(await page.getAttribute('#finder-answer .badge', 'class'), /\bstatus-none\b/);
    assert.ok(none.includes(text(await page.getAttribute('#finder', 'data-explain-none'))), none);
    assert.match(none, /incomplete/);
  } finally {
    await context.close();
  }
});

// The home page asks the family's question first, and answers it there; the question goes into
// the address, so an answer can be shared or bookmarked, and such an address answers on opening.
test('home page: the finder answers in place and the answer has an address (shipped site)', async (t) => {
  const site = env.sites.shipped;
  const base = env.servers.shipped.url;
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  const rec = track(page);
  try {
    for (const lang of languages(site)) {
      await t.test(lang, async () => {
        const home = templateSample(site).find((s) => s.kind === 'home' && s.lang === lang).url;
        assert.equal((await page.goto(base + home)).status(), 200);
        assert.ok(await page.isVisible('#finder'), 'the form shows on the home page');
        const formTop = (await page.locator('#finder').boundingBox()).y;
        const textTop = (await page.locator('main .content').boundingBox()).y;
        assert.ok(formTop < textTop, 'the form comes before the page text');
        await page.selectOption('#finder-detained', 'TH');
        await page.selectOption('#finder-national', 'FR');
        await page.click('#finder button[type=submit]');
        const badge = page.locator('#finder-answer .badge').first();
        await badge.waitFor({ state: 'visible', timeout: 10000 });
        assert.match(await badge.getAttribute('class'), /\bstatus-in-force\b/, 'France–Thailand: in force');
        assert.equal(await page.locator('#finder-answer .badge.status-unverified').count(), 1, 'and not verified');
        const n = names(site, lang);
        const answer = text(await page.textContent('#finder-answer'));
        assert.ok(answer.includes(n.TH) && answer.includes(n.FR), answer);
        const asked = new URL(page.url());
        assert.equal(decodeURIComponent(asked.pathname), decodeURIComponent(new URL(base + home).pathname), 'still the home page');
        assert.equal(asked.searchParams.get('detained'), 'TH');
        assert.equal(asked.searchParams.get('national'), 'FR');
        // Opening that address again answers at once, with no choice to make.
        const again = await context.newPage();
        await again.goto(page.url());
        await again.locator('#finder-answer .badge.status-in-force').waitFor({ state: 'visible', timeout: 10000 });
        assert.equal(await again.inputValue('#finder-detained'), 'TH');
        assert.equal(await again.inputValue('#finder-national'), 'FR');
        await again.close();
      });
    }
    // The route finder page reads the same address; lower-case codes work too.
    await page.goto(base + finderUrlOf('shipped', 'en') + '?detained=kh&national=be');
    await page.locator('#finder-answer .badge.status-not-yet').waitFor({ state: 'visible', timeout: 10000 });
    // An unknown country in the address is ignored: no answer, nothing broken.
    await page.goto(base + finderUrlOf('shipped', 'en') + '?detained=ZZ&national=FR');
    assert.equal(await page.inputValue('#finder-detained'), '');
    assert.equal(text(await page.textContent('#finder-answer')), '');
    assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
    assert.deepEqual([...rec.failed, ...rec.httpErrors, ...rec.pageErrors], [], 'failed requests or errors');
  } finally {
    await context.close();
  }
});

function finderUrlOf(siteName, lang) {
  return templateSample(env.sites[siteName]).find((s) => s.kind === 'routes' && s.lang === lang).url;
}
