/**
 * The editors' pages of the built sample site, as an editor reaches and uses them: from the
 * footer's "Voor redacteuren" (not the menu) to the overview and the list per owner, whose
 * numbers and rows match the report computed from the sample content on the day of the build;
 * each entry and its edit link lead where they should; noindex, and not in the search index.
 * (Axe, CSP, privacy and the HTML checker cover these pages with every other page.)
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readEntries } from '../../src/lib/check-content.ts';
import { freshnessReport, type FreshnessReport } from '../../src/lib/freshness-report.ts';
import { readSiteSettings } from '../../src/lib/site-settings.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { openSearch } from '../helpers/search-node.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const content = resolve(projectRoot, 'content');
const site = readSiteSettings(content);

let server: StaticServer;
let browser: Browser;
let page: Page;
/** The report as the build computed it: from the sample content, on the day the page states. */
let expected: FreshnessReport;

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the editors’ overview', () => {
  it('is reached from the footer of any page, not from the main menu', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await expect(page.locator('.main-nav a[href*="redactie"]').count()).resolves.toBe(0);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Voor redacteuren' }).click();
    await page.waitForURL(`${server.url}redactie/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Redactie');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
      'noindex, nofollow',
    );
  });

  it('sums up what the content says on the day of the build', async () => {
    const day = await page.locator('main p time').first().getAttribute('datetime');
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const now = new Date(`${day}T12:00:00Z`);
    const entries = readEntries(content, { now }).filter((e) => e.published);
    const names = new Map(
      readEntries(content, { now })
        .filter((e) => e.collection === 'experts')
        .map((e) => [e.id, String(e.data.name)]),
    );
    expected = freshnessReport(
      entries.map((e) => ({
        collection: e.collection,
        id: e.id,
        title: String(e.data.title ?? e.data.name),
        file: `content/${e.collection}/${e.id}${e.ext}`,
        owner: e.data.owner as string | undefined,
        tags: e.data.tags as string[],
        reviewedAt: e.data.reviewedAt as Date | undefined,
        reviewEveryMonths: e.data.reviewEveryMonths as number | undefined,
      })),
      now,
      { ownerName: (id) => names.get(id), locale: site.defaultLocale },
    );
    const summary = await page.locator('#samenvatting + ul li').allTextContents();
    const { overdue, dueSoon, unreviewed, withoutOwner } = expected.totals;
    expect(summary).toEqual([
      `${overdue} te laat`,
      `${dueSoon} binnenkort`,
      `${unreviewed} nooit nagekeken`,
      `${withoutOwner} zonder eigenaar`,
    ]);
    // The sample has something to do, an owner who is late and entries nobody owns.
    expect(overdue).toBeGreaterThan(0);
    expect(withoutOwner).toBeGreaterThan(0);
    const total = await page.locator('#per-soort ~ table tfoot td').allTextContents();
    expect(total).toEqual([expected.totals.entries, overdue, dueSoon, withoutOwner].map(String));
    const tagRows = await page.locator('#per-onderwerp ~ table tbody tr').count();
    expect(tagRows).toBe(expected.byTag.size);
  });

  it('lists per owner what needs a review, with the entry and its file on the Git host', async () => {
    await page.getByRole('link', { name: 'Bekijk de items per eigenaar' }).click();
    await page.waitForURL(`${server.url}redactie/nakijken/`);
    const headings: string[] = [];
    let rows = 0;
    for (let n = 1; ; n++) {
      headings.push(...(await page.locator('main h2').allTextContents()).map((h) => h.trim()));
      rows += await page.locator('main tbody tr').count();
      const next = page.getByRole('link', { name: /Volgende/ });
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(`${server.url}redactie/nakijken/${n + 1}/`);
    }
    const owners = expected.groups.map((g) => (g.owner ? (g.name ?? g.owner) : 'Zonder eigenaar'));
    expect(headings.filter((h) => !h.endsWith('(vervolg)'))).toEqual(owners);
    expect(rows).toBe(expected.groups.reduce((sum, g) => sum + g.rows.length, 0));

    await page.goto(`${server.url}redactie/nakijken/`);
    const first = expected.groups[0]!.rows[0]!;
    const row = page.locator('main tbody tr').first();
    await expect(row.locator('code').textContent()).resolves.toBe(first.file);
    await expect(
      row.getByRole('link', { name: `${first.title} bewerken` }).getAttribute('href'),
    ).resolves.toBe(`${site.editUrl}${first.file}`);
    await row.getByRole('link', { name: first.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(first.title);
  });

  it('is not found by the site’s search', async () => {
    const search = await openSearch(dir);
    for (const query of ['redactie', 'nakijken', 'eigenaar', 'nagekeken'])
      expect(
        (await search.urls(query)).filter((u) => u.includes('redactie')),
        query,
      ).toEqual([]);
  });
});
