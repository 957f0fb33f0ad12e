// axe-core, injected into the page (npm axe-core's axe.min.js), WCAG 2.0/2.1/2.2 A and AA rules.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = require('axe-core/package.json').version;
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page as it is now; resolves to its violations, each { id, impact, help, nodes[] }. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const result = await page.evaluate(async (tags) => {
    return window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
  }, WCAG_TAGS);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      html: n.html.length > 160 ? n.html.slice(0, 157) + '...' : n.html,
      summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** One line per failing element: "rule-id (impact) lang kind url :: selector :: summary". */
export function formatViolations(list) {
  const lines = [];
  for (const { where, violations } of list) {
    for (const v of violations) {
      for (const n of v.nodes) {
        lines.push(`${v.id} (${v.impact}) [${where}] ${n.target} :: ${n.summary || v.help}`);
      }
    }
  }
  return lines;
}
