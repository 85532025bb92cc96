/**
 * Questions and phrases on the search page in Chromium (built sample site under /leren/):
 * results that match all meaningful words come first, results that match part of them follow
 * and say which words they miss, facet counts stay true for that mixed list, quoted phrases
 * stay exact, typos and compounds still find what was meant.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const siteDir = inject('sampleDir');
const base = inject('sampleBase');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(siteDir, { base });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(q: string, extra = ''): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${server.url}zoeken/?q=${encodeURIComponent(q)}${extra}`);
  await settled(page);
  return page;
}

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

const countIn = (text: string) => Number(/(\d+)/.exec(text)?.[1] ?? 0);
const hrefs = (page: Page) =>
  page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const missingPrefix = nl['search.missing'].split('{')[0]!;

async function showAll(page: Page): Promise<void> {
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = await page.locator('.result').count();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  }
}

describe('questions and phrases', () => {
  it('answers a question for a person with people first; its verb need not match', async () => {
    const page = await search('wie kan me helpen met excel');
    expect(countIn(await settled(page))).toBeGreaterThan(3);
    // "wie" asks for a person: the experts on Excel come first, although their pages never say
    // "helpen"; the Excel course still follows.
    const found = await hrefs(page);
    expect(found.slice(0, 2)).toEqual([`${base}experts/daan-verhoeven/`, `${base}experts/james-okafor/`]);
    expect(found).toContain(`${base}opleidingen/excel-in-de-praktijk/`);
    await expect(page.locator('.result-missing').count()).resolves.toBe(0);
    await page.close();
  });

  it('answers a question: full matches first, then partial ones that say which words they miss', async () => {
    const page = await search('hoe vraag ik mijn ontwikkelbudget aan');
    const total = countIn(await settled(page));
    expect(total).toBeGreaterThan(3);
    const items = page.locator('.result');
    // Stop words need not match: the first results match "vraag" and "ontwikkelbudget" and miss nothing.
    await expect(items.first().locator('.result-missing').count()).resolves.toBe(0);
    await showAll(page);
    const notes = await page.locator('.result-missing').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(new RegExp(`^${missingPrefix}(vraag|ontwikkelbudget)$`));
    // Partial matches never come before a full match.
    const missing = await items.evaluateAll((lis) =>
      lis.map((li) => li.querySelector('.result-missing') !== null),
    );
    expect(missing.indexOf(true)).toBeGreaterThan(0);
    expect(missing.slice(missing.indexOf(true)).every(Boolean)).toBe(true);
    await page.close();
  });

  it('keeps facet counts true for a list of full and partial matches', async () => {
    const page = await search('hoe vraag ik mijn ontwikkelbudget aan');
    const total = countIn(await settled(page));
    const option = page.locator('input[name="facet-type"][value="blog"]');
    const expected = countIn(
      (await page.locator(`label[for="${await option.getAttribute('id')}"]`).textContent())!,
    );
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    await option.check();
    await page.waitForURL(/type=blog/);
    expect(countIn(await settled(page))).toBe(expected);
    await showAll(page);
    expect(await page.locator('.result').count()).toBe(expected);
    expect(new Set(await page.locator('.result-type').allTextContents())).toEqual(new Set([nl['type.blog']]));
    await page.close();
  });

  it('keeps a quoted phrase exact', async () => {
    const page = await search('"vaste groepen"');
    const found = await hrefs(page);
    expect(found).toContain(`${base}opleidingen/intervisie-in-vaste-groepen/`);
    // Every result shows the phrase: in its text, or as the title of an entry it links to.
    for (const href of found) {
      const html = await (await fetch(new URL(href!, server.url))).text();
      const text = html
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .toLowerCase();
      expect(text, href!).toContain('vaste groepen');
    }
    await page.goto(`${server.url}zoeken/?q=${encodeURIComponent('"groepen vaste"')}`);
    expect(await settled(page)).toMatch(/^Geen resultaten/);
    await page.close();
  });

  it('says which corrected word it searched for, and nothing when it corrected nothing', async () => {
    const page = await search('intervsie');
    expect(await settled(page)).toMatch(/resultaten voor “intervsie”\. Ook gezocht op: intervisie$/);
    await page.close();
    const plain = await search('intervisie');
    expect(await settled(plain)).not.toMatch(/Ook gezocht/);
    await plain.close();
  });

  it('reads an expression as its subject and says so: "ik weet niet meer wat ik wil" → loopbaan', async () => {
    const page = await search('ik weet niet meer wat ik wil met mijn werk');
    expect(await settled(page)).toMatch(/\. Ook gezocht op: loopbaan$/);
    expect((await hrefs(page)).slice(0, 3)).toContain(`${base}opleidingen/loopbaancoaching/`);
    await page.close();
  });

  it('answers a query without words with no results, not with every page', async () => {
    const page = await search('(?)');
    expect(await settled(page)).toMatch(/^Geen resultaten/);
    expect(await hrefs(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['intervsie', 'intervisie'],
    ['functieprofiel consulent', 'functies/consulent-sociaal-domein/'],
    ['data course in english', 'opleidingen/data-literacy-for-policy-advisers/'],
    // Synonyms: built in, for words the site does not use, also derived forms…
    ['plain language course', 'opleidingen/schrijven-op-b1-niveau/'],
    ['how do i prepare for my appraisal', 'blog/ontwikkelgesprek-voorbereiden/'],
    ['klantvriendelijkheid', 'competenties/klantgerichtheid/'],
    // …and the organisation's own, from site.yaml.
    ['kcc', 'functies/medewerker-klantcontact/'],
  ])('finds what "%s" means', async (q, expected) => {
    const page = await search(q);
    expect((await hrefs(page)).slice(0, 3).some((href) => href?.includes(expected))).toBe(true);
    await page.close();
  });

  it('orders a mixed list by date when asked, dated entries first', async () => {
    const page = await search('wie kan me helpen met excel', '&sort=date');
    await showAll(page);
    const dates = await page
      .locator('.result')
      .evaluateAll((items) => items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated);
    await page.close();
  });
});
