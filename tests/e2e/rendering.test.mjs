// How pages render: Arabic (the fixture) right-to-left with the header mirrored; Khmer, Lao and
// Arabic text drawn with fonts that have those scripts (no tofu boxes). Screenshots are kept in
// $E2E_WORK/artifacts/screens/ to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setup, PHONE, track, offHost, platformFonts } from './lib/browser.mjs';
import { ARTIFACTS, templateSample, languages } from './lib/site.mjs';

let env;
const SCREENS = path.join(ARTIFACTS, 'screens');
before(async () => {
  env = await setup('shipped', 'fixture');
  fs.mkdirSync(SCREENS, { recursive: true });
});
after(async () => { await env?.close(); });

const DESKTOP = { viewport: { width: 1024, height: 768 } };

/** Where the header's items are, relative to the header's content box. */
async function headerLayout(page) {
  return page.evaluate(() => {
    const wrap = document.querySelector('.site-header .wrap');
    const cs = getComputedStyle(wrap);
    const box = wrap.getBoundingClientRect();
    const left = box.left + parseFloat(cs.paddingLeft);
    const right = box.right - parseFloat(cs.paddingRight);
    const first = wrap.firstElementChild.getBoundingClientRect();
    const lis = [...document.querySelectorAll('.lang-switch li')].map((li) => li.getBoundingClientRect());
    return {
      dir: getComputedStyle(document.documentElement).direction,
      left, right,
      first: { left: first.left, right: first.right },
      firstTag: wrap.firstElementChild.className,
      li: lis.slice(0, 2).map((r) => ({ left: r.left, right: r.right, top: r.top })),
      h1Align: getComputedStyle(document.querySelector('h1')).textAlign,
    };
  });
}

for (const [label, opts] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`Arabic renders right-to-left, header mirrored (fixture, ${label})`, async (t) => {
    const base = env.servers.fixture.url;
    const context = await env.browser.newContext(opts);
    const page = await context.newPage();
    const rec = track(page);
    try {
      const sample = templateSample(env.sites.fixture).filter((s) => s.lang === 'ar' && s.kind !== '404');
      assert.ok(sample.length >= 9, 'the fixture has Arabic pages');
      for (const s of sample) {
        await t.test(`${s.kind} ${decodeURIComponent(s.url)}`, async () => {
          assert.equal((await page.goto(base + s.url)).status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), 'ar');
          const h = await headerLayout(page);
          assert.equal(h.dir, 'rtl', 'getComputedStyle(html).direction');
          // The header's first item (the site title) starts at the right edge.
          assert.ok(Math.abs(h.first.right - h.right) <= 8,
            `first header item (${h.firstTag}) right edge ${h.first.right} is at the header's right edge ${h.right}`);
          assert.ok(h.first.left > h.left + 8 || h.first.right - h.first.left > (h.right - h.left) * 0.9,
            'the first header item does not start at the left');
          if (h.li.length === 2 && Math.abs(h.li[0].top - h.li[1].top) < 2) {
            assert.ok(h.li[0].left > h.li[1].left, 'the language list runs right to left');
          }
        });
      }
      // The same page in English, as a control: left to right.
      assert.equal((await page.goto(base + '/')).status(), 200);
      const en = await headerLayout(page);
      assert.equal(en.dir, 'ltr');
      assert.ok(Math.abs(en.first.left - en.left) <= 8, 'English: the first header item is at the left');
      await page.goto(base + '/ar/');
      await page.screenshot({ path: path.join(SCREENS, `ar-home-${label}.png`) });
      assert.deepEqual(offHost(rec.requests), [], 'requests that left 127.0.0.1');
    } finally {
      await context.close();
    }
  });
}

function familiesFor(lang) {
  const out = execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  return new Set(out.split('\n').flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean));
}

const SCRIPTS = [
  { site: 'shipped', lang: 'km' },
  { site: 'shipped', lang: 'lo' },
  { site: 'shipped', lang: 'ar' },
  { site: 'fixture', lang: 'ar' },
];
for (const { site, lang } of SCRIPTS) {
  test(`${lang} text is drawn with a font that has its script (${site} site)`, async (t) => {
    const families = familiesFor(lang);
    assert.ok(families.size > 0, `fontconfig has no font for ${lang}: install it (scripts/e2e does)`);
    assert.ok(languages(env.sites[site]).includes(lang));
    const base = env.servers[site].url;
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      const sample = templateSample(env.sites[site]).filter((s) => s.lang === lang && ['home', 'route', 'page'].includes(s.kind));
      for (const s of sample) {
        await t.test(`${s.kind} ${decodeURIComponent(s.url)}`, async () => {
          await page.goto(base + s.url);
          // Elements whose own text is in the page's language.
          for (const sel of ['.site-title', 'h1', '.lang-switch a[aria-current]', '.site-footer p:last-child']) {
            if (!(await page.$(sel))) continue;
            if (await page.getAttribute(sel, 'lang') && (await page.getAttribute(sel, 'lang')) !== lang) continue;
            const fonts = await platformFonts(page, sel);
            const used = fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
            // Only elements with the script's letters (a Latin brand name may use any font).
            const own = await page.$eval(sel, (e, l) => {
              const re = { km: /[\u1780-\u17FF]/, lo: /[\u0E80-\u0EFF]/, ar: /[\u0600-\u06FF]/ }[l];
              return re.test(e.textContent);
            }, lang);
            if (!own) continue;
            assert.ok(used.some((f) => families.has(f)),
              `${sel}: ${lang} glyphs drawn with ${used.join(', ')}, none of which has ${lang} (fc-list :lang=${lang})`);
          }
          await page.screenshot({ path: path.join(SCREENS, `${lang}-${s.kind}.png`) });
        });
      }
    } finally {
      await context.close();
    }
  });
}
