// Where the built sites are, and what is in them (read from the built files, not guessed).
// scripts/e2e builds both sites into $E2E_WORK (default: $TMPDIR/homeward-e2e):
//   shipped/  the real site (site.toml and content/ at the repository root)
//   fixture/  tests/fixtures/i18n (English, French and Arabic, right-to-left)
// A missing site is an error, never a skip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WORK = process.env.E2E_WORK || path.join(os.tmpdir(), 'homeward-e2e');
export const ARTIFACTS = path.join(WORK, 'artifacts');

export const SITES = {
  // E2E_SHIPPED_ROOT: another root holding site.toml (scripts/e2e passes the one it built).
  shipped: { name: 'shipped', dir: path.join(WORK, 'shipped'), root: process.env.E2E_SHIPPED_ROOT || REPO },
  fixture: { name: 'fixture', dir: path.join(WORK, 'fixture'), root: path.join(REPO, 'tests/fixtures/i18n') },
};

export function requireSite(name) {
  const site = SITES[name];
  if (!fs.existsSync(path.join(site.dir, 'index.html'))) {
    throw new Error(`the ${name} site is not built in ${site.dir}: run scripts/e2e (it builds both sites)`);
  }
  return site;
}

/** Language codes in site.toml's order, default first. */
export function languages(site) {
  const toml = fs.readFileSync(path.join(site.root, 'site.toml'), 'utf8');
  const codes = [...toml.matchAll(/^\[languages\.([A-Za-z0-9_-]+)\]\s*$/gm)].map((m) => m[1]);
  const def = (toml.match(/^default_language\s*=\s*"([^"]+)"/m) || [])[1] || codes[0];
  if (!codes.length) throw new Error(`no [languages.*] table in ${site.root}/site.toml`);
  return [def, ...codes.filter((c) => c !== def)];
}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The URL path (percent-encoded, as a href would be) that serves this file. */
export function urlFor(site, file) {
  let rel = path.relative(site.dir, file).split(path.sep).join('/');
  if (rel === 'index.html') rel = '';
  else if (rel.endsWith('/index.html')) rel = rel.slice(0, -'index.html'.length);
  return '/' + rel.split('/').map(encodeURIComponent).join('/');
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4]) : null;
};
const unescape = (s) => s && s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** Every HTML page of a built site:
 * { file, url, lang, kind, alternates: {lang: path}, switcher: {lang: path}, css[], js[], other[] }. */
export function pages(site) {
  if (site._pages) return site._pages;
  const list = [];
  for (const file of walk(site.dir).filter((f) => f.endsWith('.html')).sort()) {
    const html = fs.readFileSync(file, 'utf8');
    const htmlTag = (html.match(/<html\b[^>]*>/i) || [''])[0];
    const bodyTag = (html.match(/<body\b[^>]*>/i) || [''])[0];
    const kind = ((attr(bodyTag, 'class') || '').match(/\bpage-([a-z0-9-]+)/) || [])[1] || null;
    const alternates = {};
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = (attr(tag, 'rel') || '').toLowerCase().split(/\s+/);
      const href = unescape(attr(tag, 'href'));
      if (rel.includes('alternate') && attr(tag, 'hreflang') && href) {
        alternates[attr(tag, 'hreflang')] = new URL(href, 'http://x/').pathname;
      }
    }
    // The language switcher: every configured language, each to this page in that language.
    const switcher = {};
    const nav = (html.match(/<nav\b[^>]*class="[^"]*\blang-switch\b[^"]*"[^>]*>([\s\S]*?)<\/nav>/i) || [])[1] || '';
    for (const [tag] of nav.matchAll(/<a\b[^>]*>/gi)) {
      const href = unescape(attr(tag, 'href'));
      if (attr(tag, 'hreflang') && href) switcher[attr(tag, 'hreflang')] = new URL(href, 'http://x/').pathname;
    }
    const css = [...html.matchAll(/<link\b[^>]*>/gi)]
      .map(([t]) => t)
      .filter((t) => (attr(t, 'rel') || '').toLowerCase().split(/\s+/).includes('stylesheet'))
      .map((t) => unescape(attr(t, 'href')));
    const js = [...html.matchAll(/<script\b[^>]*>/gi)].map(([t]) => unescape(attr(t, 'src'))).filter(Boolean);
    // Anything else the page itself loads (images, media, frames, icons, preloads).
    const other = [
      ...[...html.matchAll(/<(?:img|source|video|audio|iframe|embed|track|input)\b[^>]*>/gi)].map(([t]) => attr(t, 'src')),
      ...[...html.matchAll(/<object\b[^>]*>/gi)].map(([t]) => attr(t, 'data')),
      ...[...html.matchAll(/<link\b[^>]*>/gi)].map(([t]) => t)
        .filter((t) => /\b(icon|preload|modulepreload|manifest)\b/i.test(attr(t, 'rel') || ''))
        .map((t) => attr(t, 'href')),
    ].filter(Boolean).map(unescape);
    list.push({ file, url: urlFor(site, file), lang: attr(htmlTag, 'lang'), kind, alternates, switcher, css, js, other });
  }
  site._pages = list;
  return list;
}

