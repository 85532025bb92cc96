/**
 * `npm run build` — builds the site into a temporary folder next to the output folder and
 * swaps it into place only when every step succeeded (content check, pages, search index,
 * link check, header files). A failed build leaves the previous site untouched.
 *
 * Environment: LEERHUIS_CONTENT (content folder), LEERHUIS_OUT (output folder, default dist).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Vite lets these inherited variables override import.meta.env (a BASE_URL from a CI job or a
// test runner would silently put every link outside the base path): the settings decide.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'])
  delete process.env[name];
const outDir = resolve(process.env.LEERHUIS_OUT || 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const tempDir = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
const oldDir = join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`);

process.env.LEERHUIS_OUT = tempDir;
const started = performance.now();
try {
  await build({ root: process.cwd(), logLevel: (process.env.LEERHUIS_LOG_LEVEL as 'info') || 'info' });
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  console.error(
    `\n✗ Build failed; ${existsSync(outDir) ? `the previous site in ${outDir} is unchanged` : 'nothing was published'}.\n`,
  );
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Swap: two renames on one file system, so a reader sees either the old or the new site.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
