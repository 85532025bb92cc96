/**
 * The course finder (/opleidingen/) and the expert finder (/experts/) in Chromium on the built
 * sample site under /leren/: filtering over every record with counts that match, the address
 * as state (reload, share, Back), polite announcements, the way out of an empty list, sorting,
 * "starts within 3 months" from the browser's own today, keyboard and narrow screens, axe in
 * both colour schemes in the states the site-wide test does not reach, and the plain list
 * without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS as WCAG } from '../helpers/axe.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import type { CourseFinderData } from '../../src/lib/course-finder.ts';
import type { ExpertFinderData } from '../../src/lib/expert-finder.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const siteDir = inject('sampleDir');
const base = inject('sampleBase');
const courses = (
  JSON.parse(readFileSync(join(siteDir, 'opleidingen/finder.json'), 'utf8')) as CourseFinderData
).courses;
const experts = (JSON.parse(readFileSync(join(siteDir, 'experts/finder.json'), 'utf8')) as ExpertFinderData)
  .experts;
/** The browser's today in these tests (the build's own today does not matter to the finder). */
const TODAY = new Date('2026-11-29T10:00:00');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(siteDir, { base });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a finder page at a fixed browser date and waits until its data is in. */
async function open(path: string, today = TODAY): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(today);
  await page.goto(`${server.url}${path}`);
  await ready(page);
  return page;
}
const ready = (page: Page) =>
  page.waitForFunction(() => {
    const results = document.querySelector('[data-finder-results]');
    return (
      results && !results.hasAttribute('aria-busy') && document.querySelector('[data-list-static][hidden]')
    );
  });

const titles = (page: Page) => page.locator('[data-finder-list] .card .title a').allTextContents();
const count = async (page: Page) => (await page.locator('[data-finder-count]').textContent())?.trim() ?? '';
const status = async (page: Page) => (await page.locator('[data-finder-status]').textContent())?.trim() ?? '';
const numberIn = (text: string) => Number(/(\d+)/.exec(text)?.[1] ?? 0);
/** The address as the page has it now (page.url() follows history changes a moment later). */
const query = (page: Page) => page.evaluate(() => location.search);
const labelOf = async (page: Page, input: ReturnType<Page['locator']>) =>
  page.locator(`label[for="${await input.getAttribute('id')}"]`);
const courseTitles = (pick: (c: CourseFinderData['courses'][number]) => boolean) =>
  courses
    .filter(pick)
    .map((c) => c.title)
    .sort();

