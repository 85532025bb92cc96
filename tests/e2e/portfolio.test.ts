/**
 * The portfolio in Chromium, on the built sample site under its own Content-Security-Policy:
 * the bookmark button on course, blog and story pages (no layout shift, keyboard), recording
 * learning, the timeline and hours per competency, export → delete everything → import giving
 * back the same portfolio, bad and foreign files refused with the old portfolio intact, and
 * — watching every request — nothing the employee entered leaving the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS as WCAG } from '../helpers/axe.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { timeFor } from '../helpers/site-pages.ts';
import { startToolSession, stored, type ToolSession } from '../helpers/tool-session.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const PORTFOLIO = 'instrumenten/portfolio/';
const COURSE = 'opleidingen/excel-in-de-praktijk/';
const POST = 'blog/ontwikkelgesprek-voorbereiden/';
const STORY = 'leerverhalen/van-lijstjes-naar-draaitabellen/';
/** Text only the employee typed: it must appear in no request. */
const SECRETS = [
  'Draaitabellen voor de maandcijfers',
  'Schaduwdag Burgerzaken',
  'Ik bel inwoners nu eerder terug',
];

let session: ToolSession;
beforeAll(async () => {
  session = await startToolSession(dir, base);
  // Layout shifts of every page, from the first paint on.
  await session.context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(() => session?.close());

type Stored = { portfolio: { bookmarks: { id: string }[]; records: Record<string, unknown>[] } };
const portfolioOf = async (page: Page) => ((await stored(page, base)) as Stored | undefined)?.portfolio;
const report = (page: Page, selector: string) => page.locator(`${selector} [data-tool-report]`).innerText();

describe('the bookmark button', () => {
  it('appears only when its script runs, without moving anything, and keeps the page', async () => {
    const page = await session.open(COURSE);
    const button = page.getByRole('button', { name: nl['bookmark.button'] });
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    // Opening a page writes nothing.
    expect(await stored(page, base)).toBeUndefined();
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-bookmark-status]').innerText()).toBe(nl['bookmark.added']);
    expect((await portfolioOf(page))?.bookmarks.map((b) => b.id)).toEqual(['excel-in-de-praktijk']);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    // The link to the portfolio leads there.
    expect(await page.getByRole('link', { name: nl['bookmark.portfolio'] }).getAttribute('href')).toBe(
      `${base}${PORTFOLIO}`,
    );
    await page.close();
  });

  it('works from the keyboard, shows the saved state on every visit, and toggles off', async () => {
    for (const path of [POST, STORY]) {
      const page = await session.open(path);
      const button = page.getByRole('button', { name: nl['bookmark.button'] });
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await page.reload();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await page.close();
    }
    const story = await session.open(STORY);
    await story.getByRole('button', { name: nl['bookmark.button'] }).click();
    await expect.poll(() => story.locator('[data-bookmark-status]').innerText()).toBe(nl['bookmark.removed']);
    await story.getByRole('button', { name: nl['bookmark.button'] }).click();
    expect((await portfolioOf(story))?.bookmarks.map((b) => b.id)).toEqual([
      'excel-in-de-praktijk',
      'ontwikkelgesprek-voorbereiden',
      'van-lijstjes-naar-draaitabellen',
    ]);
    await story.close();
  });
});

describe('the portfolio', () => {
  let exported = '';
  let before: Awaited<ReturnType<typeof portfolioOf>>;
  let timelineBefore = '';

  it('lists the saved pages and records completed learning, from a saved course or from scratch', async () => {
    const page = await session.open(PORTFOLIO);
    const saved = page.locator('[data-bookmark-list] li');
    await expect.poll(() => saved.count()).toBe(3);
    expect(await saved.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      [COURSE, POST, STORY].map((p) => `${base}${p}`),
    );

    // "Done? Record it" on the course: the form starts with its title, study load and competency.
    await page.getByRole('button', { name: `${nl['portfolio.recordThis']}: Excel in de praktijk` }).click();
    expect(await page.getByLabel(nl['portfolio.field.title']).inputValue()).toBe('Excel in de praktijk');
    expect(await page.getByLabel(nl['portfolio.field.hours']).inputValue()).toBe('12');
    expect(await page.getByLabel(nl['portfolio.field.competency']).inputValue()).not.toBe('');
    await page.getByLabel(nl['portfolio.field.date']).fill('2027-02-16');
    await page.getByLabel(nl['portfolio.field.competency']).selectOption('werken-met-data');
    await page.getByLabel(nl['portfolio.field.reflection']).fill(`${SECRETS[0]}.\n${SECRETS[2]}.`);
    await page.getByRole('button', { name: nl['portfolio.add'] }).click();
    await expect.poll(() => report(page, 'form')).toBe('Excel in de praktijk staat in je portfolio.');
    // Recorded as done, it leaves the list of things to do.
    await expect.poll(() => saved.count()).toBe(2);

    await page.getByLabel(nl['portfolio.field.title']).fill(SECRETS[1]);
    await page.getByLabel(nl['portfolio.field.date']).fill('2026-11-03');
    await page.getByLabel(nl['portfolio.field.hours']).fill('7.5');
    await page.getByLabel(nl['portfolio.field.competency']).selectOption('klantgerichtheid');
    await page.getByRole('button', { name: nl['portfolio.add'] }).click();
    await expect.poll(() => page.locator('.record').count()).toBe(2);

    // A record without hours is not accepted: the browser says which field.
    await page.getByLabel(nl['portfolio.field.title']).fill('Zonder uren');
    await page.getByRole('button', { name: nl['portfolio.add'] }).click();
    expect(
      await page
        .getByLabel(nl['portfolio.field.hours'])
        .evaluate((i: HTMLInputElement) => i.validity.valueMissing),
    ).toBe(true);
    expect(await page.locator('.record').count()).toBe(2);
    await page.getByLabel(nl['portfolio.field.title']).fill('');

    // The timeline by year, newest first, and the hours per competency as chart and table.
    expect(await page.locator('[data-timeline] h3').allInnerTexts()).toEqual([
      '2027 · 12 uur',
      '2026 · 7,5 uur',
    ]);
    expect(await page.locator('[data-total]').innerText()).toBe('2 keer geleerd, samen 19,5 uur');
    expect(await page.locator('.record').first().innerText()).toContain(SECRETS[2]);
    expect(await page.locator('[data-hours-table] tr').allInnerTexts()).toEqual([
      'Werken met data\t12\t1',
      'Klantgerichtheid\t7,5\t1',
    ]);
    expect(await page.locator('[data-hours-chart] li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Werken met data\s+12 uur$/),
      expect.stringMatching(/^Klantgerichtheid\s+7,5 uur$/),
    ]);
    await page.close();
  });

  it('changes a record', async () => {
    const page = await session.open(PORTFOLIO);
    await page.getByRole('button', { name: `${nl['portfolio.edit']}: ${SECRETS[1]}` }).click();
    expect(await page.getByLabel(nl['portfolio.field.hours']).inputValue()).toBe('7.5');
    await page.getByLabel(nl['portfolio.field.hours']).fill('8');
    await page.getByRole('button', { name: nl['portfolio.save'] }).click();
    await expect.poll(() => report(page, 'form')).toBe(`${SECRETS[1]} is bijgewerkt.`);
    expect(await page.locator('[data-timeline] h3').allInnerTexts()).toEqual([
      '2027 · 12 uur',
      '2026 · 8 uur',
    ]);
    expect(await page.locator('.record').count()).toBe(2);
    await page.close();
  });

  it(
    'passes axe in both colour schemes when filled',
    async () => {
      const page = await session.open(PORTFOLIO);
      await expect.poll(() => page.locator('.record').count()).toBe(2);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
      await page.close();
    },
    timeFor(2, 60_000),
  );

  it('prints the timeline and the hours, not the forms and buttons', async () => {
    const page = await session.open(PORTFOLIO);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.record').first().isVisible()).toBe(true);
    expect(await page.locator('[data-hours-table]').isVisible()).toBe(true);
    for (const selector of [
      '.site-header',
      '[data-record-form]',
      '[data-export]',
      '.privacy-note',
      '.item-actions',
    ])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    await page.close();
  });

  it('export → delete everything → import gives back the same portfolio', async () => {
    const page = await session.open(PORTFOLIO);
    before = await portfolioOf(page);
    timelineBefore = await page.locator('[data-timeline]').innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: nl['portfolio.export'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leerhuis-portfolio-\d{4}-\d{2}-\d{2}\.json$/);
    exported = join(tmpdir(), `leerhuis-portfolio-${process.pid}.json`);
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'leerhuis-portfolio',
      version: 1,
      site: 'Leerhuis Gemeente Lindewaard',
    });

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: nl['tools.deleteAll'] }).click();
    await expect.poll(() => page.locator('.record').count()).toBe(0);
    expect(await stored(page, base)).toBeUndefined();

    await page.locator('[data-import]').setInputFiles(exported);
    await expect
      .poll(() => report(page, '.tool-actions'))
      .toBe('Geïmporteerd: 4 toegevoegd, 0 stond er al in.');
    expect(await portfolioOf(page)).toEqual(before);
    expect(await page.locator('[data-timeline]').innerText()).toBe(timelineBefore);
    expect(await page.locator('[data-bookmark-list] li').count()).toBe(2);
    // Importing the same file again adds nothing twice.
    await page.locator('[data-import]').setInputFiles(exported);
    await expect
      .poll(() => report(page, '.tool-actions'))
      .toBe('Geïmporteerd: 0 toegevoegd, 4 stond er al in.');
    expect(await portfolioOf(page)).toEqual(before);
    await page.close();
  });

  it.each([
    ['a damaged file', () => 'dit is {geen json', /geen portfoliobestand/],
    [
      'a file of another program',
      () => JSON.stringify({ name: 'leerhuis', version: '0.1.0' }),
      /geen portfolio uit het Leerhuis/,
    ],
    [
      'a file from a newer version',
      () => JSON.stringify({ ...JSON.parse(readFileSync(exported, 'utf8')), version: 7 }),
      /nieuwere versie van het Leerhuis \(versie 7\)/,
    ],
    [
      'a portfolio with a wrong field',
      () => {
        const file = JSON.parse(readFileSync(exported, 'utf8'));
        file.records[1].hours = 'acht';
        return JSON.stringify(file);
      },
      /records\[1\]\.hours klopt niet/,
    ],
    [
      'a portfolio that links to another site',
      () => {
        const file = JSON.parse(readFileSync(exported, 'utf8'));
        file.bookmarks[0].url = 'javascript:alert(1)';
        return JSON.stringify(file);
      },
      /bookmarks\[0\]\.url klopt niet/,
    ],
  ])('refuses %s with a message, and keeps the portfolio as it was', async (_name, contents, message) => {
    const page = await session.open(PORTFOLIO);
    const name = join(tmpdir(), `leerhuis-import-${process.pid}.json`);
    writeFileSync(name, contents());
    await page.locator('[data-import]').setInputFiles(name);
    await expect.poll(() => report(page, '.tool-actions')).toMatch(message);
    expect(await report(page, '.tool-actions')).toMatch(/Je portfolio is niet veranderd\.$/);
    expect(await portfolioOf(page)).toEqual(before);
    expect(await page.locator('[data-timeline]').innerText()).toBe(timelineBefore);
    await page.close();
  });

  it('shows a change made in another tab', async () => {
    const portfolio = await session.open(PORTFOLIO);
    const saved = portfolio.locator('[data-bookmark-list] li a');
    await expect.poll(() => saved.count()).toBe(2);
    const story = await session.open(STORY);
    // The story is saved already: the button takes it off the list, and the open portfolio follows.
    await story.getByRole('button', { name: nl['bookmark.button'] }).click();
    await expect.poll(() => saved.count()).toBe(1);
    expect(await saved.getAttribute('href')).toBe(`${base}${POST}`);
    await story.close();
    await portfolio.close();
  });
});

describe('privacy and policy', () => {
  it('nothing the employee entered left the page: only GET requests for the site’s own files', () => {
    expect(session.requests.length).toBeGreaterThan(10);
    const wrong = session.requests.filter((r) => {
      const url = new URL(r.url);
      if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
      const file = decodeURIComponent(url.pathname).slice(base.length);
      const onDisk = file === '' || file.endsWith('/') ? `${file}index.html` : file;
      return (
        url.origin !== session.server.origin ||
        r.method !== 'GET' ||
        r.body !== null ||
        url.search !== '' ||
        !url.pathname.startsWith(base) ||
        !existsSync(join(dir, onDisk))
      );
    });
    expect(wrong).toEqual([]);
    const leaks = session.requests.filter((r) =>
      SECRETS.some((s) => decodeURIComponent(r.url).includes(s) || r.body?.includes(s)),
    );
    expect(leaks).toEqual([]);
  });

  it('no policy violation, script error or console error on the way', () => {
    expect(session.problems).toEqual([]);
  });
});
