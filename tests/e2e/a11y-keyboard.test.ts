/**
 * Keyboard use and reduced motion on one page of each kind of the built sample site (WCAG 2.2
 * A/AA): the skip link is the first stop and works, every focus stop is visible, and nothing
 * moves for readers who asked for less motion. The kinds follow the site: the home page, the
 * search page, the 404 page, and for every section its list page and one of its entry pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { MISSING_PAGE, sitePages, timeFor } from '../helpers/site-pages.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const pages = sitePages(dir);

/** One page of each kind: a section's list page and its first entry page (not a list's page 2). */
const kinds = ['', 'zoeken/', MISSING_PAGE];
for (const section of new Set(pages.map((p) => p.split('/')[0]).filter(Boolean))) {
  if (pages.includes(`${section}/`)) kinds.push(`${section}/`);
  const entry = pages.find((p) => p.startsWith(`${section}/`) && p !== `${section}/` && !/\/\d+\/$/.test(p));
  if (entry) kinds.push(entry);
}
const kindList = [...new Set(kinds)];

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

it('tries a page of every kind', () => {
  for (const kind of ['', 'blog/', 'opleidingen/', 'experts/', 'tags/', 'zoeken/', MISSING_PAGE])
    expect(kindList).toContain(kind);
  expect(kindList.length).toBeGreaterThan(12);
});

describe('keyboard', () => {
  it.each(kindList)(
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
    timeFor(1),
  );

  it.each(kindList)(
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
    timeFor(1),
  );
});

describe('prefers-reduced-motion', () => {
  it.each(kindList)(
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
    timeFor(1),
  );
});
