// The print stylesheet: printing the tracking-sheet guide (in every language) hides the
// navigation and the language switcher and shows the sheet's tables. A PDF of the English sheet
// is kept in $E2E_WORK/artifacts/ to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, PHONE } from './lib/browser.mjs';
import { ARTIFACTS, templateSample, languages } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped', 'fixture'); });
after(async () => { await env?.close(); });

const HIDDEN_IN_PRINT = ['.lang-switch', '.site-nav', '.skip-link', '.breadcrumbs'];

async function state(page) {
  return page.evaluate((sels) => {
    const vis = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
      && getComputedStyle(e).display !== 'none';
    const shown = {};
    for (const s of sels) {
      const els = [...document.querySelectorAll(s)];
      shown[s] = els.length ? els.some(vis) : null;
    }
    const tables = [...document.querySelectorAll('main table')].map((t) => {
      const r = t.getBoundingClientRect();
      const blank = [...t.querySelectorAll('tbody > tr.blank')];
      return { visible: vis(t), width: r.width, rows: t.rows.length, blank: blank.length, blankShown: blank.filter(vis).length, cellsVisible: [...t.querySelectorAll('th,td')].every((c) => c.getClientRects().length > 0) };
    });
    return { shown, tables, mainVisible: vis(document.querySelector('main')) };
  }, HIDDEN_IN_PRINT);
}

test('print stylesheet: the tracking-sheet guide prints without navigation, with its tables', async (t) => {
  const base = env.servers.shipped.url;
  const sample = templateSample(env.sites.shipped).filter((s) => s.kind === 'page');
  const def = languages(env.sites.shipped)[0];
  assert.match(decodeURIComponent(sample.find((s) => s.lang === def).url), /\/guides\/tracking-sheet/,
    'the sample page is the tracking-sheet guide');
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    for (const lang of languages(env.sites.shipped)) {
      const s = sample.find((x) => x.lang === lang);
      await t.test(`${lang} ${decodeURIComponent(s.url)}`, async () => {
        await page.emulateMedia({ media: 'screen' });
        assert.equal((await page.goto(base + s.url)).status(), 200);
        const screen = await state(page);
        assert.equal(screen.shown['.lang-switch'], true, 'on screen the language switcher shows');
        assert.equal(screen.shown['.site-nav'], true, 'on screen the navigation shows');
        assert.ok(screen.tables.length >= 1, 'the tracking sheet has a table');
        const form = screen.tables.find((tb) => tb.blank > 1);
        assert.ok(form, 'the record table has blank lines to fill in');
        assert.equal(form.blankShown, 1, 'on a phone screen one blank card stands for all the lines');
        await page.emulateMedia({ media: 'print' });
        const print = await state(page);
        for (const sel of HIDDEN_IN_PRINT) {
          assert.notEqual(print.shown[sel], true, `${sel} is hidden in print`);
        }
        assert.ok(print.mainVisible, 'the content prints');
        for (const [i, tb] of print.tables.entries()) {
          assert.ok(tb.visible && tb.width > 0 && tb.cellsVisible, `table ${i + 1} prints with all its cells`);
          assert.equal(tb.blankShown, tb.blank, `table ${i + 1} prints every blank line`);
        }
        if (lang === 'en') {
          fs.mkdirSync(ARTIFACTS, { recursive: true });
          await page.pdf({ path: path.join(ARTIFACTS, 'tracking-sheet.en.pdf'), format: 'A4' });
        }
      });
    }
  } finally {
    await context.close();
  }
});

test('print stylesheet hides the navigation in Arabic too (fixture)', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.emulateMedia({ media: 'print' });
    for (const s of templateSample(env.sites.fixture).filter((x) => x.lang === 'ar' && x.kind !== '404')) {
      await page.goto(env.servers.fixture.url + s.url);
      const print = await state(page);
      assert.notEqual(print.shown['.lang-switch'], true, `${decodeURIComponent(s.url)}: .lang-switch hidden`);
      assert.notEqual(print.shown['.site-nav'], true, `${decodeURIComponent(s.url)}: .site-nav hidden`);
      assert.ok(print.mainVisible);
    }
  } finally {
    await context.close();
  }
});
