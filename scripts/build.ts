/**
 * `npm run build` — builds the site into a temporary folder next to the output folder and
 * swaps it into place only when every step succeeded (content check, pages, link check,
 * header files, search index). A failed build leaves the previous site untouched.
 *
 * The pages are built in a child process; the search index is built after it has exited, so
 * Astro's memory and Pagefind's are never held at the same time (peak memory at 10,000
 * entries: the larger of the two, not their sum).
 *
 * Environment: LEERHUIS_CONTENT (content folder), LEERHUIS_OUT (output folder, default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close as closePagefind } from 'pagefind';
import { indexSite, SEARCH_INDEX_LATER } from '../src/integrations/search-index.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Vite lets these inherited variables override import.meta.env (a BASE_URL from a CI job or a
// test runner would silently put every link outside the base path): the settings decide.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'])
  delete process.env[name];

const PAGES_STAGE = 'LEERHUIS_BUILD_STAGE';

if (process.env[PAGES_STAGE] === 'pages') {
  // Child: Astro builds the pages into LEERHUIS_OUT (the temporary folder). Astro is loaded
  // here only, so the parent stays small while Pagefind runs.
  try {
    const { build } = await import('astro');
    await build({ root: process.cwd(), logLevel: (process.env.LEERHUIS_LOG_LEVEL as 'info') || 'info' });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  process.exit(0);
}

const outDir = resolve(process.env.LEERHUIS_OUT || 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const tempDir = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
const oldDir = join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`);
const started = performance.now();

function fail(error?: unknown): never {
  rmSync(tempDir, { recursive: true, force: true });
  if (error) console.error(error instanceof Error ? error.message : error);
  console.error(
    `\n✗ Build failed; ${existsSync(outDir) ? `the previous site in ${outDir} is unchanged` : 'nothing was published'}.\n`,
  );
  process.exit(1);
}

const pages = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
  stdio: 'inherit',
  env: { ...process.env, [PAGES_STAGE]: 'pages', LEERHUIS_OUT: tempDir, ...SEARCH_INDEX_LATER },
});
if (pages.status !== 0) fail(pages.error);

try {
  const settings = readSiteSettings(contentDirFromEnv());
  const indexing = performance.now();
  const { pageCount } = await indexSite({ siteDir: tempDir, language: settings.defaultLocale });
  await closePagefind();
  if (pageCount === 0)
    console.warn('No page was indexed for search: entry pages need a data-pagefind-body element.');
  else console.log(`Search: indexed ${pageCount} pages in ${Math.round(performance.now() - indexing)} ms.`);
} catch (error) {
  fail(error);
}

// Swap: two renames on one file system, so a reader sees either the old or the new site.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
