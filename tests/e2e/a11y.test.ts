/**
 * Accessibility of every page of the built sample site (WCAG 2.2 A/AA): axe in the light and
 * the dark colour scheme, and what axe cannot judge on its own — the skip link, visible
 * focus, landmarks, one h1, no horizontal scrolling at 320 px and at 200% zoom, and no motion
 * for readers who asked for less.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outputFiles } from '../../src/lib/output-links.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = outputFiles(dir)
  .filter((f) => f.endsWith('.html') && f !== '404.html')
  .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
  .sort();
/** One page of each kind, for the checks that need a keyboard or a narrow window. */
const kinds = ['', 'blog/', 'opleidingen/', 'experts/', 'tags/', 'zoeken/', 'bestaat-niet/'];
for (const prefix of [
  'blog/',
  'leerverhalen/',
  'opleidingen/',
  'experts/',
  'competenties/',
  'functies/',
  'tags/',
]) {
  const entry = pages.find((p) => p.startsWith(prefix) && p !== prefix && !/\/\d+\/$/.test(p));
  if (entry) kinds.push(entry);
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => page.goto(server.url + path, { waitUntil: 'load' });

async function axe(tab: Page, path: string, ready?: () => Promise<unknown>): Promise<string[]> {
  await tab.goto(server.url + path, { waitUntil: 'load' });
  await ready?.();
  const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG).analyze();
  return violations.map(
    (v) =>
      `${path || '/'}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

// The two schemes run side by side, each in its own tab (axe is the slow part).
describe.concurrent('axe, WCAG 2.2 A/AA', () => {
  it.each(['light', 'dark'] as const)(
    '%s scheme: every page, and search with results showing, has zero violations',
    async (colorScheme) => {
      const tab = await context.newPage();
      await tab.emulateMedia({ colorScheme });
      const found: string[] = [];
      for (const path of [...pages, 'bestaat-niet/']) found.push(...(await axe(tab, path)));
      found.push(
        ...(await axe(tab, 'zoeken/?q=leren', () =>
          tab.locator('[data-search-results] > li').first().waitFor({ timeout: 15_000 }),
        )),
      );
      await tab.close();
      expect(pages.length).toBeGreaterThan(20);
      expect(found).toEqual([]);
    },
    480_000,
  );
});

describe('structure of every page', () => {
  it('exactly one h1, one main, a banner, a contentinfo and a named navigation', async () => {
    const found: string[] = [];
    for (const path of [...pages, 'bestaat-niet/']) {
      await open(path);
      const counts = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main, [role=main]').length,
        banner: document.querySelectorAll('body > header, [role=banner]').length,
        contentinfo: document.querySelectorAll('body > footer, [role=contentinfo]').length,
        unnamedNavs: [...document.querySelectorAll('nav')].filter(
          (n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby'),
        ).length,
        navs: document.querySelectorAll('nav').length,
      }));
      if (counts.h1 !== 1) found.push(`${path}: ${counts.h1} h1 elements`);
      if (counts.main !== 1) found.push(`${path}: ${counts.main} main landmarks`);
      if (counts.banner !== 1) found.push(`${path}: ${counts.banner} banners`);
      if (counts.contentinfo !== 1) found.push(`${path}: ${counts.contentinfo} contentinfo landmarks`);
      if (counts.navs === 0) found.push(`${path}: no navigation`);
      if (counts.navs > 1 && counts.unnamedNavs)
        found.push(`${path}: ${counts.unnamedNavs} navigation landmarks without a name`);
    }
    expect(found).toEqual([]);
  }, 120_000);

  it.each([
    ['320 px wide', { width: 320, height: 640 }],
    // 200% zoom of a 1280 px window lays out like a 640 px window.
    ['200% zoom', { width: 640, height: 400 }],
  ])(
    'no horizontal scrolling at %s',
    async (_name, viewport) => {
      const narrow = await context.newPage();
      await narrow.setViewportSize(viewport);
      const found: string[] = [];
      for (const path of [...pages, 'bestaat-niet/']) {
        await narrow.goto(server.url + path, { waitUntil: 'load' });
        const overflow = await narrow.evaluate(() => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return undefined;
          const wide = [...document.body.querySelectorAll('*')].find(
            (el) => el.getBoundingClientRect().right > root.clientWidth + 1,
          );
          return `${root.scrollWidth}px > ${root.clientWidth}px (first too wide: ${wide ? wide.tagName.toLowerCase() + (wide.className ? `.${String(wide.className).split(' ')[0]}` : '') : '?'})`;
        });
        if (overflow) found.push(`${path || '/'}: ${overflow}`);
      }
      await narrow.close();
      expect(found).toEqual([]);
    },
    120_000,
  );
});

describe('keyboard', () => {
  it.each(kinds)(
    '%s: the skip link is the first stop, is visible when focused, and moves focus to the main content',
    async (path) => {
      await open(path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          href: el.getAttribute('href'),
          text: el.textContent?.trim(),
          visible: box.width > 1 && box.height > 1 && box.top >= 0,
        };
      });
      expect(first.tag).toBe('A');
      expect(first.href).toMatch(/^#./);
      expect(first.text).toBeTruthy();
      expect(first.visible).toBe(true);
      await page.keyboard.press('Enter');
      const target = await page.evaluate(() => ({
        id: document.activeElement?.id,
        main: document.activeElement?.tagName,
      }));
      expect(`#${target.id}`).toBe(first.href);
      expect(target.main).toBe('MAIN');
    },
  );

  it.each(kinds)(
    '%s: every one of the first 15 focus stops shows a visible focus indicator',
    async (path) => {
      await open(path);
      const missing: string[] = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const outlined = (node: Element) => {
            const s = getComputedStyle(node);
            return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2;
          };
          // The indicator may sit on the element or, for a card whose title link is focused, on
          // the card around it (:focus-within).
          const ancestors = [
            el.parentElement,
            el.parentElement?.parentElement,
            el.parentElement?.parentElement?.parentElement,
          ];
          const shown =
            outlined(el) ||
            getComputedStyle(el).boxShadow !== 'none' ||
            ancestors.some((a) => a?.matches(':focus-within') && outlined(a));
          return {
            what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
            shown,
          };
        });
        if (!focus) break;
        if (!focus.shown) missing.push(focus.what);
      }
      expect(missing).toEqual([]);
    },
  );
});

describe('prefers-reduced-motion', () => {
  it.each(kinds)(
    '%s: no transitions, animations or smooth scrolling when the reader asks for reduced motion',
    async (path) => {
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await open(path);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      const moving = await page.evaluate(() => {
        const seconds = (v: string) =>
          Math.max(...v.split(',').map((x) => Number.parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)));
        const found: string[] = [];
        for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            const name = `${el.tagName.toLowerCase()}${pseudo ?? ''}`;
            if (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
              found.push(`${name}: transition ${s.transitionDuration}`);
            if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01)
              found.push(`${name}: animation ${s.animationName}`);
          }
          if (getComputedStyle(el).scrollBehavior === 'smooth')
            found.push(`${el.tagName.toLowerCase()}: smooth scrolling`);
        }
        return [...new Set(found)];
      });
      await page.emulateMedia({ reducedMotion: null });
      expect(moving).toEqual([]);
    },
  );
});