/** The file a root-relative URL path names in a built site (or null). */
export function fileFor(site, urlPath) {
  let rel = decodeURIComponent(new URL(urlPath, 'http://x/').pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const p = path.join(site.dir, rel);
  return fs.existsSync(p) && fs.statSync(p).isFile() ? p : null;
}

export const TEMPLATE_KINDS = [
  'home', 'section', 'page', 'country', 'countries', 'agreement', 'agreements', 'routes', 'route', '404',
];

/**
 * One page of every template kind in every language: the kinds above, which every language must
 * have, and any other kind the site has (the search page...). The English pick is a meaningful page (the
 * Cambodia country page, the Belgium–Cambodia agreement, the tracking-sheet guide, the Cambodia
 * answers); the other languages take its translation when there is one, else their first page of
 * that kind. Throws if a language lacks a kind.
 */
export function templateSample(site) {
  const all = pages(site);
  const langs = languages(site);
  const prefer = {
    page: [/\/guides\/tracking-sheet/, /\/guides\//],
    section: [/^\/guides\/$/],
    country: [/\/countries\/cambodia\//],
    agreement: [/belgium-cambodia/],
    route: [/\/routes\/kh\//],
  };
  const out = [];
  const missing = [];
  const extra = [...new Set(all.filter((p) => p.lang === langs[0] && p.kind).map((p) => p.kind))]
    .filter((k) => !TEMPLATE_KINDS.includes(k)).sort();
  for (const kind of [...TEMPLATE_KINDS, ...extra]) {
    const en = all.filter((p) => p.lang === langs[0] && p.kind === kind);
    let base = en[0];
    for (const re of prefer[kind] || []) {
      const hit = en.find((p) => re.test(decodeURIComponent(p.url)));
      if (hit) { base = hit; break; }
    }
    for (const lang of langs) {
      const ofLang = all.filter((p) => p.lang === lang && p.kind === kind);
      let pick = null;
      if (lang === langs[0]) pick = base;
      else if (base) {
        const want = base.alternates[lang] || base.switcher[lang];
        pick = ofLang.find((p) => p.url === want) || null;
      }
      if (!pick && kind === '404') pick = ofLang.find((p) => p.url === `/${lang}/404.html`) || null;
      pick = pick || ofLang[0] || null;
      if (pick) out.push({ kind, lang, url: pick.url });
      else missing.push(`${kind}/${lang}`);
    }
  }
  if (missing.length) throw new Error(`${site.name} site has no page for: ${missing.join(', ')}`);
  return out;
}

/**
 * A query the search page must answer, from its own index: the title of a page in the search
 * page's language (the first that is not the home page). Returns { query, url } (url: the page
 * that must be among the results).
 */
export function searchProbe(site, searchUrl, lang) {
  const html = fs.readFileSync(fileFor(site, searchUrl), 'utf8');
  const indexUrl = unescape((html.match(/data-index-url="([^"]+)"/) || [])[1]);
  if (!indexUrl) throw new Error(`${searchUrl}: no data-index-url`);
  const index = JSON.parse(fs.readFileSync(fileFor(site, indexUrl), 'utf8'));
  const docs = index.docs.filter((d) => d.t && d.u);
  const doc = docs.find((d) => d.l === lang && d.u !== searchUrl && !/^\/([a-z]{2,3}\/)?$/.test(d.u)) || docs[0];
  if (!doc) throw new Error(`${indexUrl}: an empty search index`);
  return { query: doc.t, url: doc.u };
}
