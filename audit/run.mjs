// Lighthouse audit of a built Homeward site. Run by scripts/audit (which installs, builds and
// calls this); by hand: `node audit/run.mjs SITE_DIR`.
//
// Serves SITE_DIR on 127.0.0.1, finds the pages (the Khmer Cambodia page from the English page's
// a[hreflang=km], the Belgium–Cambodia agreement from /agreements/, the tracking-sheet guide from
// /guides/), runs Lighthouse on each in headless Debian Chromium — mobile, simulated slow 4G
// (Lighthouse's default mobile profile) — for performance, accessibility, best-practices and SEO,
// prints a table, writes it to audit/results.md and the JSON reports to AUDIT_REPORTS.
// Exit 1 when any accessibility score is below AUDIT_MIN_A11Y (100) or performance below
// AUDIT_MIN_PERF (95), or a page could not be audited. Audits that error (e.g. for want of
// network) are reported, never failed on.
//
// Environment: CHROME_PATH (/usr/bin/chromium), AUDIT_REPORTS (/tmp/audit-reports), AUDIT_RUNS
// (1: runs per page; with more, the run with the median performance score is kept),
// AUDIT_PAGES (comma-separated labels to audit only some pages), AUDIT_MIN_A11Y, AUDIT_MIN_PERF.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SITE = process.argv[2] || '/tmp/audit-site';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const REPORTS = process.env.AUDIT_REPORTS || '/tmp/audit-reports';
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS || 1));
const MIN_A11Y = Number(process.env.AUDIT_MIN_A11Y || 100);
const MIN_PERF = Number(process.env.AUDIT_MIN_PERF || 95);
const ONLY = (process.env.AUDIT_PAGES || '').split(',').map((s) => s.trim()).filter(Boolean);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing but the local server resolves: a page (or Chromium) reaching out fails here, visibly,
  // instead of leaving the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const die = (msg) => { console.error(`audit: ${msg}`); process.exit(2); };
if (!fs.existsSync(path.join(SITE, 'index.html'))) die(`${SITE} holds no built site (index.html)`);
if (!fs.existsSync(CHROME)) die(`${CHROME} is missing (apt-get install chromium)`);

// --- the pages ---------------------------------------------------------------------------------
const server = await serve(SITE);
const BASE = server.url;

async function get(p) {
  const r = await fetch(BASE + p);
  if (!r.ok) throw new Error(`GET ${p}: ${r.status}`);
  return r.text();
}
/** The `href` of the first `<a>` in `html` whose opening tag or text matches `re`. */
function findLink(html, re, what) {
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const href = /\bhref="([^"]*)"/i.exec(m[1])?.[1];
    if (href && (re.test(m[1]) || re.test(m[2].replace(/<[^>]*>/g, '')))) {
      return new URL(href.replace(/&amp;/g, '&'), BASE + '/').pathname;
    }
  }
  throw new Error(`no link to ${what}`);
}

let pages;
try {
  const cambodia = await get('/countries/cambodia/');
  const agreements = await get('/agreements/');
  const guides = await get('/guides/');
  pages = [
    ['home', '/'],
    ['cambodia', '/countries/cambodia/'],
    ['km-cambodia', findLink(cambodia, /\bhreflang="km"/i, 'the Khmer Cambodia page (a[hreflang=km])')],
    ['agreements', '/agreements/'],
    ['belgium-cambodia', findLink(agreements, /Belgium\s*[–-]\s*Cambodia/i, 'the Belgium–Cambodia agreement')],
    ['routes', '/routes/'],
    ['routes-kh', '/routes/kh/'],
    ['guides', '/guides/'],
    ['tracking-sheet', findLink(guides, /tracking-sheet/i, 'the tracking-sheet guide')],
    ['search', '/search/'],
    ['fr-home', '/fr/'],
    ['lo-home', '/lo/'],
  ];
} catch (e) {
  await server.close();
  die(`cannot find the pages: ${e.message}`);
}
if (ONLY.length) pages = pages.filter(([label]) => ONLY.includes(label));

// --- Lighthouse --------------------------------------------------------------------------------
async function audit(url) {
  // A fresh browser (and profile) per run: no cache or service worker carried between pages.
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    return result;
  } finally {
    await chrome.kill();
  }
}

const score = (lhr, c) => {
  const s = lhr.categories[c]?.score;
  return s == null ? null : Math.round(s * 100);
};

