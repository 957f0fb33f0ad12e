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
