/**
 * The self-scan and the conversation questionnaire in Chromium, on the built sample site under
 * its own Content-Security-Policy: the right suggestions for the lowest scores, answers that
 * survive a reload, copy and download as text, a clean printout, the pages without
 * JavaScript, a browser that keeps nothing, and axe with the tools filled in.
 */
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS as WCAG } from '../helpers/axe.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { readEntries } from '../../src/lib/check-content.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { timeFor } from '../helpers/site-pages.ts';
import { startToolSession, stored, type ToolSession } from '../helpers/tool-session.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const SCAN = 'instrumenten/zelfscan/';
const TALK = 'instrumenten/gesprek-voorbereiden/';

let session: ToolSession;
beforeAll(async () => {
  session = await startToolSession(dir, base);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.server.origin,
  });
});
afterAll(() => session?.close());

const content = readEntries(resolve(projectRoot, 'content'));
/** Published entries of a collection that name a competency in `field`. */
const about = (collection: string, field: string, competency: string) =>
  content
    .filter((e) => e.collection === collection && e.published)
    .filter((e) => (e.data[field] as string[] | undefined)?.includes(competency))
    .map((e) => `${base}${collection}/${e.id}/`)
    .sort();

/** Answers every statement of a competency with one value; `coachend-leidinggeven` stays open. */
const PLAN: Record<string, number | undefined> = {
  'werken-met-data': 1,
  projectregie: 2,
  'coachend-leidinggeven': undefined,
};
async function answerScan(page: Page): Promise<void> {
  for (const group of await page.locator('[data-self-scan] .question-group').all()) {
    const competency = (await group.getAttribute('aria-labelledby'))!.replace(/^scan-/, '');
    const value = competency in PLAN ? PLAN[competency] : 4;
    if (value === undefined) continue;
    for (const fieldset of await group.locator('fieldset').all())
      await fieldset.locator(`input[value="${value}"]`).check();
  }
}

const rowText = (page: Page, competency: string) =>
  page.locator(`.score-table tr[data-score="${competency}"] td`).allInnerTexts();
/** The requests for the self-scan's suggestions file so far. */
const adviceRequests = (s: ToolSession) =>
  s.requests.filter((r) => new URL(r.url).pathname.endsWith('/advies.json'));

