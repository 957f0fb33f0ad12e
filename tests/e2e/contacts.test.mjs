// Every answer of the route finder ends with who to write to (issue 21): for 20 country pairs in
// English, French and Arabic, on a phone, the answer shows the central authority and consular
// contacts of both countries exactly as /data/contacts.LANG.json gives them (each with its
// source link and checked date), or, where the site knows none, the page's own "we have no
// checked contact" sentence naming the country. The contacts file is fetched once per page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, PHONE, track, offHost } from './lib/browser.mjs';
import { templateSample } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped'); });
after(async () => { await env?.close(); });

const PAIRS = [
  ['TH', 'BE'], ['BE', 'TH'], ['KH', 'BE'], ['BE', 'KH'], ['VN', 'KH'], ['KH', 'VN'], ['TH', 'AU'],
  ['AU', 'TH'], ['LA', 'TH'], ['TH', 'LA'], ['MA', 'BE'], ['BE', 'MA'], ['VN', 'BE'], ['TH', 'FR'],
  ['FR', 'TH'], ['LA', 'VN'], ['KH', 'AU'], ['AU', 'KH'], ['TH', 'US'], ['GB', 'TH'],
];
const ROLES = ['central-authority', 'consular'];
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const json = (site, file) => JSON.parse(readFileSync(path.join(site.dir, file), 'utf8'));

/** What the block of one country must say: its contacts' names, or the "none" sentences. */
function expected(form, known, names, code, place) {
  const name = names[code];
  const roles = known[code] || {};
  return ROLES.map((role) => {
    const list = roles[role] || [];
    if (list.length) return { role, names: list.map((c) => squash(c.name)) };
    const words = role === 'consular' && !place ? form['none-consular-home'] : form[`none-${role}`].replace('{place}', place);
    return { role, none: squash(words.replace('{country}', name)) };
  });
}

for (const lang of ['en', 'fr', 'ar']) {
  test(`the finder's answers end with who to write to in both countries (${lang})`, async () => {
    const site = env.sites.shipped;
    const base = env.servers.shipped.url;
    const finder = templateSample(site).find((s) => s.kind === 'routes' && s.lang === lang).url;
    const known = json(site, `data/contacts.${lang}.json`).countries;
    const names = json(site, `data/names.${lang}.json`).countries;
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const rec = track(page);
    let withContacts = 0;
    let withNone = 0;
    try {
      assert.equal((await page.goto(base + finder)).status(), 200);
      const form = await page.$eval('#finder', (f) => Object.fromEntries([...f.attributes]
        .filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value])));
      for (const [det, nat] of PAIRS) {
        await page.selectOption('#finder-detained', det);
        await page.selectOption('#finder-national', nat);
        await page.click('#finder button[type=submit]');
        const block = page.locator('#finder-answer .who-to-write[data-ready]');
        await block.waitFor({ state: 'attached', timeout: 10000 });
        // It is the last part of the answer, under the page's own title for it.
        assert.equal(await page.$eval('#finder-answer', (a) => a.lastElementChild.classList.contains('who-to-write')), true);
        assert.equal(squash(await block.locator('h3').textContent()), squash(form['contacts-title']));
        const parts = block.locator('.contacts-of');
        assert.equal(await parts.count(), 2, `${det}×${nat}: both countries`);
        for (const [i, code, place] of [[0, det, ''], [1, nat, names[det]]]) {
          const part = parts.nth(i);
          assert.equal(await part.getAttribute('data-country'), code);
          assert.equal(squash(await part.locator('h4').textContent()), squash(names[code]));
          const want = expected(form, known, names, code, place);
          const got = await part.evaluate((p) => [...p.children].slice(1).map((c) => ({
            role: [...c.classList].find((k) => k.startsWith('contact-'))?.slice(8) || null,
            name: c.querySelector('.contact-name')?.textContent || null,
            none: c.classList.contains('contacts-none') ? c.textContent : null,
            source: c.querySelector('a.contact-source')?.getAttribute('href') || null,
            checked: c.querySelector('time')?.getAttribute('datetime') || null,
          })));
          const shown = got.map((g) => (g.none ? { none: squash(g.none) } : { role: g.role, name: squash(g.name) }));
          const wanted = want.flatMap((w) => (w.none ? [{ none: w.none }] : w.names.map((n) => ({ role: w.role, name: n }))));
          assert.deepEqual(shown, wanted, `${lang} ${det}×${nat}: ${code}`);
          for (const g of got.filter((x) => !x.none)) {
            assert.match(g.source || '', /^https?:\/\//, `${code}: a source link`);
            assert.match(g.checked || '', /^\d{4}-\d{2}-\d{2}$/, `${code}: a checked date`);
            withContacts += 1;
          }
          withNone += got.filter((x) => x.none).length;
        }
      }
      assert.ok(withContacts > 20 && withNone > 5, `contacts ${withContacts}, none ${withNone}`);
      const fetched = rec.requests.filter((u) => u.includes('/data/contacts.'));
      assert.deepEqual(fetched.map((u) => new URL(u).pathname), [`/data/contacts.${lang}.json`], 'fetched once');
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
      assert.deepEqual([...rec.failed, ...rec.httpErrors, ...rec.pageErrors], [], 'failed requests or errors');
    } finally {
      await context.close();
    }
  });
}
