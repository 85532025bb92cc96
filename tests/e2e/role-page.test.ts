/**
 * A role profile in Chromium at 320 px and at 1280 px: the competency table reads well at both
 * (no word broken in two, "Niveau" on one line, still a table for screen readers when it
 * stacks), and "Wat leer je voor de volgende stap?" shows each next role with what to learn,
 * from which level to which, the courses and colleagues that help, and what you already bring.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { growthGap } from '../../src/lib/growth-gap.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');

interface Role {
  title: string;
  competencies: { competency: string; level: number }[];
  nextRoles?: string[];
}
const content = loadContent(resolve(projectRoot, 'content'), projectRoot).entries;
const roles = new Map(
  content.filter((e) => e.collection === 'functies').map((e) => [e.id, e.data as unknown as Role]),
);
const titleOf = (id: string) => String(content.find((e) => e.id === id)?.data.title);
/** The sample role with the most to learn on its way up: two next roles. */
const ROLE = 'consulent-sociaal-domein';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.url}functies/${ROLE}/`, { waitUntil: 'load' });
  return page;
}

/** Words in the table that the browser broke over two lines. */
const brokenWords = (page: Page) =>
  page.locator('.required table').evaluate((table) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        // A word on one line has one box (hyphenated compounds may break at their hyphen).
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1 && !match[0].includes('-')) broken.push(match[0]);
      }
    }
    return broken;
  });

describe.each([1280, 320])('the competency table at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(width);
  });
  afterAll(() => page?.close());

  it('breaks no word in two and does not scroll sideways', async () => {
    expect(await brokenWords(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps the level on one line with its label', async () => {
    const lines = await page.locator('.required .level').evaluateAll((cells) =>
      cells
        .filter((c) => c.getBoundingClientRect().height > 0)
        .map((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
            .size;
        }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
    if (width === 1280) {
      // The column header "Niveau" itself, side by side with the others.
      expect(await page.getByRole('columnheader', { name: 'Niveau' }).isVisible()).toBe(true);
    } else {
      // Stacked: the label travels with the value.
      expect(await page.locator('.required .level .stack-label').first().isVisible()).toBe(true);
    }
  });

  it("is still a table in Chromium's accessibility tree: a row per competency, with its headers", async () => {
    const role = roles.get(ROLE)!;
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    await cdp.detach();
    const named = (kind: string) =>
      nodes.filter((n) => !n.ignored && n.role?.value === kind).map((n) => n.name?.value ?? '');
    expect(named('table')).toHaveLength(1);
    expect(named('rowHeader').length ? named('rowHeader') : named('rowheader')).toEqual(
      role.competencies.map((c) => titleOf(c.competency)),
    );
    expect(named('columnHeader').length ? named('columnHeader') : named('columnheader')).toEqual([
      'Competentie',
      'Niveau',
      'Wat dat inhoudt',
    ]);
  });
});

describe('what you learn for the next step', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(1280);
  });
  afterAll(() => page?.close());

  it('has a heading per next role under "Wat leer je voor de volgende stap?"', async () => {
    const section = page.getByRole('region', { name: 'Wat leer je voor de volgende stap?' });
    const next = roles.get(ROLE)!.nextRoles ?? [];
    expect(next.length).toBe(2);
    expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      next.map((id) => `Naar ${titleOf(id)}`),
    );
  });

  it('per next role: what is new or higher (from → to), and what you already bring', async () => {
    const role = roles.get(ROLE)!;
    for (const id of role.nextRoles ?? []) {
      const gap = growthGap(role.competencies, roles.get(id)!.competencies);
      const step = page.getByRole('region', { name: `Naar ${titleOf(id)}` });
      const learn = await step.locator('.learn > li .what').allTextContents();
      expect(learn.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(
        gap.learn.map(
          (s) =>
            `${titleOf(s.competency)} ${s.from === undefined ? `nieuw: niveau ${s.to}` : `van niveau ${s.from} naar ${s.to}`}`,
        ),
      );
      const brings = await step.locator('.brings > li > a').allTextContents();
      expect(brings).toEqual(gap.brings.map((b) => titleOf(b.competency)));
    }
  });

  it('links the courses that teach a competency and the colleagues who know it, and they open', async () => {
    const writing = page
      .getByRole('region', { name: `Naar ${titleOf('beleidsadviseur-sociaal-domein')}` })
      .locator('.learn > li')
      .filter({ hasText: 'Helder schrijven' });
    const course = writing.getByRole('link', { name: 'Schrijven op B1-niveau' });
    const expert = writing.getByRole('link', { name: 'Fatma Yılmaz' });
    expect(await course.getAttribute('href')).toBe(`${base}opleidingen/schrijven-op-b1-niveau/`);
    expect(await expert.getAttribute('href')).toBe(`${base}experts/fatma-yilmaz/`);
    await course.click();
    await page.waitForURL(`${server.url}opleidingen/schrijven-op-b1-niveau/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Schrijven op B1-niveau');
  });
});
