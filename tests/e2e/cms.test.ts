/**
 * The web editor (Decap CMS at /admin/) in Chromium, from the sample build under its own
 * Content-Security-Policy (read from the generated `_headers`), against its local backend
 * (decap-server, as `npm run cms` runs it) on a temporary copy of the sample content: an
 * editor creates a course with two runs and a learning story whose author, competencies and
 * course come from the pickers; the files pass `npm run check`, editing an existing entry
 * rewrites only the edited value, and one build of the copy shows both new entries.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localProxy } from '../../src/integrations/cms-local.ts';
import { LOCAL_API } from '../../src/lib/cms-config.ts';
import { axeViolations, installAxe } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, projectRoot, runCheck } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/host-headers.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { ADMIN_PAGE, sitePages } from '../helpers/site-pages.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const work = mkdtempSync(join(tmpdir(), 'leerhuis-cms-'));
const content = join(work, 'content');
const file = (path: string) => join(content, path);

const COURSE = { title: 'Werken met de nieuwe huisstijl', id: 'werken-met-de-nieuwe-huisstijl' };
const STORY = {
  title: 'Mijn brieven passen nu in de huisstijl',
  id: 'mijn-brieven-passen-nu-in-de-huisstijl',
};
const EDITED = 'opleidingen/excel-in-de-praktijk.md';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Policy violations, script errors and failed requests on the editor's page. */
const problems: string[] = [];

