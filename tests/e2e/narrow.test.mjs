// The smallest phones: at 320 px wide no page of the shipped site scrolls sideways (wide tables
// scroll inside their own focusable wrapper, and nothing escapes it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './lib/browser.mjs';
import { pages } from './lib/site.mjs';

let env;
before(async () => { env = await setup('shipped'); });
after(async () => { await env?.close(); });

test('no page scrolls sideways at 320 px', async () => {
  const base = env.servers.shipped.url;
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true });
  const page = await context.newPage();
  const wide = [];
  try {
    const list = pages(env.sites.shipped).filter((p) => !p.url.endsWith('.json'));
    assert.ok(list.length > 100, `the shipped site has its pages (${list.length})`);
    for (const p of list) {
      await page.goto(base + p.url);
      const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (w[0] > w[1] + 1) wide.push(`${decodeURIComponent(p.url)}: ${w[0]} px wide`);
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(wide, [], `pages wider than the screen:\n${wide.join('\n')}`);
});

// On a phone every cell of a table is in sight without scrolling sideways: a family must see the
// status and the next step of an answer, not only the country's name.
test('every table cell is within the screen at 390 px', async () => {
  const base = env.servers.shipped.url;
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const hidden = [];
  let cells = 0;
  try {
    const list = pages(env.sites.shipped).filter((p) => ['route', 'country', 'agreement', 'agreements'].includes(p.kind));
    assert.ok(list.length > 100, `pages with tables (${list.length})`);
    for (const p of list) {
      await page.goto(base + p.url);
      const out = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const all = [...document.querySelectorAll('main table td, main table tbody th')];
        const off = all.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 1 || r.left < -1);
        }).map((c) => (c.getAttribute('data-label') || c.tagName) + ': ' + c.textContent.trim().slice(0, 40));
        return { count: all.length, off };
      });
      cells += out.count;
      for (const o of out.off) hidden.push(`${decodeURIComponent(p.url)} ${o}`);
    }
  } finally {
    await context.close();
  }
  assert.ok(cells > 1000, `table cells were measured (${cells})`);
  assert.deepEqual(hidden.slice(0, 20), [], `${hidden.length} cells out of sight at 390 px`);
});
