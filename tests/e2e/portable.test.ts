/**
 * The portable copy of the built sample site (`npm run portable`), opened in Chromium from
 * `file://` as from a network share: every page loads its stylesheets and images from the
 * folder without an error, every link and resource resolves to a file inside the folder (and
 * every #fragment to an element on it), and the search page says that search needs a web
 * server and offers the list and tag pages, which work.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { outputFiles } from '../../src/lib/output-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { pageGroups, sitePages, timeFor } from '../helpers/site-pages.ts';

const sampleDir = inject('sampleDir');
const work = mkdtempSync(join(tmpdir(), 'leerhuis-portable-'));
const copy = join(work, 'leerhuis');

function runPortable(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/portable.ts', ...args], { cwd: projectRoot });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** The pages to visit, in groups (one test each), with the 404 page among the others. */
const groups = pageGroups([...sitePages(sampleDir), '404.html']);
const toFile = (path: string) => (path.endsWith('.html') ? path : `${path}index.html`);

let browser: Browser;
let page: Page;
let pages: string[] = [];
const ids = new Map<string, Set<string>>();
/** The ids on a page of the copy, for checking #fragments. */
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const html = readFileSync(file, 'utf8');
    found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, found);
  }
  return found;
}

/** What would go wrong opening one page of the copy from the share. */
async function visit(file: string): Promise<string[]> {
  const problems: string[] = [];
  // A missing file fails with ERR_FILE_NOT_FOUND; the favicon fetch the next navigation cuts
  // short (ERR_ABORTED) is no problem, and the address check below covers its file.
  const failed = (r: Request) => {
    const error = r.failure()?.errorText ?? '';
    if (!/ERR_ABORTED/.test(error)) problems.push(`${file}: could not load ${r.url()} (${error})`);
  };
  const logged = (m: ConsoleMessage) =>
    m.type() === 'error' && problems.push(`${file}: console: ${m.text()}`);
  const thrown = (e: Error) => problems.push(`${file}: ${e.message}`);
  page.on('requestfailed', failed);
  page.on('console', logged);
  page.on('pageerror', thrown);
  try {
    await page.goto(pathToFileURL(join(copy, file)).href, { waitUntil: 'load' });
    const found = await page.evaluate(async () => {
      const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
      const broken = await Promise.all(
        [...document.images].map((img) => {
          img.loading = 'eager';
          return img.decode().then(
            () => (img.naturalWidth > 0 ? null : img.currentSrc),
            () => img.currentSrc || img.src,
          );
        }),
      );
      const resolve = (value: string) => new URL(value, location.href).href;
      const addresses = [...document.querySelectorAll('[href], [src], [action], [srcset]')].flatMap((el) => [
        ...['href', 'src', 'action']
          .filter((a) => el.hasAttribute(a))
          .map((a) => resolve(el.getAttribute(a)!)),
        ...(el.getAttribute('srcset') ?? '')
          .split(/,\s+/)
          .filter(Boolean)
          .map((c) => resolve(c.trim().split(/\s+/)[0]!)),
      ]);
      return {
        sheets: sheets.map((s) => [s.href, !!s.sheet] as const),
        styled: getComputedStyle(document.documentElement).getPropertyValue('--lh-color-accent').trim(),
        broken: broken.filter(Boolean),
        addresses,
      };
    });
    if (found.sheets.length < 2) problems.push(`${file}: ${found.sheets.length} stylesheets instead of 2`);
    for (const [href, loaded] of found.sheets)
      if (!loaded) problems.push(`${file}: stylesheet ${href} did not load`);
    if (!found.styled) problems.push(`${file}: the theme's custom properties are missing`);
    for (const src of found.broken) problems.push(`${file}: image ${src} did not load`);
    for (const address of found.addresses) problems.push(...addressProblems(file, address));
  } finally {
    page.off('requestfailed', failed);
    page.off('console', logged);
    page.off('pageerror', thrown);
  }
  return problems;
}