/** What Lighthouse names as the offender for each item of an audit's details. */
function offenders(details, out = []) {
  if (!details) return out;
  if (details.type === 'list') {
    for (const d of details.items || []) offenders(d, out);
    return out;
  }
  for (const item of details.items || []) {
    const parts = [];
    for (const [k, v] of Object.entries(item)) {
      if (v && typeof v === 'object' && v.type === 'node') {
        parts.push(`${v.selector || v.nodeLabel || ''} ${v.snippet ? `\`${v.snippet.slice(0, 200)}\`` : ''}`.trim());
      } else if (v && typeof v === 'object' && v.type === 'source-location') {
        parts.push(`${v.url}:${v.line + 1}:${v.column + 1}`);
      } else if (v && typeof v === 'object' && v.type === 'url') {
        parts.push(v.value);
      } else if (k === 'url' && typeof v === 'string') {
        parts.push(v);
      } else if (['description', 'source', 'label', 'reason', 'explanation', 'directive'].includes(k) && typeof v === 'string') {
        parts.push(`${k}: ${v}`);
      } else if (['wastedMs', 'wastedBytes', 'totalBytes', 'duration', 'blockingTime', 'cacheLifetimeMs', 'score'].includes(k) && typeof v === 'number') {
        parts.push(`${k}=${Math.round(v)}`);
      } else if (v && typeof v === 'object' && v.type === 'text' && typeof v.value === 'string') {
        parts.push(v.value);
      }
    }
    if (item.subItems?.items?.length) parts.push(`(${item.subItems.items.length} sub-items)`);
    // Paths, not the local server's URLs (its port changes every run).
    if (parts.length) out.push(parts.join(' — ').replaceAll(BASE, ''));
  }
  return out;
}

/** Failing audits: accessibility, best practices, SEO below 1; performance below 0.9 (Lighthouse's pass). */
function findings(lhr) {
  const failing = [];
  const errored = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs || []) {
      const a = lhr.audits[ref.id];
      // 'hidden' holds Lighthouse 12's insight audits, which repeat the diagnostics shown.
      if (!a || ref.group === 'hidden') continue;
      if (a.scoreDisplayMode === 'error') {
        errored.push({ category: c, id: a.id, title: a.title, message: a.errorMessage || '' });
        continue;
      }
      if (a.score == null || ['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      const limit = c === 'performance' ? 0.9 : 1;
      if (a.score >= limit) continue;
      // A performance diagnostic that estimates no saving on any metric is not a finding.
      if (c === 'performance' && a.scoreDisplayMode === 'metricSavings' && a.metricSavings &&
          Object.values(a.metricSavings).every((v) => !v)) continue;
      failing.push({
        category: c,
        id: a.id,
        title: a.title,
        score: a.score,
        display: a.displayValue || '',
        explanation: a.explanation || '',
        offenders: offenders(a.details),
      });
    }
  }
  return { failing, errored };
}

fs.mkdirSync(REPORTS, { recursive: true });
const rows = [];
let broken = 0;
for (const [label, p] of pages) {
  const url = BASE + p;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`audit: ${label} ${p}${RUNS > 1 ? ` (run ${i + 1}/${RUNS})` : ''} ... `);
    const t0 = Date.now();
    try {
      runs.push(await audit(url));
      process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    } catch (e) {
      process.stderr.write(`FAILED: ${e.message}\n`);
    }
  }
  if (!runs.length) {
    broken++;
    rows.push({ label, path: p, error: 'Lighthouse failed' });
    continue;
  }
  runs.sort((a, b) => (score(a.lhr, 'performance') ?? -1) - (score(b.lhr, 'performance') ?? -1));
  const { lhr, report } = runs[Math.floor((runs.length - 1) / 2)];
  fs.writeFileSync(path.join(REPORTS, `${label}.json`), report);
  if (lhr.runtimeError) {
    broken++;
    rows.push({ label, path: p, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` });
    continue;
  }
  const m = (id) => lhr.audits[id]?.numericValue;
  rows.push({
    label,
    path: p,
    perf: score(lhr, 'performance'),
    a11y: score(lhr, 'accessibility'),
    bp: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcp: m('largest-contentful-paint'),
    tbt: m('total-blocking-time'),
    cls: m('cumulative-layout-shift'),
    fcp: m('first-contentful-paint'),
    warnings: lhr.runWarnings || [],
    ...findings(lhr),
  });
}
await server.close();

