/**
 * `npm run dev` on a small site, the way an editor uses it: pages answer, the logo loads (it
 * was a broken image in the dev server only), and a saved change shows on the entry's own page
 * and, on their next request, on every page that shows the entry: the list, its contact
 * person's profile, the competency it teaches, its tag and the story about it. A new entry gets
 * its page and a place in the list; a removed one loses both.
 */
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { holdBuildLock } from '../helpers/build-lock.ts';
import { projectRoot } from '../helpers/build-site.ts';
import {
  type DevServer,
  devStore,
  get,
  moveStoreAside,
  startDevServer,
  waitForPage,
} from '../helpers/dev-server.ts';

const BASE = '/leren/';
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40"><rect width="40" height="40" fill="#0b5f86"/></svg>\n';

const tmp = mkdtempSync(join(tmpdir(), 'leerhuis-dev-'));
const content = join(tmp, 'content');
let server: DevServer;
let release: (() => Promise<void>) | undefined;
let restoreStore: (() => void) | undefined;

const url = (path: string) => `${server.origin}${BASE}${path}`;

beforeAll(async () => {
  // The dev server writes into .astro/ as long as it runs: builds of other test files wait.
  release = await holdBuildLock();
  restoreStore = moveStoreAside(devStore(projectRoot));
  // A copy outside the project: the edits below must not touch the fixture, and the dev
  // server's file watcher ignores node_modules/.
  cpSync(join(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
  writeFileSync(join(content, 'logo.svg'), LOGO);
  appendFileSync(join(content, 'site.yaml'), 'logo: ./logo.svg\nlogoAlt: Testorganisatie\n');
  server = await startDevServer({
    root: projectRoot,
    env: { LEERHUIS_CONTENT: content, LEERHUIS_NOW: '2026-11-28T12:00:00Z' },
  });
  // A cold start of Astro and Vite: generous, for a busy machine.
  await waitForPage(server, url('opleidingen/excel-basis/'), (p) => p.status === 200, 240_000);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  restoreStore?.();
  await release?.();
  rmSync(tmp, { recursive: true, force: true });
});

test('the logo is served as an image under the base path and shows in the header', async () => {
  const response = await fetch(url('logo.svg'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/svg+xml');
  expect(await response.text()).toBe(LOGO);

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url(''));
    const logo = page.locator('header img.logo');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    // A broken image has no natural size.
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await logo.getAttribute('src')).toBe(`${BASE}logo.svg`);
  } finally {
    await browser.close();
  }
}, 120_000);

test('a saved change shows on its page, and on the next request of every page that shows it', async () => {
  const file = join(content, 'opleidingen/excel-basis.md');
  const title = `Excel voor iedereen ${Date.now()}`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Excel basis', `title: ${title}`));

  await waitForPage(server, url('opleidingen/excel-basis/'), (p) => p.text.includes(title), 120_000);
  // Each page once: right after the entry's own page shows the change, they must too.
  for (const path of [
    'opleidingen/',
    'experts/anna-jansen/',
    'competenties/samenwerken/',
    'tags/excel/',
    'leerverhalen/mijn-eerste-draaitabel/',
  ]) {
    const page = await get(url(path));
    expect(page?.status, path).toBe(200);
    expect(page?.text, path).toContain(title);
    expect(page?.text, path).not.toContain('Excel basis');
  }
}, 180_000);

test('a new entry gets its page and a place in the list; once removed, it loses both', async () => {
  const file = join(content, 'opleidingen/excel-gevorderd.md');
  const title = `Excel gevorderd ${Date.now()}`;
  const course = readFileSync(join(content, 'opleidingen/excel-basis.md'), 'utf8');
  writeFileSync(file, course.replace(/^title: .*$/m, `title: ${title}`));

  await waitForPage(server, url('opleidingen/excel-gevorderd/'), (p) => p.text.includes(title), 120_000);
  expect((await get(url('opleidingen/')))?.text).toContain(title);
  expect((await get(url('experts/anna-jansen/')))?.text).toContain(title);

  unlinkSync(file);
  await waitForPage(server, url('opleidingen/excel-gevorderd/'), (p) => p.status === 404, 120_000);
  expect((await get(url('opleidingen/')))?.text).not.toContain(title);
  expect((await get(url('experts/anna-jansen/')))?.text).not.toContain(title);
}, 180_000);
