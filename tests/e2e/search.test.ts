/**
 * The search experience in Chromium on the built sample site under /leren/: Dutch queries,
 * facets and their counts, the URL as state (share, Back), keyboard-only use, axe in both
 * colour schemes, no JavaScript on content pages before searching, and no request leaving
 * the site's origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS as AXE_TAGS } from '../helpers/axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const siteDir = inject('sampleDir');
const base = inject('sampleBase');
const vocabulary = parse(readFileSync(new URL('../../content/tags.yaml', import.meta.url), 'utf8')) as Record<
  string,
  { label: string }
>;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request any page made, to prove none left the origin. */
const requests: string[] = [];
/** Console errors (including CSP violations) on any page. */
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serve(siteDir, { base });
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
    // Content-Security-Policy (the <meta> Astro writes) must not block anything search needs.
    void page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Waits until the live region reports a finished search and returns its text. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return (
      /\d|Geen/.test(status) &&
      !document.querySelector('[data-search-results][aria-busy], [data-search-facets][aria-busy]')
    );
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const resultHrefs = (page: Page) =>
  page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const countIn = (text: string) => Number(/(\d+)/.exec(text)?.[1] ?? 0);

describe('search page', () => {
  it.each([
    ['cursus excel', 'opleidingen/excel-in-de-praktijk/'],
    ['job shadowing', 'opleidingen/meelopen-bij-een-andere-afdeling/'],
    ['leerde luisteren', 'leerverhalen/intervisie-leerde-mij-luisteren/'],
    ['yilmaz', 'experts/fatma-yilmaz/'],
    ['financial controller', 'experts/james-okafor/'],
  ])('puts the expected entry first for "%s"', async (q, first) => {
    const page = await open(`zoeken/?q=${encodeURIComponent(q)}`);
    await settled(page);
    expect((await resultHrefs(page))[0]).toBe(`${base}${first}`);
    await page.close();
  });

  it('finds without diacritics, by synonym, and shows highlighted excerpts', async () => {
    const page = await open('zoeken/?q=casuistiek');
    expect(countIn(await settled(page))).toBeGreaterThan(0);
    // casuïstiekbespreking is an alias of the tag intervisie.
    expect(await resultHrefs(page)).toContain(`${base}opleidingen/intervisie-in-vaste-groepen/`);
    await page.goto(`${server.url}zoeken/?q=intervisie`);
    await settled(page);
    expect(await page.locator('.result .excerpt mark').count()).toBeGreaterThan(0);
    await expect(page.locator('.result .result-type').first().textContent()).resolves.toMatch(/\S/);
    await page.close();
  });

  it('never finds drafts or entries published in the future', async () => {
    const page = await open('zoeken/?q=leeragenda');
    await settled(page);
    expect(await resultHrefs(page)).not.toContain(`${base}blog/leeragenda-2027/`);
    await page.close();
  });

  it('narrows with facets whose counts match the results shown, and keeps them in the URL', async () => {
    const page = await open('zoeken/?q=opleiding');
    const total = countIn(await settled(page));
    expect(total).toBeGreaterThan(3);

    // A single-value facet: the count next to "Opleiding" is the number of results after choosing it.
    const option = page.locator('input[name="facet-type"][value="opleidingen"]');
    const label = page.locator(`label[for="${await option.getAttribute('id')}"]`);
    const expected = countIn((await label.textContent())!);
    await option.check();
    await page.waitForURL(/type=opleidingen/);
    expect(countIn(await settled(page))).toBe(expected);
    expect(expected).toBeLessThan(total);
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('.result').count();
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
    }
    expect(await page.locator('.result').count()).toBe(expected);
    expect(new Set(await page.locator('.result-type').allTextContents())).toEqual(
      new Set([nl['type.opleidingen']]),
    );

    // A tag narrows further; its count is right too, and other types count as alternatives.
    const tagValue = await page.locator('input[name="facet-tag"]').nth(1).getAttribute('value');
    const tag = page.locator(`input[name="facet-tag"][value="${tagValue}"]`);
    const tagCount = countIn(
      (await page.locator(`label[for="${await tag.getAttribute('id')}"]`).textContent())!,
    );
    // Labelled as the vocabulary says, not by id (labels of tags arrive with the index).
    const tagLabel = await page.locator(`label[for="${await tag.getAttribute('id')}"]`).textContent();
    expect(tagLabel).toContain(vocabulary[tagValue!]!.label);
    await tag.check();
    await page.waitForURL(/tag=/);
    expect(countIn(await settled(page))).toBe(tagCount);
    expect(await page.locator('.result').count()).toBe(Math.min(tagCount, 10));

    // Back undoes the tag, Back again the type: the URL is the state.
    await page.goBack();
    expect(countIn(await settled(page))).toBe(expected);
    await expect(page.locator('input[name="facet-tag"]:checked').count()).resolves.toBe(0);
    await page.goBack();
    expect(countIn(await settled(page))).toBe(total);

    // A shared URL opens with the same filters chosen.
    await page.goto(`${server.url}zoeken/?q=opleiding&type=opleidingen`);
    expect(countIn(await settled(page))).toBe(expected);
    await expect(page.locator('input[name="facet-type"][value="opleidingen"]').isChecked()).resolves.toBe(
      true,
    );
    await page.close();
  });

  it('orders by date when asked, dated entries first, newest first', async () => {
    const page = await open('zoeken/?q=intervisie');
    const total = countIn(await settled(page));
    await page.selectOption('[data-search-sort]', 'date');
    await page.waitForURL(/sort=date/);
    expect(countIn(await settled(page))).toBe(total);
    const dates = await page
      .locator('.result')
      .evaluateAll((items) => items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated); // undated ones only after the dated
    await page.close();
  });

  it('shows no "needs JavaScript" notice when search runs', async () => {
    const page = await open('zoeken/?q=excel');
    await settled(page);
    await page.waitForTimeout(1000); // past the moment the notice would appear
    await expect(page.getByText(nl['search.noScript']).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('helps when nothing is found', async () => {
    const page = await open('zoeken/?q=qwertyzzz&type=blog');
    expect(await settled(page)).toBe('Geen resultaten voor “qwertyzzz”');
    const help = page.locator('[data-search-none]');
    await expect(help.isVisible()).resolves.toBe(true);
    expect(await help.textContent()).toContain(nl['search.none.spelling']);
    await expect(help.locator('a[href^="mailto:"]').count()).resolves.toBe(1);
    await expect(help.locator(`a[href="${base}opleidingen/"]`).count()).resolves.toBe(1);
    await help.locator('[data-search-clear]').click();
    await page.waitForURL((url) => !url.search.includes('type='));
    await page.close();
  });

  it('says clearly that search needs JavaScript when it is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    noJs.on('request', (r) => requests.push(r.url()));
    const page = await noJs.newPage();
    await page.goto(`${server.url}zoeken/?q=excel`);
    await page.getByText(nl['search.noScript']).waitFor({ state: 'visible' });
    await expect(page.locator(`main a[href="${base}opleidingen/"]`).first().isVisible()).resolves.toBe(true);
    await noJs.close();
  });

  it('says why search does not work when the site is opened as files', async () => {
    const files = await browser.newContext();
    const page = await files.newPage();
    await page.goto(pathToFileURL(join(siteDir, 'zoeken/index.html')).href);
    await page.getByText(nl['search.noScript']).waitFor({ state: 'visible' });
    await files.close();
  });

  it('works with the keyboard alone, from the header of a content page', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${server.url}opleidingen/excel-in-de-praktijk/`);
    await page.waitForLoadState('networkidle');
    // The portfolio's bookmark button (one module and what it imports) is the only script a
    // content page may carry; nothing of search loads before searching.
    const own = await page.$$eval('script[type="module"][src]', (s) =>
      s.map((x) => (x as HTMLScriptElement).src),
    );
    expect(own, 'only the bookmark button').toHaveLength(1);
    const entry = readFileSync(join(siteDir, new URL(own[0]!).pathname.slice(base.length)), 'utf8');
    expect(
      scripts.filter((s) => s !== own[0] && !entry.includes(s.split('/').pop()!)),
      'a content page loads no JavaScript but the bookmark button before searching',
    ).toEqual([]);
    expect(
      await page.locator('script:not([type="application/ld+json"]):not([type="application/json"])').count(),
    ).toBe(1);

    const tabTo = async (match: () => boolean, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(match)) return;
      }
      throw new Error('could not reach the element with Tab');
    };
    await tabTo(() => (document.activeElement as HTMLInputElement | null)?.name === 'q');
    await page.keyboard.type('intervisie');
    await page.keyboard.press('Enter');
    await page.waitForURL(/zoeken\/\?q=intervisie/);
    expect(countIn(await settled(page))).toBeGreaterThan(0);

    await tabTo(() => !!document.activeElement?.closest('.result'));
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        visible: el.matches(':focus-visible'),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(focus.visible).toBe(true);
    expect(focus.outline).not.toBe('none');
    expect(focus.width).toBeGreaterThanOrEqual(2);

    // The filters are one link away, and reachable by Tab from there.
    await page.locator('.to-filters').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.facet') !== null)).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).matches(':focus-visible'))).toBe(
      true,
    );

    // Escape in the results or filters goes back to the search box; Escape there empties it.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(nl['search.cleared']);
    await expect(page.locator('[data-search-body]').isHidden()).resolves.toBe(true);
    expect(new URL(page.url()).search).toBe('');

    // Typing searches as you go; Enter is not needed.
    await page.keyboard.type('mentor');
    expect(countIn(await settled(page))).toBeGreaterThan(0);
    await page.waitForURL(/q=mentor/);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with results and filters showing (%s)',
    async (scheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}zoeken/?q=opleiding&tag=loopbaan`);
      await settled(page);
      const showAll = page.locator('.facet .link-button');
      if (await showAll.count()) await showAll.first().click();
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await page.goto(`${server.url}zoeken/?q=qwertyzzz`);
      await settled(page);
      const none = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(none.violations.map((v) => v.id)).toEqual([]);
      await page.close();
    },
  );

  it('made no request outside the site origin, in any test of this file', async () => {
    const page = await open('zoeken/?q=excel&type=opleidingen');
    await settled(page);
    await page.close();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });

  it('logged no errors and no CSP violations on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