describe('self-scan', () => {
  it('scores each competency, marks the two lowest in words and suggests what the site has for them', async () => {
    const page = await session.open(SCAN);
    await expect
      .poll(() => page.locator('[data-scan-progress]').innerText())
      .toBe('0 van 24 uitspraken beantwoord');
    await answerScan(page);
    await expect
      .poll(() => page.locator('[data-scan-progress]').innerText())
      .toBe('21 van 24 uitspraken beantwoord');
    // The suggestions are not in the page: their file is fetched when the result needs them.
    expect(adviceRequests(session)).toEqual([]);
    await page.getByRole('button', { name: nl['scan.show'] }).click();
    const result = page.locator('[data-scan-result]');
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat');

    // The table and the chart show the same numbers; the lowest two say so in words.
    expect(await rowText(page, 'werken-met-data')).toEqual(['1 van 5 groeikans', '3 van 3']);
    expect(await rowText(page, 'projectregie')).toEqual(['2 van 5 groeikans', '3 van 3']);
    expect(await rowText(page, 'helder-schrijven')).toEqual(['4 van 5', '3 van 3']);
    expect(await rowText(page, 'coachend-leidinggeven')).toEqual(['niet beantwoord', '0 van 3']);
    expect(await page.locator('.bar-chart li[data-score="werken-met-data"] .bar-value').innerText()).toMatch(
      /^1 van 5\s+groeikans$/,
    );
    const widths = await page.$$eval('.bar-chart li', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-score'),
        (r.querySelector('[data-bar]') as HTMLElement).style.inlineSize,
      ]),
    );
    expect(Object.fromEntries(widths)).toMatchObject({
      'werken-met-data': '20%',
      projectregie: '40%',
      'helder-schrijven': '80%',
    });

    // Suggestions for the two lowest, lowest first, and for no other competency.
    const advice = page.locator('[data-advice]:visible');
    await expect.poll(() => advice.count()).toBe(2);
    // One plain request to the site itself: nothing the employee chose goes with it.
    expect(adviceRequests(session)).toEqual([
      { url: `${session.server.origin}${base}${SCAN}advies.json`, method: 'GET', body: null },
    ]);
    expect(await advice.evaluateAll((s) => s.map((x) => x.getAttribute('data-advice')))).toEqual([
      'werken-met-data',
      'projectregie',
    ]);
    for (const competency of ['werken-met-data', 'projectregie']) {
      const links = (await page
        .locator(`[data-advice="${competency}"] li a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) as string[];
      const expected = [
        ...about('opleidingen', 'competencies', competency),
        ...about('experts', 'expertise', competency),
        ...about('leerverhalen', 'competencies', competency),
      ];
      expect(expected.length, competency).toBeGreaterThan(1);
      expect(links.sort(), competency).toEqual(expected.sort());
    }
    expect(
      await page
        .locator('[data-advice="werken-met-data"] a', { hasText: 'Alles over Werken met data' })
        .count(),
    ).toBe(1);
    // A score that changes while the result shows moves the suggestions, without a new request.
    await page
      .locator('[data-self-scan] .question-group[aria-labelledby="scan-werken-met-data"] fieldset')
      .first()
      .locator('input[value="5"]')
      .check();
    await expect
      .poll(() => advice.evaluateAll((s) => s.map((x) => x.getAttribute('data-advice'))))
      .toEqual(['projectregie', 'werken-met-data']);
    await page
      .locator('[data-self-scan] .question-group[aria-labelledby="scan-werken-met-data"] fieldset')
      .first()
      .locator('input[value="1"]')
      .check();
    await expect
      .poll(() => advice.evaluateAll((s) => s.map((x) => x.getAttribute('data-advice'))))
      .toEqual(['werken-met-data', 'projectregie']);
    expect(adviceRequests(session)).toHaveLength(1);
    await page.close();
  });

  it('still shows the scores when the suggestions cannot be loaded, says so, and tries again', async () => {
    const offline = await startToolSession(dir, base, { browser: session.browser });
    try {
      const page = await offline.open(SCAN);
      let blocked = true;
      await page.route('**/advies.json', (route) => (blocked ? route.abort() : route.continue()));
      await page.locator('fieldset.choice').first().locator('input[value="2"]').check();
      await page.getByRole('button', { name: nl['scan.show'] }).click();
      expect(await rowText(page, 'helder-schrijven')).toEqual(['2 van 5 groeikans', '1 van 3']);
      const failed = page.locator('[data-advice-failed]');
      await expect.poll(() => failed.isVisible()).toBe(true);
      expect(await failed.innerText()).toBe(nl['scan.adviceFailed'].replace('{show}', nl['scan.show']));
      expect(await page.locator('[data-advice]').count()).toBe(0);
      blocked = false;
      await page.getByRole('button', { name: nl['scan.show'] }).click();
      await expect.poll(() => page.locator('[data-advice="helder-schrijven"]').isVisible()).toBe(true);
      expect(await failed.isVisible()).toBe(false);
      expect(adviceRequests(offline)).toHaveLength(2);
    } finally {
      await offline.close();
    }
  });

  it('keeps the answers on this device: after a reload they and the result are back', async () => {
    const page = await session.open(SCAN);
    await expect.poll(() => page.locator('[data-scan-result]').isVisible()).toBe(true);
    expect(await rowText(page, 'werken-met-data')).toEqual(['1 van 5 groeikans', '3 van 3']);
    expect(await page.locator('[data-self-scan] input:checked').count()).toBe(21);
    const data = (await stored(page, base)) as { answers: Record<string, { values: object }> };
    expect(Object.keys(data.answers.zelfscan!.values)).toHaveLength(21);
    await page.close();
  });

  it(
    'passes axe in both colour schemes with the result showing',
    async () => {
      const page = await session.open(SCAN);
      await expect.poll(() => page.locator('[data-scan-result]').isVisible()).toBe(true);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
      await page.close();
    },
    timeFor(2, 60_000),
  );

  it('clears its answers after asking, and only its own', async () => {
    const page = await session.open(SCAN);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: nl['tools.clear'] }).click();
    await expect.poll(() => page.locator('[data-self-scan] input:checked').count()).toBe(0);
    expect(await page.locator('[data-scan-result]').isVisible()).toBe(false);
    await expect
      .poll(() => page.locator('[data-self-scan] [data-tool-report]').innerText())
      .toBe(nl['tools.cleared']);
    expect(((await stored(page, base)) as { answers: object }).answers).toEqual({});
    await page.close();
  });
});

const ANSWER = 'Het nieuwe inwonersloket, samen met Burgerzaken.\nEn mijn eerste presentatie voor de raad.';

describe('conversation preparation', () => {
  it('keeps what is typed, and gives it back after a reload', async () => {
    const page = await session.open(TALK);
    await page.getByLabel('Op welk resultaat van het afgelopen jaar ben je trots?').fill(ANSWER);
    await page
      .getByRole('group', { name: 'Hoeveel plezier heb je op dit moment in je werk?' })
      .getByLabel('Veel', { exact: true })
      .check();
    await expect
      .poll(() => page.locator('[data-saved]').innerText())
      .toMatch(/^Bewaard op dit apparaat om \d/);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Op welk resultaat van het afgelopen jaar ben je trots?').inputValue())
      .toBe(ANSWER);
    expect(await page.getByLabel('Veel', { exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  it('copies and downloads the answers as text for the manager', async () => {
    const page = await session.open(TALK);
    await page.getByRole('button', { name: nl['conv.copy'] }).click();
    await expect
      .poll(() => page.locator('.tool-actions [data-tool-report]').innerText())
      .toBe(nl['conv.copied']);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Je ontwikkelgesprek voorbereiden\n=+\nIngevuld op \d+ \w+ \d{4}\n/);
    expect(copied).toContain(
      'Op welk resultaat van het afgelopen jaar ben je trots?\n  Het nieuwe inwonersloket, samen met Burgerzaken.\n  En mijn eerste presentatie voor de raad.\n',
    );
    expect(copied).toContain('Hoeveel plezier heb je op dit moment in je werk?\n  4 — Veel\n');
    expect(copied).toContain('Hoe leer jij het liefst?\n  (niet ingevuld)\n');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: nl['conv.download'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gesprek-voorbereiden-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(copied);
    await page.close();
  });

  it('prints a clean page: no site navigation or buttons, every written answer in full', async () => {
    const page = await session.open(TALK);
    await expect.poll(() => page.locator('.answered').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.privacy-note', '.tool-actions'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    const answered = page.locator('.open-question.answered');
    expect(await answered.locator('textarea').isVisible()).toBe(false);
    expect(await answered.locator('[data-print-answer]').innerText()).toBe(ANSWER);
    // Questions left open keep their box, as room to write by hand.
    expect(await page.locator('.open-question:not(.answered) textarea').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await answered.locator('[data-print-answer]').isVisible()).toBe(false);
    await page.close();
  });

  it(
    'passes axe in both colour schemes when filled in',
    async () => {
      const page = await session.open(TALK);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
      await page.close();
    },
    timeFor(2, 60_000),
  );

  it('deletes everything this site kept, after asking', async () => {
    const page = await session.open(TALK);
    let question = '';
    page.once('dialog', (d) => ((question = d.message()), d.dismiss()));
    await page.getByRole('button', { name: nl['tools.deleteAll'] }).click();
    expect(question).toBe(nl['tools.confirmDeleteAll']);
    expect(await stored(page, base)).toBeDefined();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: nl['tools.deleteAll'] }).click();
    await expect.poll(() => page.locator('[data-tool-report]').first().innerText()).toBe(nl['tools.deleted']);
    expect(await stored(page, base)).toBeUndefined();
    expect(await page.getByLabel('Op welk resultaat van het afgelopen jaar ben je trots?').inputValue()).toBe(
      '',
    );
    await page.close();
  });

  it('ran without a policy violation or script error', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the questionnaires explain themselves and can be read and printed; no dead controls', async () => {
    const noJs = await startToolSession(dir, base, { javaScriptEnabled: false, browser: session.browser });
    try {
      const scan = await noJs.open(SCAN);
      expect(await scan.locator('.without-js').first().innerText()).toBe(nl['tools.noScript']);
      expect(await scan.locator('fieldset.choice').count()).toBe(24);
      expect(await scan.locator('fieldset.choice').first().isVisible()).toBe(true);
      for (const name of [nl['scan.show'], nl['tools.print'], nl['tools.deleteAll']])
        expect(await scan.getByRole('button', { name }).isVisible(), name).toBe(false);
      const talk = await noJs.open(TALK);
      expect(await talk.locator('textarea').first().isVisible()).toBe(true);
      expect(await talk.getByRole('button', { name: nl['conv.copy'] }).isVisible()).toBe(false);
      const portfolio = await noJs.open('instrumenten/portfolio/');
      expect(await portfolio.locator('.without-js').innerText()).toBe(nl['portfolio.noScript']);
      expect(await portfolio.locator('[data-portfolio]').isVisible()).toBe(false);
      const course = await noJs.open('opleidingen/excel-in-de-praktijk/');
      expect(await course.locator('[data-bookmark]').isVisible()).toBe(false);
      expect(await course.getByRole('link', { name: nl['bookmark.portfolio'] }).isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});

describe('when the browser keeps nothing', () => {
  it('the tools work for this visit and say so (storage blocked, as in some private windows)', async () => {
    const blocked = await startToolSession(dir, base, {
      browser: session.browser,
      init: () =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
    });
    try {
      const page = await blocked.open(TALK);
      await expect
        .poll(() => page.locator('[data-storage-notice]').innerText())
        .toBe(nl['tools.storage.unavailable']);
      await page.getByLabel('Wat wil je het komende jaar leren of beter kunnen?').fill('Beter presenteren');
      await page.getByRole('button', { name: nl['conv.copy'] }).click();
      await expect.poll(() => page.locator('.tool-actions [data-tool-report]').innerText()).not.toBe('');
      expect(await page.locator('[data-saved]').innerText()).toBe('');

      const course = await blocked.open('opleidingen/excel-in-de-praktijk/');
      await course.locator('[data-bookmark]').click();
      await expect
        .poll(() => course.locator('[data-bookmark-status]').innerText())
        .toBe(nl['bookmark.failed']);
      expect(await course.locator('[data-bookmark]').getAttribute('aria-pressed')).toBe('false');
      expect(blocked.problems).toEqual([]);
    } finally {
      await blocked.close();
    }
  });

  it('a full quota: what is entered stays on the page, and the page says it is not kept', async () => {
    const full = await startToolSession(dir, base, {
      browser: session.browser,
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    });
    try {
      const page = await full.open(SCAN);
      await page.locator('fieldset.choice').first().locator('input[value="3"]').check();
      await expect
        .poll(() => page.locator('[data-storage-notice]').innerText())
        .toBe(nl['tools.storage.full']);
      await page.getByRole('button', { name: nl['scan.show'] }).click();
      expect(await rowText(page, 'helder-schrijven')).toEqual(['3 van 5 groeikans', '1 van 3']);
      expect(full.problems).toEqual([]);
    } finally {
      await full.close();
    }
  });

  it('data saved by a newer version of the site is left exactly as it was', async () => {
    const page = await session.open(TALK);
    const newer = JSON.stringify({ version: 99, portfolio: 'nieuw formaat' });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`leerhuis:${base}`, newer]);
    await page.reload();
    await expect
      .poll(() => page.locator('[data-storage-notice]').innerText())
      .toBe(nl['tools.storage.newer']);
    await page.getByLabel('Wat wil je het komende jaar leren of beter kunnen?').fill('Iets nieuws');
    // Leaving the field keeps the answer at once (the change event): here, in memory only.
    await page.getByLabel('Wat wil je het komende jaar leren of beter kunnen?').blur();
    expect(await page.evaluate((key) => localStorage.getItem(key), `leerhuis:${base}`)).toBe(newer);
    await page.evaluate((key) => localStorage.removeItem(key), `leerhuis:${base}`);
    await page.close();
  });
});