describe('course finder', () => {
  it('shows every course, then narrows with filters whose counts match the cards shown', async () => {
    const page = await open('opleidingen/');
    expect(courses.length).toBeGreaterThanOrEqual(12);
    expect(numberIn(await count(page))).toBe(courses.length);
    expect((await titles(page)).length).toBe(Math.min(courses.length, 30));

    // The count beside an option is what choosing it shows.
    const webinar = page.locator('input[name="method"][value="webinar"]');
    const expected = numberIn((await (await labelOf(page, webinar)).textContent())!);
    await webinar.check();
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.method === 'webinar'));
    expect((await titles(page)).length).toBe(expected);

    // Two values of one filter widen; another filter narrows.
    await page.locator('input[name="method"][value="klassikaal"]').check();
    const either = courseTitles((c) => c.method === 'webinar' || c.method === 'klassikaal');
    expect((await titles(page)).sort()).toEqual(either);
    await page.getByLabel(nl['finder.cost.gratis']).check();
    expect((await titles(page)).sort()).toEqual(
      courseTitles((c) => (c.method === 'webinar' || c.method === 'klassikaal') && c.cost === 'gratis'),
    );
    expect(await query(page)).toBe('?method=webinar&method=klassikaal&cost=gratis');
    await page.close();
  });

  it('filters by study load, cost, place, language, level and competency', async () => {
    const page = await open('opleidingen/?duration=enkele-uren');
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.hours <= 4));
    await page.goto(`${server.url}opleidingen/?cost=betaald`);
    await ready(page);
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.cost === 'betaald'));
    // Paid by the employer or a fund is free to the employee, whatever the amount.
    expect(await titles(page)).not.toContain('Loopbaancoaching');
    expect(await titles(page)).toContain('Zakelijk Engels op de werkvloer');
    await page.goto(`${server.url}opleidingen/?mode=online`);
    await ready(page);
    expect(await titles(page)).toEqual(
      expect.arrayContaining([
        'Werken met de Omgevingswet',
        'Privacy in de praktijk',
        'Schrijven op B1-niveau',
      ]),
    );
    expect(await titles(page)).not.toContain('Excel in de praktijk');
    await page.goto(`${server.url}opleidingen/?language=en&level=3`);
    await ready(page);
    expect(await count(page)).toBe(nl['finder.course.countNone']);
    await page.goto(`${server.url}opleidingen/?level=3&level=5`);
    await ready(page);
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.level === 3 || c.level === 5));
    await page.selectOption('select[name="competency"]', 'werken-met-data');
    expect((await titles(page)).length).toBe(0);
    expect(await query(page)).toBe('?competency=werken-met-data&level=3&level=5');
    await page.close();
  });

  it('"starts within 3 months" counts from the browser\'s today, not from the build', async () => {
    const soon = 'opleidingen/?start=binnen-3-maanden';
    const now = await open(soon, new Date('2026-11-29T10:00:00'));
    expect(await titles(now)).toContain('Werken met de Omgevingswet'); // 10 December
    expect(await titles(now)).not.toContain('Data Literacy for Policy Advisers'); // 3 March
    const later = await open(soon, new Date('2027-01-20T10:00:00'));
    expect(await titles(later)).not.toContain('Werken met de Omgevingswet'); // next run in June
    expect(await titles(later)).toContain('Data Literacy for Policy Advisers');
    expect(await titles(later)).toContain('Omgaan met agressie aan de balie'); // 13 April
    // The card says when the next run starts, as of that day.
    const card = later.locator('[data-finder-list] .card', { hasText: 'Omgaan met agressie aan de balie' });
    await expect(card.locator('.detail').textContent()).resolves.toContain('13 april 2027');
    await now.close();
    await later.close();
  });

  it('keeps the state in the address: a reload or a shared link restores it, Back undoes a step', async () => {
    const page = await open('opleidingen/');
    await page.locator('input[name="method"][value="blended"]').check();
    await page.getByLabel(nl['studyLoad.enkele-dagen']).check();
    const narrowed = await titles(page);
    expect(await query(page)).toBe('?method=blended&duration=enkele-dagen');

    await page.reload();
    await ready(page);
    expect(await titles(page)).toEqual(narrowed);
    await expect(page.locator('input[name="method"][value="blended"]').isChecked()).resolves.toBe(true);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?method=blended');
    await expect(page.getByLabel(nl['studyLoad.enkele-dagen']).isChecked()).resolves.toBe(false);
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.method === 'blended'));
    expect(numberIn(await status(page))).toBe((await titles(page)).length);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    expect((await titles(page)).length).toBe(courses.length);
    await page.goForward();
    await page.waitForFunction(() => location.search === '?method=blended');
    await expect(page.locator('input[name="method"][value="blended"]').isChecked()).resolves.toBe(true);

    // A value the catalogue does not have is dropped from a shared link, not shown as "nothing".
    await page.goto(`${server.url}opleidingen/?method=bestaat-niet&language=nl`);
    await ready(page);
    expect(await query(page)).toBe('?language=nl');
    await page.close();
  });

  it('announces the number of results politely after each change, not on load', async () => {
    const page = await open('opleidingen/');
    const live = page.locator('[data-finder-status]');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await status(page)).toBe('');
    await page.locator('input[name="method"][value="e-learning"]').check();
    expect(await status(page)).toBe(nl['finder.course.countOne']);
    await page.locator('input[name="method"][value="e-learning"]').uncheck();
    expect(numberIn(await status(page))).toBe(courses.length);
    // Jumping to the results with the panel's link changes nothing, so nothing is said again.
    const said = await live.textContent();
    await page.locator('.finder-to-results').click();
    await page.waitForFunction(() => location.hash === '#finder-resultaten');
    expect(await live.textContent()).toBe(said);
    expect(await query(page)).toBe('');
    await page.close();
  });

  it('offers to remove the filter that empties the list, and puts focus on the new count', async () => {
    const page = await open('opleidingen/?method=coaching');
    await page.getByLabel(nl['finder.cost.betaald']).check();
    expect(await titles(page)).toEqual([]);
    expect(await status(page)).toBe(nl['finder.course.countNone']);
    const none = page.locator('[data-finder-none]');
    await expect(none.isVisible()).resolves.toBe(true);
    const offers = await none.locator('button').allTextContents();
    // Removing the cost filter gives the coaching course back; removing the method gives the paid ones.
    expect(offers.some((o) => o.includes(nl['finder.cost.betaald']))).toBe(true);
    expect(offers.at(-1)).toBe(nl['finder.clear']);
    await none.locator('button', { hasText: nl['finder.cost.betaald'] }).click();
    expect(await query(page)).toBe('?method=coaching');
    expect((await titles(page)).sort()).toEqual(courseTitles((c) => c.method === 'coaching'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-finder-count'))).toBe(true);
    await expect(none.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows chosen filters as buttons that remove them, and clears them all at once', async () => {
    const page = await open('opleidingen/?method=blended&method=webinar&cost=gratis');
    const chips = page.locator('[data-finder-chips] button');
    expect(await chips.count()).toBe(3);
    await chips.first().focus();
    await page.keyboard.press('Enter');
    expect(await query(page)).toBe('?method=webinar&cost=gratis');
    // Focus stays among the chips, so the next one can be removed straight away.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-finder-chips]') !== null)).toBe(
      true,
    );
    await page.locator('[data-finder-clear]').click();
    expect(await query(page)).toBe('');
    expect(await chips.count()).toBe(0);
    expect((await titles(page)).length).toBe(courses.length);
    await page.close();
  });

  it('sorts by title, next start and study load, and keeps the order in the address', async () => {
    const page = await open('opleidingen/');
    const byTitle = await titles(page);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'nl')));
    await page.selectOption('#finder-sort', 'duration');
    expect(await query(page)).toBe('?sort=duration');
    const hours = await page
      .locator('[data-finder-list] .card .detail')
      .evaluateAll((ps) => ps.map((p) => Number(/(\d+(?:,\d+)?) uur/.exec(p.textContent ?? '')?.[1])));
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    await page.selectOption('#finder-sort', 'start');
    // Soonest next start (on or after the browser's today) first; courses with none planned last.
    const today = Date.UTC(2026, 10, 29) / 86_400_000;
    const next = (c: (typeof courses)[number]) => Math.min(...c.starts.filter((s) => s >= today));
    const byStart = [...courses]
      .sort((a, b) => next(a) - next(b) || (next(a) === next(b) ? a.title.localeCompare(b.title, 'nl') : 0))
      .map((c) => c.title);
    expect(await titles(page)).toEqual(byStart);
    expect(Number.isFinite(next(courses.find((c) => c.title === byStart[0])!))).toBe(true);
    expect(byStart.at(-1)).toBe('Privacy in de praktijk'); // an e-learning without runs
    await page.goBack();
    await expect(page.locator('#finder-sort').inputValue()).resolves.toBe('duration');
    await page.close();
  });

  it('shows results in batches and moves focus to the first new card on "more"', async () => {
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    // The sample has fewer courses than a batch: make the batch smaller in the page's config.
    await page.route('**/opleidingen/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('"pageSize":30', '"pageSize":4');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${server.url}opleidingen/`);
    await ready(page);
    expect((await titles(page)).length).toBe(4);
    await expect(page.locator('[data-finder-shown]').textContent()).resolves.toBe(
      `4 van ${courses.length} getoond`,
    );
    await page.locator('[data-finder-more]').click();
    expect((await titles(page)).length).toBe(8);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe((await titles(page))[4]);
    await page.close();
  });

  it('without JavaScript: no filters, the complete list with its own count', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${server.url}opleidingen/`);
    await expect(page.locator('[data-finder-panel]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-finder-results]').isVisible()).resolves.toBe(false);
    const cards = await page.locator('[data-list-static] .card .title a').allTextContents();
    expect(cards.length).toBe(Math.min(courses.length, 30));
    await expect(page.locator('.summary').textContent()).resolves.toContain(String(courses.length));
    await plain.close();
  });

  it('works with the keyboard and at 320 px: the filters fold behind a button', async () => {
    const page = await open('opleidingen/');
    await page.setViewportSize({ width: 320, height: 700 });
    const toggle = page.locator('[data-finder-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(page.locator('[data-finder-form]').isVisible()).resolves.toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab'); // the competency select
    await page.keyboard.press('Tab'); // the first method
    await page.keyboard.press('Space');
    expect(await query(page)).toMatch(/^\?method=/);
    expect(await toggle.textContent()).toContain('1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    expect(overflow).toBe(false);
    await page.close();
  });
});

describe('expert finder', () => {
  const names = (page: Page) => titles(page);
  const expertNames = (pick: (e: ExpertFinderData['experts'][number]) => boolean) =>
    experts
      .filter(pick)
      .map((e) => e.name)
      .sort();

  it('lists every published expert under their department, and only them', async () => {
    const page = await open('experts/');
    expect(numberIn(await count(page))).toBe(experts.length);
    expect(await names(page)).not.toContain('Robert Meijer'); // withdrew consent
    const headings = await page.locator('[data-finder-list] .finder-group h2').allTextContents();
    expect(headings).toEqual([...new Set(experts.map((e) => e.department))]);
    // No contact details in the data file: they stay on the profile pages.
    const file = readFileSync(join(siteDir, 'experts/finder.json'), 'utf8');
    expect(file).not.toMatch(/@lindewaard\.example|030 555/);
    await page.close();
  });

  it('filters by what they are available for, language, department and expertise', async () => {
    const page = await open('experts/');
    await page.getByLabel(nl['availableFor.meelopen']).check();
    expect((await names(page)).sort()).toEqual(expertNames((e) => e.available.includes('meelopen')));
    expect(await query(page)).toBe('?available=meelopen');
    expect(numberIn(await status(page))).toBe((await names(page)).length);

    await page.goto(`${server.url}experts/?language=ar`);
    await ready(page);
    expect(await names(page)).toEqual(['Noor Haddad']);
    await expect(page.getByLabel('Arabisch').isChecked()).resolves.toBe(true);

    await page.goto(`${server.url}experts/`);
    await ready(page);
    await page.selectOption('select[name="department"]', 'Ruimte');
    expect((await names(page)).sort()).toEqual(expertNames((e) => e.department === 'Ruimte'));
    // Expertise: a competency or a tag.
    await page.selectOption('select[name="department"]', '');
    await page.selectOption('select[name="expertise"]', 'excel');
    expect((await names(page)).sort()).toEqual(expertNames((e) => e.expertise.includes('excel')));
    await page.selectOption('select[name="expertise"]', 'klantgerichtheid');
    expect((await names(page)).sort()).toEqual(expertNames((e) => e.expertise.includes('klantgerichtheid')));
    expect(await query(page)).toBe('?expertise=klantgerichtheid');
    await page.goBack();
    await page.waitForFunction(() => location.search === '?expertise=excel');
    await expect(page.locator('select[name="expertise"]').inputValue()).resolves.toBe('excel');
    await page.close();
  });

  it('without JavaScript: the grouped list, without filters', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${server.url}experts/`);
    await expect(page.locator('[data-finder-panel]').isVisible()).resolves.toBe(false);
    const headings = await page.locator('[data-list-static] .group h2').allTextContents();
    expect(headings).toEqual([...new Set(experts.map((e) => e.department))]);
    await plain.close();
  });
});

describe('accessibility of the finders in use', () => {
  it.each(['light', 'dark'] as const)(
    '%s scheme: filtered, emptied and narrow states have no axe violations',
    async (scheme) => {
      const page = await open('opleidingen/?method=blended&cost=betaald');
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      const check = async (what: string) => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        found.push(...violations.map((v) => `${what}: ${v.id} ${v.help} (${v.nodes[0]?.target.join(' ')})`));
      };
      await check('filtered with chips');
      await page.locator('input[name="method"][value="coaching"]').check();
      await check('no results');
      await page.setViewportSize({ width: 320, height: 700 });
      await page.locator('[data-finder-toggle]').click();
      await check('narrow, filters open');
      const people = await open('experts/?available=meelopen');
      await people.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page: people }).withTags(WCAG).analyze();
      found.push(...violations.map((v) => `experts: ${v.id} ${v.help}`));
      await page.close();
      await people.close();
      expect(found).toEqual([]);
    },
    240_000,
  );
});

describe('the finders in use', () => {
  it('logged no error and no policy violation on any page above', () => {
    expect(errors).toEqual([]);
  });
});
