// Headless Debian Chromium through playwright-core (never a browser that a tool downloads), and a
// page wrapper that records every request, failed request, HTTP error and console error.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { serveNginx } from './nginx.mjs';
import { requireSite } from './site.mjs';

export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** A cheap phone: the site's readers. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/e2e does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Starts what a test file needs: the browser and, for each named site, real nginx configured by
 * `homeward server-config nginx` (lib/nginx.mjs), as the site is deployed.
 * Returns { browser, servers: {name: server}, sites: {name: site}, close() }.
 */
export async function setup(...siteNames) {
  const sites = {};
  const servers = {};
  for (const n of siteNames) sites[n] = requireSite(n);
  const browser = await launch();
  try {
    for (const n of siteNames) servers[n] = await serveNginx(sites[n]);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    sites,
    servers,
    async close() {
      await browser.close();
      for (const s of Object.values(servers)) await s.close();
    },
  };
}

/**
 * Records what a page does: every request URL, requests that failed, responses >= 400, console
 * errors and uncaught exceptions. `expect404` lists URL paths allowed to answer 404 (the 404 page).
 */
export function track(page, { expect404 = [] } = {}) {
  const rec = { requests: [], failed: [], httpErrors: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => rec.requests.push(r.url()));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText || 'failed';
    // A navigation that the page itself replaced is not a failure of the site.
    if (why === 'net::ERR_ABORTED' && r.isNavigationRequest()) return;
    rec.failed.push(`${r.url()} (${why})`);
  });
  page.on('response', (r) => {
    if (r.status() < 400) return;
    const p = new URL(r.url()).pathname;
    if (r.status() === 404 && expect404.includes(p)) return;
    rec.httpErrors.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location()?.url || '';
    // Chromium logs the expected 404 of the not-found page itself as an error: not the site's.
    if (/status of 404/.test(m.text()) && at && expect404.includes(new URL(at).pathname)) return;
    rec.consoleErrors.push(`${m.text()} @ ${at || '?'}`);
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e && e.stack ? e.stack.split('\n')[0] : e)));
  return rec;
}

/** Requests that left 127.0.0.1 (data: and blob: URLs stay in the page). */
export function offHost(urls) {
  return urls.filter((u) => {
    const x = new URL(u);
    if (x.protocol === 'data:' || x.protocol === 'blob:' || u === 'about:blank') return false;
    return x.hostname !== '127.0.0.1';
  });
}

/** Chromium's own fonts for a node's text (CSS.getPlatformFontsForNode), e.g. [{familyName, glyphCount}]. */
export async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no ${selector}`);
    // Reports the fonts used for the element's child text nodes.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