beforeAll(async () => {
  cpSync(resolve(projectRoot, 'content'), content, { recursive: true });
  const proxy = await localProxy(work);
  server = await serve(dir, {
    base,
    headers: siteHeaders(dir, `${base}${ADMIN_PAGE}`),
    handle: (req, res) => {
      if (req.url?.split('?')[0] !== `${base}${LOCAL_API}`) return false;
      req.url = '/api/v1';
      proxy(req, res, () => res.writeHead(404).end());
      return true;
    },
  });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`policy: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  await installAxe(context);
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !/^(data|blob):/.test(r.url()))
      problems.push(`off-site: ${r.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A field by its label (optional fields carry "(optioneel)"); `nth` for repeated ones (runs). */
const field = (label: string, nth = 0) =>
  page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(optioneel\\))?$`)).nth(nth);

/** Picks an option in a select or relation widget by typing part of it. */
async function pick(label: string, text: string, nth = 0) {
  const input = field(label, nth);
  await input.click();
  await input.pressSequentially(text);
  await page
    .getByRole('option', { name: new RegExp(text, 'i') })
    .first()
    .click();
}

async function typeBody(text: string) {
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type(text);
}

/**
 * Saves the entry in the form ("Publiceer nu") and returns the file once the proxy has written
 * it: the file changed, and Decap (which hears back after the write) says it is saved.
 */
async function publish(path: string, before?: string): Promise<string> {
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  await page.getByText('Publiceer nu').click();
  const read = () => (existsSync(file(path)) ? readFileSync(file(path), 'utf8') : undefined);
  await expect.poll(read, { timeout: 30_000 }).not.toBe(before);
  await page.getByText('Wijzigingen opgeslagen').waitFor({ timeout: 30_000 });
  return read()!;
}

/**
 * Opens a form with a fresh page (Decap keeps the previous entry's draft when only the address's
 * hash changes; the sign-in is kept) and waits for a field only that form has.
 */
async function openEditor(hash: string, marker: string) {
  await page.goto('about:blank');
  await page.goto(`${server.url}admin/#/${hash}`);
  await field(marker).waitFor({ timeout: 30_000 });
}

describe('the web editor at /admin/', () => {
  it('starts in Dutch under its own policy, marked noindex, with no axe violations', async () => {
    const response = await page.goto(`${server.url}admin/`);
    const policy = response!.headers()['content-security-policy']!;
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(policy).toMatch(/connect-src 'self' blob: https:\/\/git\.lindewaard\.example;/);
    expect(policy).not.toMatch(/wasm-unsafe-eval/); // not the public pages' policy joined in
    expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await page.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 30_000 });
    expect(await axeViolations(page, 'admin/ (start screen)')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('creates a course with two runs', async () => {
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await openEditor('collections/opleidingen/new', 'Aanbieder');
    await field('Titel').fill(COURSE.title);
    await field('Omschrijving').fill(
      'Een middag oefenen met de sjablonen en de schrijfwijzer van de gemeente.',
    );
    await field('Aanbieder').fill('Team Communicatie');
    await pick('Leervorm', 'Klassikaal');
    await field('Studielast (uren)').fill('3.5');
    await field('Bedrag').fill('0');
    await pick('Betaald door', 'werkgever');
    await pick('Competenties', 'Helder schrijven');
    await page.getByRole('button', { name: /Voeg uitvoeringen toe/ }).click();
    const runs = [
      ['2027-03-02', 'Stadskantoor, zaal De Linde'],
      ['2027-06-08', 'Online, via Teams'],
    ] as const;
    for (const [i, [day, place]] of runs.entries()) {
      await field('Begindatum', i).fill(day);
      await field('Einddatum', i).fill(day);
      await field('Begintijd', i).fill('13:30');
      await field('Eindtijd', i).fill('17:00');
      await field('Locatie', i).fill(place);
      await field('Plaatsen', i).fill('14');
    }
    await pick('Contactpersoon', 'Daan Verhoeven');
    await typeBody('Je leert de sjablonen kennen en schrijft een eigen brief in de huisstijl.');
    const saved = await publish(`opleidingen/${COURSE.id}.md`);

    // The checker's own forms: plain calendar days, quoted times, ids, nested objects in order.
    expect(saved).toContain(`title: ${COURSE.title}\n`);
    expect(saved).toContain('cost:\n  amount: 0\n  currency: EUR\n  paidBy: werkgever\n');
    expect(saved).toContain(
      'runs:\n  - start: 2027-03-02\n    end: 2027-03-02\n    startTime: "13:30"\n    endTime: "17:00"\n    location: Stadskantoor, zaal De Linde\n    seats: 14\n  - start: 2027-06-08',
    );
    expect(saved).toContain('competencies:\n  - helder-schrijven\n');
    expect(saved).toContain('contact: daan-verhoeven\n');
  });

  it('creates a learning story with its author, competencies and course picked from the content', async () => {
    await openEditor('collections/leerverhalen/new', 'Wat ik geleerd heb');
    await field('Titel').fill(STORY.title);
    await field('Omschrijving').fill(
      'Noor schreef haar standaardbrieven om na een middag met de nieuwe sjablonen.',
    );
    await pick('Collega met een profiel', 'Noor');
    await field('Wat ik geleerd heb').fill(
      'Hoe de sjablonen een brief vanzelf kort en overzichtelijk houden.',
    );
    await field('Hoe ik het toepas').fill('Mijn vijf standaardbrieven staan nu in het nieuwe sjabloon.');
    await pick('Opleidingen', COURSE.title);
    await pick('Competenties', 'Helder schrijven');
    await pick('Competenties', 'Klantgerichtheid');
    await field('Publicatiedatum').fill('2026-11-20');
    await typeBody('Sinds de training gebruik ik voor elke brief het nieuwe sjabloon.');
    const saved = await publish(`leerverhalen/${STORY.id}.md`);

    expect(saved).toContain('author: noor-haddad\n'); // the picked profile alone, no group
    expect(saved).toContain(`courses:\n  - ${COURSE.id}\n`);
    expect(saved).toContain('competencies:\n  - helder-schrijven\n  - klantgerichtheid\n');
    expect(saved).toContain('publishedAt: 2026-11-20\n');
    expect(problems).toEqual([]);
  });

  it('changes only the edited value of an existing entry', async () => {
    const before = readFileSync(file(EDITED), 'utf8');
    await openEditor('collections/opleidingen/entries/excel-in-de-praktijk', 'Aanbieder');
    await expect.poll(() => field('Titel').inputValue(), { timeout: 30_000 }).toBe('Excel in de praktijk');
    await field('Titel').fill('Excel in de praktijk, met draaitabellen');
    const after = await publish(EDITED, before);
    expect(after).toBe(
      before.replace('title: Excel in de praktijk\n', 'title: Excel in de praktijk, met draaitabellen\n'),
    );
  });

  it('saves files that pass npm run check', async () => {
    const { code, output } = await runCheck(content);
    expect(output).not.toMatch(/✗|fout/i);
    expect(code, output).toBe(0);
  });
});

describe('the built site of what the editor saved', () => {
  let out: string;
  const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    out = join(work, 'dist');
    const result = await buildSite({ content, out, base });
    if (result.code !== 0) throw new Error(`the build failed:\n${result.output}`);
  });

  it('shows the new course with both runs', () => {
    const page = html(`opleidingen/${COURSE.id}`);
    expect(page).toContain(COURSE.title);
    expect(page).toMatch(/2 maart 2027/);
    expect(page).toMatch(/8 juni 2027/);
    expect(page).toContain('Online, via Teams');
  });

  it('shows the story with its author, competencies and the course it names', () => {
    const page = html(`leerverhalen/${STORY.id}`);
    expect(page).toContain(STORY.title);
    expect(page).toContain('Noor Haddad');
    expect(page).toContain(`${base}opleidingen/${COURSE.id}/`);
    expect(page).toContain(`${base}competenties/klantgerichtheid/`);
    expect(html('opleidingen/excel-in-de-praktijk')).toContain('Excel in de praktijk, met draaitabellen');
  });

  it('keeps the editor to itself: no public page links to it or loads its code', () => {
    const pages = sitePages(out);
    expect(pages).not.toContain(ADMIN_PAGE);
    for (const path of pages)
      expect(readFileSync(join(out, path, 'index.html'), 'utf8'), path).not.toMatch(
        /admin\/|decap|leerhuis-cms/i,
      );
    // Search indexes only what is marked data-pagefind-body; the editor's page marks nothing.
    const editor = readFileSync(join(out, ADMIN_PAGE, 'index.html'), 'utf8');
    expect(editor).not.toMatch(/data-pagefind/);
    expect(editor).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(existsSync(join(out, ADMIN_PAGE, 'decap-cms.js'))).toBe(true);
  });
});
