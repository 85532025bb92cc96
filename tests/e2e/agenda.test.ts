/**
 * The agenda in Chromium on the built sample site under /leren/: reached from the main menu,
 * every run still to start in date order under its month, each with a calendar file that a
 * calendar app can read (served as text/calendar, parsed here with ical.js), the calendar to
 * subscribe to, and course pages that mark past runs. "Today" is the build's own: the agenda
 * says as of when it was built, and the expectations are computed from the content for that day.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareRuns, runKey, runStatus, type Run } from '../../src/lib/course-runs.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { validate } from '../../src/lib/zod-problems.ts';
import { opleidingSchema } from '../../src/schemas/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { parseCalendar } from '../helpers/ical.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');

/** Every run of every published course in the sample content, validated as the build reads it. */
const courses = loadContent(resolve(projectRoot, 'content'), projectRoot)
  .entries.filter((e) => e.collection === 'opleidingen')
  .flatMap((e) => {
    const result = validate(e.file, opleidingSchema, e.data);
    return result.success && !result.data.draft ? [{ id: e.id, data: result.data }] : [];
  });

let server: StaticServer;
let browser: Browser;
let page: Page;
/** The build's "today", as the agenda states it. */
let today: Date;
let upcoming: { course: string; title: string; run: Run }[];

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
  await page.waitForURL(`${server.url}agenda/`);
  today = new Date(`${await page.locator('.as-of time').getAttribute('datetime')}T00:00:00Z`);
  upcoming = courses
    .flatMap((c) => c.data.runs.map((run) => ({ course: c.id, title: c.data.title, run })))
    .filter((r) => runStatus(r.run, today) === 'upcoming')
    .sort((a, b) => compareRuns(a.run, b.run) || a.title.localeCompare(b.title, 'nl'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the agenda page', () => {
  it('is in the main menu, right after the courses, and marked as the current section', async () => {
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
    const names = await menu.allTextContents();
    expect(names.indexOf('Agenda')).toBe(names.indexOf('Opleidingen') + 1);
    await expect
      .poll(() =>
        page.getByRole('link', { name: 'Agenda', exact: true }).first().getAttribute('aria-current'),
      )
      .toBe('page');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Agenda');
  });

  it('the sample has runs to come, with and without times, and runs that are over', () => {
    expect(upcoming.length).toBeGreaterThan(5);
    expect(upcoming.some((r) => r.run.startTime)).toBe(true);
    expect(upcoming.some((r) => !r.run.startTime)).toBe(true);
    const past = courses.flatMap((c) => c.data.runs).filter((run) => runStatus(run, today) === 'past');
    expect(past.length).toBeGreaterThan(0);
  });

  it('lists every run still to start, in date order, under the heading of its month; nothing that is over', async () => {
    const shown = await page.locator('section.month').evaluateAll((sections) =>
      sections.flatMap((s) =>
        [...s.querySelectorAll('li')].map((li) => ({
          month: s.querySelector('h2')!.textContent!.trim(),
          title: li.querySelector('a')!.textContent!.trim(),
          start: li.querySelector('time')!.getAttribute('datetime')!,
          calendar: li.querySelector('a[type="text/calendar"]')!.getAttribute('href')!,
        })),
      ),
    );
    const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(shown.map((s) => [s.title, s.start.slice(0, 10), s.calendar])).toEqual(
      upcoming.map((r) => [r.title, isoDate(r.run.start), `${base}agenda/${r.course}/${runKey(r.run)}.ics`]),
    );
    expect(shown.map((s) => s.month.toLowerCase())).toEqual(
      upcoming.map((r) => monthName.format(r.run.start)),
    );
    // Timed runs say their time of day, machine-readable with the Amsterdam offset.
    const timed = shown.find((s) => s.start.includes('T'));
    expect(timed?.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+0[12]:00$/);
  });

  it('names each calendar link after its course and date, for screen readers', async () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const title of new Set(upcoming.map((r) => r.title))) {
      const links = page.getByRole('link', {
        name: new RegExp(`^Zet in mijn agenda\\s*: ${escape(title)}, `),
      });
      expect(await links.count(), title).toBe(upcoming.filter((r) => r.title === title).length);
    }
    const names = await page.locator('a.calendar').evaluateAll((links) => links.map((a) => a.textContent));
    expect(new Set(names).size).toBe(upcoming.length);
  });
});

describe('the calendar files', () => {
  it('each run file is served as text/calendar and holds that one run, timed in Europe/Amsterdam or all day', async () => {
    for (const r of upcoming) {
      const response = await page.request.get(
        `${server.origin}${base}agenda/${r.course}/${runKey(r.run)}.ics`,
      );
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const cal = parseCalendar(await response.text());
      expect(cal.events).toHaveLength(1);
      const [event] = cal.events;
      expect(event!.summary).toBe(r.title);
      expect(event!.uid).toBe(`${r.course}.${runKey(r.run)}@gemeente-lindewaard.leerhuis`);
      expect(event!.start.slice(0, 10)).toBe(isoDate(r.run.start));
      if (r.run.startTime) {
        expect(event!.tzid).toBe('Europe/Amsterdam');
        expect(event!.start.slice(11, 16)).toBe(r.run.startTime);
        expect(cal.timezones).toEqual(['Europe/Amsterdam']);
      } else {
        expect(event!.allDay).toBe(true);
      }
    }
  });

  it('the calendar to subscribe to holds every run of the agenda, once', async () => {
    const href = await page
      .getByRole('link', { name: 'Agendabestand downloaden (.ics)' })
      .getAttribute('href');
    expect(href).toBe(`${base}agenda/agenda.ics`);
    const cal = parseCalendar(await (await page.request.get(server.origin + href)).text());
    expect(cal.name).toBe('Leerhuis Gemeente Lindewaard: agenda');
    expect(cal.refresh).toBe('P1D');
    expect(cal.events.map((e) => e.uid)).toEqual(
      upcoming.map((r) => `${r.course}.${runKey(r.run)}@gemeente-lindewaard.leerhuis`),
    );
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(cal.events.length);
  });
});

describe('course pages', () => {
  it('mark runs under way and past runs, and link the calendar file of each run to come', async () => {
    const course = courses.find((c) => c.data.runs.some((run) => runStatus(run, today) === 'past'))!;
    const tab = await browser.newPage();
    await tab.goto(`${server.url}opleidingen/${course.id}/`, { waitUntil: 'load' });
    const runs = tab.getByRole('region', { name: 'Uitvoeringen' });
    const past = course.data.runs.filter((run) => runStatus(run, today) === 'past');
    await runs.getByText('Eerdere uitvoeringen').click();
    expect(await runs.locator('details tbody tr').count()).toBe(Math.min(past.length, 5));
    expect(await runs.locator('details tbody tr').first().textContent()).toContain('Afgelopen');
    const links = await runs
      .locator('a[type="text/calendar"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      course.data.runs
        .filter((run) => runStatus(run, today) === 'upcoming')
        .sort(compareRuns)
        .map((run) => `${base}agenda/${course.id}/${runKey(run)}.ics`),
    );
    await tab.close();
  });
});
