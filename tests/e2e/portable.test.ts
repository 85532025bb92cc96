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
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { outputFiles } from '../../src/lib/output-links.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';

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
    for (const css of outputFiles(copy).filter((f) => f.endsWith('.css')))
      expect(readFileSync(join(copy, css), 'utf8'), css).not.toMatch(/url\(\s*['"]?\//);
  });

  it('every page opens from file:// with its stylesheets and images, and every address stays in the folder', async () => {
    const problems: string[] = [];
    let current = '';
    // A missing file fails with ERR_FILE_NOT_FOUND; the favicon fetch the next navigation cuts
    // short (ERR_ABORTED) is no problem, and the address check below covers its file.
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      if (!/ERR_ABORTED/.test(error)) problems.push(`${current}: could not load ${r.url()} (${error})`);
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`${current}: console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
    for (const file of pages) {
      current = file;
      await page.goto(pathToFileURL(join(copy, file)).href, { waitUntil: 'load' });
      const found = await page.evaluate(async () => {
        const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
        const images = [...document.images];
        const broken = await Promise.all(
          images.map((img) => {
            img.loading = 'eager';
            return img.decode().then(
              () => (img.naturalWidth > 0 ? null : img.currentSrc),
              () => img.currentSrc || img.src,
            );
          }),
        );
        const attrs = ['href', 'src', 'action'];
        const addresses = [...document.querySelectorAll('[href], [src], [action], [srcset]')].flatMap(
          (el) => [
            ...attrs
              .filter((a) => el.hasAttribute(a))
              .map((a) => new URL(el.getAttribute(a)!, location.href).href),
            ...(el.getAttribute('srcset') ?? '')
              .split(/,\s+/)
              .filter(Boolean)
              .map((c) => new URL(c.trim().split(/\s+/)[0]!, location.href).href),
          ],
        );
        return {
          sheets: sheets.map((s) => [s.href, !!s.sheet] as const),
          styled: getComputedStyle(document.documentElement).getPropertyValue('--lh-color-accent').trim(),
          broken: broken.filter(Boolean),
          addresses,
        };
      });
      expect(found.sheets.length, file).toBeGreaterThanOrEqual(2);
      for (const [href, loaded] of found.sheets)
        if (!loaded) problems.push(`${file}: stylesheet ${href} did not load`);
      if (!found.styled) problems.push(`${file}: the theme's custom properties are missing`);
      for (const src of found.broken) problems.push(`${file}: image ${src} did not load`);
      for (const address of found.addresses) {
        const url = new URL(address);
        if (url.protocol !== 'file:') {
          if (/^https?:$/.test(url.protocol) && url.hostname === 'localhost')
            problems.push(`${file}: ${address}`);
          continue;
        }
        const target = fileURLToPath(new URL(url.pathname, url));
        const inside = relative(copy, target);
        if (inside.startsWith('..') || inside.startsWith(sep))
          problems.push(`${file}: ${address} is outside the folder`);
        else if (!existsSync(target) || !statSync(target).isFile())
          problems.push(`${file}: ${address} is not a file in the folder`);
        else if (
          url.hash &&
          target.endsWith('.html') &&
          !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
        )
          problems.push(`${file}: ${address}: no element with that id`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

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
