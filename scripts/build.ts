/**
 * `npm run build` — builds the site into a temporary folder next to the output folder and
 * swaps it into place only when every step succeeded (content check, pages, link check,
 * header files, search index). A failed build leaves the previous site untouched.
 *
 * The work is spread so that a 2-core machine stays busy and memory peaks never add up:
 * 1. Astro renders the pages in a child process while a worker thread checks the content.
 *    The child's output is held back until the check has passed; if it finds problems, the
 *    child is stopped and only the check's lines are printed.
 * 2. After the child has exited (and freed Astro's memory), Pagefind indexes the site while a
 *    worker thread checks every link of the output and writes the header files.
 * `astro build` on its own runs the same steps in one process (see src/lib/build-stages.ts).
 *
 * Environment: LEERHUIS_CONTENT (content folder), LEERHUIS_OUT (output folder, default dist),
 * LEERHUIS_NOW (the build's moment; default now), LEERHUIS_BASE (base path override).
 */
// Only light modules here: Astro's process is started before anything heavy is loaded.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES_STAGE_ENV } from '../src/lib/build-stages.ts';
import { buildNow } from '../src/lib/build-time.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';
import { isItemLine } from './build/log-filter.ts';
import { type ContentResult, runTask, stopTasks } from './build/tasks.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Vite lets these inherited variables override import.meta.env (a BASE_URL from a CI job or a
// test runner would silently put every link outside the base path): the settings decide.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'])
  delete process.env[name];

const outDir = resolve(process.env.LEERHUIS_OUT || 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const tempDir = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
const oldDir = join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`);
const started = performance.now();
const elapsed = (since: number) => `${Math.round(performance.now() - since)} ms`;

/** Set when the build is interrupted: it then ends as stopped, not as failed. */
let interrupted: NodeJS.Signals | undefined;

function fail(error?: unknown): never {
  rmSync(tempDir, { recursive: true, force: true });
  const unchanged = existsSync(outDir)
    ? `the previous site in ${outDir} is unchanged`
    : 'nothing was published';
  if (interrupted) {
    console.error(`\n✗ Build stopped (${interrupted}); ${unchanged}.\n`);
    process.exit(130);
  }
  if (error) console.error(error instanceof Error ? error.message : error);
  console.error(`\n✗ Build failed; ${unchanged}.\n`);
  process.exit(1);
}

const contentDir = contentDirFromEnv();
// One moment for every process and worker of this build: what is published cannot differ.
try {
  process.env.LEERHUIS_NOW = buildNow().toISOString();
} catch (error) {
  fail(error);
}

// 1. Pages (child process) and content check (worker) at the same time.
const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
// The child gets the parent's Node flags (--cpu-prof for `npm run bench -- --profile`, a heap limit).
const child = spawn(
  process.execPath,
  [...process.execArgv, fileURLToPath(new URL('./build/pages.ts', import.meta.url))],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...colour, ...process.env, ...PAGES_STAGE_ENV, LEERHUIS_OUT: tempDir },
  },
);
const checking = runTask({ kind: 'content', contentDir, now: process.env.LEERHUIS_NOW });
// Astro's output, line by line: held back until the content check has passed, and without the
// line per written page (see build/log-filter.ts) unless LEERHUIS_LOG_LEVEL=debug.
const everyLine = process.env.LEERHUIS_LOG_LEVEL === 'debug';
const held: [NodeJS.WriteStream, string][] = [];
let holding = true;
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
] as const) {
  let partial = '';
  const emit = (lines: string[]) => {
    const text = lines.filter((line) => everyLine || !isItemLine(line)).join('');
    if (!text) return;
    if (holding) held.push([to, text]);
    else to.write(text);
  };
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (partial + chunk).split(/(?<=\n)/);
    partial = lines.at(-1)?.endsWith('\n') ? '' : (lines.pop() ?? '');
    emit(lines);
  });
  from.on('end', () => emit([partial]));
}
const pagesDone = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
const stopPages = async () => {
  child.kill('SIGTERM');
  await pagesDone;
};
// Interrupted (Ctrl-C, a CI timeout): stop Astro and leave no half-built folder behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = signal;
    child.kill(signal);
    // Everything that writes into the temporary folder ends before it is removed.
    const closing = import('pagefind').then((pagefind) => pagefind.close()).catch(() => undefined);
    void Promise.all([pagesDone, closing, stopTasks()]).then(() => fail());
  });
}

// Loaded while Astro starts: the site settings (all schemas) and Pagefind's client.
const [
  { readSiteSettings, siteBase, siteLocale },
  { ContentError },
  { indexSite },
  { close: closePagefind },
] = await Promise.all([
  import('../src/lib/site-settings.ts'),
  import('../src/lib/problems.ts'),
  import('../src/integrations/search-index.ts'),
  import('pagefind'),
]);
const settings = readSiteSettings(contentDir);
const locale = siteLocale(contentDir);

let contentProblems: ContentResult['problems'];
let entries: ContentResult['entries'];
try {
  const checked = await checking;
  ({ problems: contentProblems, entries } = checked);
  if (!contentProblems.length) console.log(`Content: ${entries.length} entries checked in ${checked.ms} ms.`);
} catch (error) {
  await stopPages();
  fail(error);
}
if (contentProblems.length) {
  // Astro's own messages for the same files would only repeat these, less clearly.
  await stopPages();
  const error = new ContentError(contentProblems, locale);
  fail(`${error.message}\n${error.hint}`);
}
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);
if ((await pagesDone) !== 0) fail();
console.log(`Pages: rendered by Astro in ${elapsed(started)}.`);

// 2. Search index (Pagefind's binary) and output check plus header files (worker) at the same time.
const finishing = performance.now();
const [search, output] = await Promise.allSettled([
  indexSite({ siteDir: tempDir, language: settings.defaultLocale }),
  runTask({
    kind: 'output',
    outDir: tempDir,
    contentDir,
    base: siteBase(settings),
    siteUrl: settings.url,
    indexable: settings.indexable,
    entries,
  }),
]);
await closePagefind();
if (output.status === 'rejected') fail(output.reason);
if (search.status === 'rejected') fail(search.reason);
const { pages, links, headerFiles, ms } = output.value;
console.log(`Output: checked ${links} links on ${pages} pages in ${ms} ms; wrote ${headerFiles.join(', ')}.`);
const { pageCount } = search.value;
if (pageCount === 0)
  console.warn('No page was indexed for search: entry pages need a data-pagefind-body element.');
else console.log(`Search: indexed ${pageCount} pages in ${elapsed(finishing)}.`);

// Swap: two renames on one file system, so a reader sees either the old or the new site.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