// --- the table ---------------------------------------------------------------------------------
const fmt = {
  s: (v) => (v == null ? '–' : String(v)),
  ms: (v) => (v == null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`),
  cls: (v) => (v == null ? '–' : v.toFixed(3)),
};
const HEAD = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'];
const table = rows.map((r) => r.error
  ? [r.label, decodeURI(r.path), 'error', '', '', '', '', '', '']
  : [r.label, decodeURI(r.path), fmt.s(r.perf), fmt.s(r.a11y), fmt.s(r.bp), fmt.s(r.seo), fmt.ms(r.lcp), fmt.ms(r.tbt), fmt.cls(r.cls)]);
const widths = HEAD.map((h, i) => Math.max(h.length, ...table.map((r) => [...r[i]].length)));
const line = (cells) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ');
console.log();
console.log(line(HEAD));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of table) console.log(line(r));

const lhVersion = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules/lighthouse/package.json'), 'utf8')).version;
let chromeVersion = '';
try { chromeVersion = JSON.parse(fs.readFileSync(path.join(REPORTS, `${rows.find((r) => !r.error)?.label}.json`), 'utf8')).environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] || ''; } catch {}

// --- failures ------------------------------------------------------------------------------------
const below = [];
for (const r of rows) {
  if (r.error) { below.push(`${r.label}: ${r.error}`); continue; }
  if (r.a11y == null || r.a11y < MIN_A11Y) below.push(`${r.label}: accessibility ${fmt.s(r.a11y)} < ${MIN_A11Y}`);
  if (r.perf == null || r.perf < MIN_PERF) below.push(`${r.label}: performance ${fmt.s(r.perf)} < ${MIN_PERF}`);
}
const detail = [];
for (const r of rows) {
  if (r.error) continue;
  for (const f of r.failing) {
    detail.push(`- **${r.label}** \`${f.id}\` (${f.category}, score ${f.score}${f.display ? `, ${f.display}` : ''}): ${f.title}${f.explanation ? ` — ${f.explanation}` : ''}`);
    for (const o of f.offenders.slice(0, 12)) detail.push(`  - ${o}`);
    if (f.offenders.length > 12) detail.push(`  - … ${f.offenders.length - 12} more (see the JSON report)`);
  }
}
const errored = [];
for (const r of rows) {
  if (r.error) continue;
  for (const e of r.errored) errored.push(`- **${r.label}** \`${e.id}\` (${e.category}): ${e.title} — ${e.message}`);
  for (const w of r.warnings) errored.push(`- **${r.label}** run warning: ${w}`);
}

console.log();
if (detail.length) {
  console.log('Failing audits (accessibility / best practices / SEO below 1, performance below 0.9):');
  console.log(detail.join('\n'));
} else {
  console.log('No failing audits.');
}
if (errored.length) {
  console.log('\nAudits that errored or warned (reported, not failed on):');
  console.log(errored.join('\n'));
}

const md = [
  '# Lighthouse audit: latest results',
  '',
  `Written by \`scripts/audit\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lhVersion}, ${chromeVersion || 'Chromium'} headless, ` +
    `mobile, simulated slow 4G (Lighthouse's default mobile throttling)${RUNS > 1 ? `, median of ${RUNS} runs` : ''}. ` +
    `JSON reports in \`${REPORTS}/\`.`,
  '',
  `| ${HEAD.join(' | ')} |`,
  `|${HEAD.map((h, i) => (i >= 2 ? '---:' : '---')).join('|')}|`,
  ...table.map((r) => `| ${r.map((c, i) => (i === 1 ? `\`${c}\`` : c)).join(' | ')} |`),
  '',
  `Thresholds: accessibility ${MIN_A11Y}, performance ${MIN_PERF}. ${below.length ? `**Below:** ${below.join('; ')}.` : 'All pages meet them.'}`,
  '',
  '## Failing audits',
  '',
  detail.length ? detail.join('\n') : 'None.',
  '',
  '## Errored audits and run warnings (not failed on)',
  '',
  errored.length ? errored.join('\n') : 'None.',
  '',
];
fs.writeFileSync(path.join(HERE, 'results.md'), md.join('\n'));

console.log(`\nwrote ${path.relative(process.cwd(), path.join(HERE, 'results.md')) || 'results.md'} and ${REPORTS}/*.json`);
if (below.length) {
  console.log(`\nFAIL: ${below.join('; ')}`);
  process.exit(1);
}
console.log('\nOK: every page meets the thresholds');
