/**
 * Accessibility of every page of the built sample site (WCAG 2.2 A/AA), a group of pages at a
 * time: axe in the light colour scheme and its colour rules in the dark one, and what axe cannot judge on its own on
 * every page — one h1, one main, a banner, a contentinfo, named navigation landmarks, and no
 * horizontal scrolling at 320 px and at 200% zoom. Each page is loaded once for all of that.
 * Keyboard use and reduced motion are in a11y-keyboard.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, COLOUR_RULES, installAxe } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { MISSING_PAGE, pageGroups, sitePages, timeFor } from '../helpers/site-pages.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const pages = sitePages(dir);
const groups = pageGroups([...pages, MISSING_PAGE]);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await installAxe(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Landmarks and headings every page must have; one line per thing missing or doubled. */
async function structureProblems(path: string): Promise<string[]> {
  const counts = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role=main]').length,
    banner: document.querySelectorAll('body > header, [role=banner]').length,
    contentinfo: document.querySelectorAll('body > footer, [role=contentinfo]').length,
    navs: document.querySelectorAll('nav').length,
    unnamedNavs: [...document.querySelectorAll('nav')].filter(
      (n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby'),
    ).length,
  }));
  const found: string[] = [];
  if (counts.h1 !== 1) found.push(`${path}: ${counts.h1} h1 elements`);
  if (counts.main !== 1) found.push(`${path}: ${counts.main} main landmarks`);
  if (counts.banner !== 1) found.push(`${path}: ${counts.banner} banners`);
  if (counts.contentinfo !== 1) found.push(`${path}: ${counts.contentinfo} contentinfo landmarks`);
  if (counts.navs === 0) found.push(`${path}: no navigation`);
  if (counts.navs > 1 && counts.unnamedNavs)
    found.push(`${path}: ${counts.unnamedNavs} navigation landmarks without a name`);
  return found;
}

/** Whether the page scrolls sideways in a window of this size, and what sticks out first. */
async function overflowAt(path: string, width: number, height: number): Promise<string[]> {
  await page.setViewportSize({ width, height });
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    const wide = [...document.body.querySelectorAll('*')].find(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 1,
    );
    const name = wide
      ? wide.tagName.toLowerCase() + (wide.className ? `.${String(wide.className).split(' ')[0]}` : '')
      : '?';
    return `${root.scrollWidth}px > ${root.clientWidth}px (first too wide: ${name})`;
  });
  return overflow ? [`${path} at ${width} px: ${overflow}`] : [];
}

/** Results of every check, per group of pages. */
interface Findings {
  light: string[];
  dark: string[];
  structure: string[];
  reflow: string[];
}

/** Loads a page once and runs every check on it; the search page is checked with results showing. */
async function checkPage(path: string, findings: Findings): Promise<void> {
  const label = path || '/';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url + path, { waitUntil: 'load' });
  findings.light.push(...(await axeViolations(page, label)));
  // The dark scheme changes colours only: the rules that judge colours run again.
  await page.emulateMedia({ colorScheme: 'dark' });
  findings.dark.push(...(await axeViolations(page, label, COLOUR_RULES)));
  findings.structure.push(...(await structureProblems(label)));
  // 200% zoom of a 1280 px window lays out like a 640 px window.
  findings.reflow.push(...(await overflowAt(label, 320, 640)), ...(await overflowAt(label, 640, 400)));
}

describe.each(groups)('$label', ({ paths }) => {
  const findings: Findings = { light: [], dark: [], structure: [], reflow: [] };

  beforeAll(async () => {
    for (const path of paths) await checkPage(path, findings);
  }, timeFor(paths.length));

  it(`axe, light scheme: no violations on ${paths.length} pages`, () => expect(findings.light).toEqual([]));
  it('axe, dark scheme: no contrast or colour-only violations', () => expect(findings.dark).toEqual([]));
  it('one h1, one main, a banner, a contentinfo and named navigation', () =>
    expect(findings.structure).toEqual([]));
  it('no horizontal scrolling at 320 px or at 200% zoom', () => expect(findings.reflow).toEqual([]));
});

describe('search with results showing', () => {
  it(
    'has no axe violations in either scheme',
    async () => {
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}zoeken/?q=leren`, { waitUntil: 'load' });
        await page
          .locator('[data-search-results] > li')
          .first()
          .waitFor({ timeout: timeFor(1) });
        found.push(...(await axeViolations(page, `zoeken/?q=leren (${colorScheme})`)));
      }
      expect(found).toEqual([]);
    },
    timeFor(4),
  );
});

it('covers every page of the site', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(groups.flatMap((g) => g.paths).sort()).toEqual([...pages, MISSING_PAGE].sort());
  for (const group of groups) expect(group.paths.length, group.label).toBeLessThanOrEqual(12);
});

it('(control) the checks see a violation when there is one', async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(img, document.createElement('h1'));
    document.body.style.minWidth = '2000px';
  });
  expect((await axeViolations(page, 'control')).join('\n')).toMatch(/image-alt/);
  // The colour rules alone still see text that does not stand out from its background.
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Nauwelijks leesbaar';
    faint.style.cssText = 'color: #777; background: #888';
    document.querySelector('main')!.append(faint);
  });
  const colours = (await axeViolations(page, 'control', COLOUR_RULES)).join('\n');
  expect(colours).toMatch(/color-contrast/);
  expect(colours).not.toMatch(/image-alt/);
  expect(await structureProblems('control')).toEqual(['control: 2 h1 elements']);
  expect(await overflowAt('control', 320, 640)).toHaveLength(1);
});
