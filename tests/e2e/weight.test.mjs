// Page weight over the whole built site: for each HTML page, the gzip size of its HTML plus the
// CSS and JS it loads (and any image or other file it loads itself). A page over 30 KB compressed
// fails. The figures are printed and kept in $E2E_WORK/artifacts/weight.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { requireSite, pages, fileFor, ARTIFACTS } from './lib/site.mjs';

export const BUDGET = 30 * 1024;
const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  return gz.get(file);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const siteName of ['shipped', 'fixture']) {
  test(`page weight: every HTML page + its CSS and JS under ${kb(BUDGET)} gzipped (${siteName} site)`, (t) => {
    const site = requireSite(siteName);
    const rows = [];
    const missing = [];
    for (const p of pages(site)) {
      let html = gzipSize(p.file);
      let assets = 0;
      for (const ref of [...p.css, ...p.js, ...p.other]) {
        if (ref.startsWith('data:')) continue;
        const f = ref.startsWith('/') && !ref.startsWith('//') ? fileFor(site, ref) : null;
        if (!f) { missing.push(`${decodeURIComponent(p.url)}: ${ref}`); continue; }
        assets += gzipSize(f);
      }
      rows.push({ url: decodeURIComponent(p.url), kind: p.kind, lang: p.lang, html, assets, total: html + assets,
        raw: fs.statSync(p.file).size });
    }
    rows.sort((a, b) => b.total - a.total);
    const byKind = {};
    for (const r of rows) {
      const k = byKind[r.kind] ||= { pages: 0, max: 0, sum: 0, maxUrl: '' };
      k.pages++; k.sum += r.total;
      if (r.total > k.max) { k.max = r.total; k.maxUrl = r.url; }
    }
    // What the route finder fetches when used (not counted in the page: loaded on demand).
    const finderData = ['data/routes.json', ...fs.readdirSync(path.join(site.dir, 'data'))
      .filter((f) => /^names\.[^.]+\.json$/.test(f)).map((f) => `data/${f}`).slice(0, 1)]
      .filter((f) => fs.existsSync(path.join(site.dir, f)))
      .map((f) => ({ file: f, raw: fs.statSync(path.join(site.dir, f)).size, gzip: gzipSize(path.join(site.dir, f)) }));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `weight.${siteName}.json`), JSON.stringify({ budget: BUDGET, byKind, finderData, pages: rows }, null, 2));

    t.diagnostic(`${rows.length} pages; largest ${kb(rows[0].total)} (${rows[0].url}: HTML ${kb(rows[0].html)} + CSS/JS ${kb(rows[0].assets)}; ${kb(rows[0].raw)} uncompressed HTML)`);
    for (const r of rows.slice(0, 5)) t.diagnostic(`  ${kb(r.total).padStart(8)}  ${r.lang} ${r.kind} ${r.url}`);
    for (const [k, v] of Object.entries(byKind).sort((a, b) => b[1].max - a[1].max)) {
      t.diagnostic(`  ${k.padEnd(10)} ${String(v.pages).padStart(4)} pages, max ${kb(v.max)}, mean ${kb(v.sum / v.pages)} (${v.maxUrl})`);
    }
    for (const d of finderData) t.diagnostic(`  finder data on demand: ${d.file} ${kb(d.gzip)} gzipped (${kb(d.raw)} raw)`);

    assert.deepEqual(missing, [], 'pages load files that are not in the site');
    const over = rows.filter((r) => r.total > BUDGET).map((r) => `${kb(r.total)} ${r.url}`);
    assert.deepEqual(over, [], `${over.length} page(s) over ${kb(BUDGET)} gzipped:\n${over.join('\n')}`);
  });
}
