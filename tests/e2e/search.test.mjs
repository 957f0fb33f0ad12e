// Search as readers type it, in headless Chromium: an English word, a French word typed without
// its accent, and Khmer words that sit inside a phrase written without spaces. Each must find
// the right page, with the match highlighted in the snippet; without JavaScript the search page
// still lists every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, track } from './lib/browser.mjs';

let env;
before(async () => { env = await setup('shipped'); });
after(async () => { await env?.close(); });

const QUERIES = [
  { search: '/search/', query: 'tracking', expect: '/guides/tracking-sheet-for-a-transfer-request/' },
  { search: '/fr/search/', query: 'transferement', expect: '/fr/guides/fiche-de-suivi/' },
  { search: '/km/search/', query: 'តាមដាន', expect: '/km/guides/tracking-sheet/' },
  { search: '/km/search/', query: 'សន្លឹកតាមដាន', expect: '/km/guides/tracking-sheet/' },
  { search: '/lo/search/', query: 'ຕິດຕາມ', expect: '/lo/guides/tracking-sheet/' },
];

for (const q of QUERIES) {
  test(`search ${q.search} for "${q.query}" finds ${q.expect}`, async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const rec = track(page);
    try {
      await page.goto(env.servers.shipped.url + q.search);
      await page.fill('#search-q', q.query);
      await page.click('#search-form button[type=submit]');
      await page.waitForSelector('#search-results li a', { timeout: 10000 });
      const results = await page.$$eval('#search-results li', (lis) => lis.map((li) => ({
        href: decodeURIComponent(li.querySelector('a').getAttribute('href')),
        marked: !!li.querySelector('mark'),
      })));
      const hit = results.find((r) => r.href.startsWith(q.expect));
      assert.ok(hit, `results: ${results.map((r) => r.href).join(', ')}`);
      assert.ok(hit.marked, 'the snippet highlights the match');
      assert.deepEqual([...rec.consoleErrors, ...rec.pageErrors, ...rec.failed], [], 'no errors');
    } finally {
      await context.close();
    }
  });
}

test('the search index is fetched only once a reader searches', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  try {
    await page.goto(env.servers.shipped.url + '/fr/search/');
    assert.ok(!requested.some((u) => u.endsWith('index.json')), 'not on page load');
    await page.fill('#search-q', 'cambodge');
    await page.waitForSelector('#search-results li a', { timeout: 10000 });
    assert.ok(requested.some((u) => u.endsWith('/fr/search/index.json')));
  } finally {
    await context.close();
  }
});