/** An address on a page of the copy must be a file (and anchor) inside the folder, or another site. */
function addressProblems(file: string, address: string): string[] {
  const url = new URL(address);
  if (url.protocol !== 'file:') return [];
  const target = fileURLToPath(new URL(url.pathname, url));
  const inside = relative(copy, target);
  if (inside.startsWith('..') || inside.startsWith(sep)) return [`${file}: ${address} is outside the folder`];
  if (!existsSync(target) || !statSync(target).isFile())
    return [`${file}: ${address} is not a file in the folder`];
  if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
    return [`${file}: ${address}: no element with that id`];
  return [];
}

beforeAll(async () => {
  const result = await runPortable(sampleDir, copy);
  if (result.code !== 0) throw new Error(`npm run portable failed:\n${result.output}`);
  expect(result.output).toMatch(/Draagbare kopie geschreven naar .*: \d+ pagina's/);
  pages = outputFiles(copy)
    .filter((f) => f.endsWith('.html'))
    .sort();
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('portable copy for a file share', () => {
  it('has every page of the build, and no scripts, search index or server files', () => {
    const built = outputFiles(sampleDir).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(built.sort());
    for (const left of [
      'pagefind',
      '_headers',
      'nginx-headers.conf',
      'web.config',
      'staticwebapp.config.json',
    ])
      expect(existsSync(join(copy, left)), left).toBe(false);
    for (const file of pages) {
      const html = readFileSync(join(copy, file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      // Nothing root-absolute: it would point outside the folder.
      expect(html, file).not.toMatch(/\s(?:href|src|srcset|action|content)="\/(?!\/)/);
    }
    expect(outputFiles(copy).filter((f) => /\.m?js$/.test(f))).toEqual([]);
    for (const css of outputFiles(copy).filter((f) => f.endsWith('.css')))
      expect(readFileSync(join(copy, css), 'utf8'), css).not.toMatch(/url\(\s*['"]?\//);
  });

  describe('every page opens from file:// with its stylesheets and images, and every address stays in the folder', () => {
    for (const group of groups)
      it(
        group.label,
        async () => {
          const problems: string[] = [];
          for (const file of group.paths.map(toFile)) problems.push(...(await visit(file)));
          expect(problems).toEqual([]);
        },
        timeFor(group.paths.length, 2_000),
      );
  });

  it('the search page says search needs a web server and offers the list and tag pages, which work', async () => {
    await page.goto(pathToFileURL(join(copy, 'index.html')).href);
    await page.locator('#site-search-q').fill('excel');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/zoeken\/index\.html\?q=excel$/);
    await page.getByText(nl['search.portable']).waitFor({ state: 'visible', timeout: 5_000 });
    expect(await page.getByText(nl['search.noScript']).isVisible()).toBe(false);
    const courses = page.getByRole('link', { name: nl['search.none.browse'] });
    await courses.click();
    await page.waitForURL(/opleidingen\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.goBack();
    await page.getByRole('link', { name: nl['search.none.browseTopics'] }).click();
    await page.waitForURL(/tags\/index\.html$/);
    const topic = page.locator('main a[href$="index.html"]').first();
    await topic.click();
    await page.waitForURL(/tags\/[^/]+\/index\.html$/);
  });

  it('refuses a folder that is not a build, or a copy inside the build, with a message and nothing written', async () => {
    const empty = await runPortable(work, join(tmpdir(), 'leerhuis-portable-never'));
    expect(empty.code).toBe(1);
    expect(empty.output).toContain('bevat geen gebouwde site');
    expect(existsSync(join(tmpdir(), 'leerhuis-portable-never'))).toBe(false);
    const inside = await runPortable(sampleDir, join(sampleDir, 'kopie'));
    expect(inside.code).toBe(1);
    expect(inside.output).toContain('mogen niet in elkaar liggen');
    expect(existsSync(join(sampleDir, 'kopie'))).toBe(false);
  });
});
