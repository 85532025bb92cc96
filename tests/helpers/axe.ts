/**
 * axe-core in Chromium, installed once per browser context instead of once per analysis.
 *
 * `@axe-core/playwright` sends axe's 550 kB source into the page before every analysis; with
 * the source registered as an init script, each page gets it as it loads and an analysis costs
 * only axe's own run (measured: about 0.15 s a page instead of 0.5 s). The rules, tags and
 * results are axe's own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.2 A and AA, as the success criteria axe can test automatically. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG A/AA rules of axe whose outcome depends on colours: in another colour scheme (the
 * same DOM, other custom properties) only these can change. `color-contrast-enhanced` is AAA.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available in every page the context opens from now on. */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe on the page as it is now and returns one line per violation, naming the page
 * (`label`), the rule, its impact and the first elements affected. Empty when all is well.
 * All WCAG 2.2 A/AA rules, or only `rules` (e.g. `COLOUR_RULES`).
 */
export async function axeViolations(page: Page, label: string, rules?: readonly string[]): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe?: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    if (!axe) throw new Error('axe is not installed in this page: call installAxe(context) first');
    const result = (await axe.run(document, {
      runOnly: only,
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
    }));
  }, runOnly);
  return violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
}
