// Hostile HTML in content never runs in a reader's browser. A page is built from every fragment
// of the corpus that the build accepts (harmless HTML editors write, and look-alikes of attacks
// that are not markup), each of which would set `window.__xss` if a browser ran it; it is loaded
// in Chromium and nothing may have run. A control site built with `allow_unsafe_html = true`
// from refused vectors shows that the canary does fire when a script runs (else this test could
// not fail), and the same vectors without the opt-in make the build fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { REPO } from './lib/site.mjs';

const HOMEWARD = process.env.HOMEWARD || path.join(REPO, 'target/debug/homeward');

/** Accepted: published as harmless HTML, or as escaped text. */
const ACCEPTED = [
  '<details><summary>More</summary><p><abbr title="European Union">EU</abbr><sup>1</sup></p></details>',
  '<table class="facts" id="facts"><tr><th scope="col">A</th></tr><tr><td colspan="1" style="text-align: center">1</td></tr></table>',
  "<IMG SRC=JaVaScRiPt:window.__xss=1>",
  '<svg/onload=window.__xss=1>',
  '<img src="x" alt="x"/onerror=window.__xss=1>',
  '<img src="missing.png"\nalt="onerror=window.__xss=1">',
  '<p title="<script>window.__xss=1</script>">title with a script in it</p>',
  '`<script>window.__xss=1</script>`',
  '<a href="/javascript:window.__xss=1">a path, not a scheme</a>',
  '<p class="onclick">onclick=window.__xss=1</p>',
];

/** Refused without the opt-in; each runs the canary when a browser is let run it. */
const REFUSED = [
  '<img src="missing.png" onerror="window.__xss=1">',
  '<div>\n<img src="missing.png"\nonerror="window.__xss=1">\n</div>',
  '<script>window.__xss=1</script>',
];

function siteWith(body, extraConfig = '') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-xss-'));
  fs.cpSync(path.join(REPO, 'tests/fixtures/i18n'), dir, { recursive: true });
  fs.cpSync(path.join(REPO, 'themes'), path.join(dir, 'themes'), { recursive: true });
  const config = path.join(dir, 'site.toml');
  fs.writeFileSync(config, extraConfig + fs.readFileSync(config, 'utf8'));
  fs.writeFileSync(path.join(dir, 'content/about.md'), `+++\ntitle = "About"\n+++\n${body}\n`);
  return dir;
}

function build(dir) {
  return spawnSync(HOMEWARD, ['build', '--root', dir, '--output', path.join(dir, 'public')], {
    encoding: 'utf8', env: { ...process.env, HOMEWARD_TODAY: '2026-12-08' },
  });
}

let browser;
const cleanup = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const c of cleanup) await c();
});

async function canaryAfterLoading(dir) {
  const server = await serve(path.join(dir, 'public'));
  cleanup.push(() => server.close());
  const page = await browser.newPage();
  await page.goto(`${server.url}/about/`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    xss: window.__xss,
    details: document.querySelectorAll('main details abbr, main details sup').length,
    table: document.querySelectorAll('main table#facts td').length,
  }));
  await page.close();
  return result;
}

test('no accepted fragment runs a script', async () => {
  const dir = siteWith(ACCEPTED.join('\n\n'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const out = build(dir);
  assert.equal(out.status, 0, out.stderr);
  const r = await canaryAfterLoading(dir);
  assert.equal(r.xss, undefined, 'a fragment ran a script');
  assert.equal(r.details, 2, 'details, abbr and sup are kept');
  assert.equal(r.table, 1, 'the table is kept');
});

test('refused vectors fail the build, and run when opted in (the canary works)', async () => {
  for (const vector of REFUSED) {
    const strict = siteWith(vector);
    cleanup.push(() => fs.rmSync(strict, { recursive: true, force: true }));
    const out = build(strict);
    assert.equal(out.status, 1, `${vector}: ${out.stderr}`);
    assert.match(out.stderr, /E030[23]/, vector);
    assert.equal(fs.existsSync(path.join(strict, 'public')), false, 'nothing published');
  }
  const open = siteWith(REFUSED[0], 'allow_unsafe_html = true\n');
  cleanup.push(() => fs.rmSync(open, { recursive: true, force: true }));
  assert.equal(build(open).status, 0);
  const r = await canaryAfterLoading(open);
  assert.equal(r.xss, 1, 'the control page ran its script');
});
