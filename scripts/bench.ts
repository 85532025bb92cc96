/**
 * `npm run bench` — how the build scales. For each size it generates a valid synthetic site
 * (all collections, realistic references and bodies), then measures `npm run check`, the real
 * build (`scripts/build.ts`, search included), a rebuild after one change with caches kept,
 * and the floor: the same Markdown through a bare Astro site plus Pagefind (bench/floor).
 * Prints a table per size and the ratio Leerhuis / floor; writes JSON to .bench/.
 *
 * It also measures a reader's first search on each generated site in Chromium (requests, bytes,
 * time to results; scripts/bench/search-speed.ts), and the editor's loop in `npm run dev` next
 * to the floor's dev server: the first entry page, after a restart, and a changed course on its
 * page (scripts/bench/dev-speed.ts; --no-dev leaves it out, --no-dev-restart and --smoke skip the
 * restarts).
 *
 * Usage: npm run bench -- --entries 1000,3000,10000 [--json file] [--seed s] [--profile] [--keep]
 *                         [--results-dir .bench] [--search-query excel] [--finder-courses 2000] [--no-dev] [--no-dev-restart]
 *        npm run bench -- --smoke            (200 entries, for CI)
 * --profile adds a cold build under --cpu-prof per size and prints its hot spots; --keep keeps
 * the generated sites and builds in the temporary folder. Then the course finder's
 * filter-to-paint time in Chromium on a catalogue of 2,000 courses (scripts/bench/finder-speed.ts;
 * --finder-courses 0 leaves it out).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDevServers } from './bench/dev-speed.ts';
import { distStats } from './bench/dist-stats.ts';
import { finderSpeed, formatFinderSpeed, measureFinder } from './bench/finder-speed.ts';
import { generateSite } from './bench/generate.ts';
import { measure, type RunResult } from './bench/measure.ts';
import { profileFiles, summariseProfiles, formatSummary } from './bench/profile.ts';
import { measureFirstSearch } from './bench/search-speed.ts';
import {
  type BenchResults,
  type BuildMetrics,
  type SizeResult,
  buildPhases,
  bytes,
  evaluateTargets,
  formatSize,
  formatTargets,
  seconds,
} from './bench/report.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000,3000,10000' },
    smoke: { type: 'boolean', default: false },
    json: { type: 'string' },
    seed: { type: 'string', default: 'leerhuis' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'results-dir': { type: 'string', default: '.bench' },
    'search-query': { type: 'string', default: 'excel' },
    'finder-courses': { type: 'string', default: '2000' },
    dev: { type: 'boolean', default: true },
    'dev-restart': { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const sizes = (values.smoke ? '200' : values.entries)
  .split(',')
  .map((s) => Number(s.trim().replace(/[_.]/g, '')));
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(
    `--entries: "${values.entries}" must be whole numbers of at least 100, separated by commas, like 1000,3000`,
  );
  process.exit(2);
}

// Every size's own build also gets its course finder measured; the separate catalogue of
// --finder-courses courses is left out of a smoke run.
const finderCourses = values.smoke ? 0 : Number(values['finder-courses']);
if (!Number.isInteger(finderCourses) || finderCourses < 0) {
  console.error(
    `--finder-courses: "${values['finder-courses']}" must be a whole number of courses (0 leaves the finder out), like 2000`,
  );
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const benchDir = resolve(root, values['results-dir']);
// Inside the project on purpose: when the output folder lies outside it, Astro puts a build's
// server chunks in <project>/.astro/.prerender/, where two builds at once overwrite each other.
// Under node_modules/ so that a running dev server's file watcher ignores the generated sites.
const work = join(root, 'node_modules', '.cache', 'leerhuis-bench', `work-${process.pid}`);
mkdirSync(benchDir, { recursive: true });

/** Runs one measured step with a progress line, and fails the benchmark if the step fails. */
async function step(
  label: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<RunResult> {
  const started = performance.now();
  const tty = process.stdout.isTTY;
  const progress = () => `  ${label} … ${seconds(performance.now() - started)}`;
  if (tty) process.stdout.write(progress());
  else console.log(`  ${label} …`);
  const ticker = tty ? setInterval(() => process.stdout.write(`\r${progress()}`), 1000) : undefined;
  const result = await measure(command[0] as string, command.slice(1), {
    cwd: root,
    env: { ...process.env, ...env },
    onOutput: (chunk) => appendFileSync(log, chunk),
  });
  clearInterval(ticker);
  const busy = result.loadBefore > 1 ? ` (load ${result.loadBefore.toFixed(1)} at start)` : '';
  const done = `  ${label}: ${seconds(result.wallMs)}, CPU ${seconds(result.cpuMs)}, peak ${bytes(result.peakRssBytes)}${busy}`;
  console.log(tty ? `\r${done}` : done);
  if (result.code !== 0) {
    throw new Error(
      `${label} failed (exit code ${result.code}); its output is in ${log}:\n${result.output.slice(-4000)}`,
    );
  }
  return result;
}

const metrics = (run: RunResult, outDir: string, entries: number): BuildMetrics => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  entriesPerSec: entries / (run.wallMs / 1000),
  peakRssBytes: run.peakRssBytes,
  loadBefore: run.loadBefore,
  ...distStats(outDir),
});

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

async function benchSize(entries: number, index: number): Promise<SizeResult> {
  const dir = join(work, String(entries));
  const content = join(dir, 'content');
  const log = join(dir, 'output.log');
  console.log(
    `\n[${index + 1}/${sizes.length}] ${entries.toLocaleString('en-US')} entries (work folder ${dir})`,
  );
  mkdirSync(dir, { recursive: true });

  const generated = performance.now();
  const site = generateSite(content, { entries, seed: values.seed });
  const generateMs = performance.now() - generated;
  console.log(`  generate: ${seconds(generateMs)} (${site.total} entries, ${site.tags} tags)`);

  // The generated site must be valid, or the benchmark measures the wrong thing.
  const check = await step('npm run check', [process.execPath, 'scripts/check.ts', content], {}, log);
  const reported = /\((\d+) ms\)/.exec(check.output);
  // What the pre-commit hook does after one changed course: that file fully, against the rest.
  const changed = await step(
    'npm run check -- <one changed file>',
    [process.execPath, 'scripts/check.ts', content, site.sampleCourse.file],
    {},
    log,
  );
  const changedReported = /\((\d+) ms\)/.exec(changed.output);

  const leerhuisEnv = (out: string, cache: string): NodeJS.ProcessEnv => ({
    LEERHUIS_CONTENT: content,
    LEERHUIS_OUT: out,
    LEERHUIS_CACHE: cache,
    LEERHUIS_NOW: `${site.anchor}T12:00:00Z`,
    LEERHUIS_LOG_LEVEL: 'warn',
  });
  const out = join(dir, 'leerhuis-dist');
  const cache = join(dir, 'leerhuis-cache');
  const cold = await step(
    'Leerhuis build (cold)',
    [process.execPath, 'scripts/build.ts'],
    leerhuisEnv(out, cache),
    log,
  );
  const leerhuis = { ...metrics(cold, out, entries), phases: buildPhases(cold.output) };

  // A reader's first search on the cold build, in Chromium (reported, never asserted).
  const { files: _files, ...search } = await measureFirstSearch({
    siteDir: out,
    query: values['search-query'],
  });
  console.log(
    `  first search "${search.query}": ${Math.round(search.coldMs)} ms to results, ${bytes(search.gzippedBytes)} in ${search.requests} requests`,
  );
  // The course finder on the same build (its share of courses), reported like the search.
  const finder = await measureFinder(out);
  console.log(
    `  course finder at ${finder.courses} courses: filter-to-paint median ${Math.round(finder.filterToPaint.medianMs)} ms`,
  );

  // Change one entry the way an editor would, then build again with the caches kept.
  const marker = `Bijgewerkt voor de benchmark (${stamp}).`;
  appendFileSync(site.sampleEntry, `\n${marker}\n`);
  const warm = await step(
    'Leerhuis rebuild (one entry changed)',
    [process.execPath, 'scripts/build.ts'],
    leerhuisEnv(out, cache),
    log,
  );
  const page = join(out, 'blog', basename(site.sampleEntry, '.md'), 'index.html');
  const changeVisible = existsSync(page) ? readFileSync(page, 'utf8').includes(marker) : null;

  const floorOut = join(dir, 'floor-dist');
  const floorRun = await step(
    'floor build (bare Astro + Pagefind)',
    [process.execPath, 'scripts/bench/floor-build.ts'],
    { BENCH_FLOOR_CONTENT: content, BENCH_FLOOR_OUT: floorOut, BENCH_FLOOR_CACHE: join(dir, 'floor-cache') },
    log,
  );
  const floor = metrics(floorRun, floorOut, entries);

  // The editor's loop: npm run dev and the floor's dev server on the same content.
  const dev = values.dev
    ? await benchDevServers({
        root,
        content,
        now: `${site.anchor}T12:00:00Z`,
        course: site.sampleCourse,
        restart: values['dev-restart'] && !values.smoke,
        log: (chunk) => appendFileSync(log, chunk),
        say: (line) => console.log(line),
      })
    : undefined;

  const result: SizeResult = {
    entries,
    counts: site.counts,
    tags: site.tags,
    generateMs,
    check: {
      wallMs: check.wallMs,
      reportedMs: reported ? Number(reported[1]) : check.wallMs,
      peakRssBytes: check.peakRssBytes,
      cpuMs: check.cpuMs,
      changedFile: {
        wallMs: changed.wallMs,
        reportedMs: changedReported ? Number(changedReported[1]) : changed.wallMs,
        cpuMs: changed.cpuMs,
      },
    },
    leerhuis,
    rebuild: {
      wallMs: warm.wallMs,
      cpuMs: warm.cpuMs,
      peakRssBytes: warm.peakRssBytes,
      ratioToCold: warm.wallMs / cold.wallMs,
      phases: buildPhases(warm.output),
      cpuRatioToCold: ratio(warm.cpuMs, cold.cpuMs),
      changedFile: site.sampleEntry.slice(content.length + 1),
      changeVisible,
    },
    floor,
    search,
    finder,
    ...(dev ? { dev } : {}),
    ratio: {
      wallTime: ratio(leerhuis.wallMs, floor.wallMs),
      cpuTime: ratio(leerhuis.cpuMs, floor.cpuMs),
      peakRss: ratio(leerhuis.peakRssBytes, floor.peakRssBytes),
      distBytes: ratio(leerhuis.distBytes, floor.distBytes),
      htmlMedianBytes: ratio(leerhuis.htmlMedianBytes, floor.htmlMedianBytes),
      pagefindBytes: ratio(leerhuis.pagefindBytes, floor.pagefindBytes),
    },
  };

  if (values.profile) {
    // A separate cold build under the profiler, so the measured run above stays undisturbed.
    const profileDir = join(benchDir, `profile-${stamp}`, String(entries));
    rmSync(profileDir, { recursive: true, force: true });
    await step(
      'Leerhuis build (cold, --cpu-prof)',
      [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'scripts/build.ts'],
      leerhuisEnv(join(dir, 'profile-dist'), join(dir, 'profile-cache')),
      log,
    );
    const summary = summariseProfiles(profileFiles(profileDir), 25);
    result.profile = { ...summary, dir: profileDir };
    console.log(
      `\n${formatSummary({ ...summary, functions: summary.functions.slice(0, 15), modules: summary.modules.slice(0, 12) })}`,
    );
    console.log(`  (profiles in ${profileDir}: open them in Chrome DevTools › Performance)`);
  }

  console.log(`\n${formatSize(result)}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;

const startedAt = new Date().toISOString();
console.log(
  `Leerhuis benchmark: ${sizes.join(', ')} entries, seed "${values.seed}", ${cpus().length} cores, Node ${process.version}`,
);
const results: SizeResult[] = [];
let finder: BenchResults['finder'];
try {
  for (const [i, n] of sizes.entries()) results.push(await benchSize(n, i));
  if (finderCourses > 0) {
    console.log(`\n[finder] the course finder at ${finderCourses.toLocaleString('en-US')} courses`);
    mkdirSync(work, { recursive: true });
    finder = await finderSpeed({
      courses: finderCourses,
      dir: join(work, 'finder'),
      root,
      seed: values.seed,
      keep: values.keep,
      log: (chunk) => appendFileSync(join(work, 'finder.log'), chunk),
    });
    console.log(formatFinderSpeed(finder));
  }
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  console.error(`  The work folder ${work} is kept for inspection.`);
  process.exit(1);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

const targets = evaluateTargets(results);
const report: BenchResults = {
  version: 1,
  startedAt,
  finishedAt: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  dirty: git('status', '--porcelain') !== '',
  seed: values.seed,
  machine: {
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    cpus: cpus().length,
    memoryBytes: totalmem(),
    platform: `${process.platform}-${process.arch}`,
  },
  sizes: results,
  targets,
  ...(finder ? { finder } : {}),
};
const json = `${JSON.stringify(report, null, 2)}\n`;
const file = join(benchDir, `results-${stamp}.json`);
writeFileSync(file, json);
if (values.json) {
  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  writeFileSync(resolve(values.json), json);
}
console.log(`\nTargets (issues #5 and #16; reported, not asserted):\n${formatTargets(targets)}`);
console.log(`\n✓ Results written to ${file}${values.json ? ` and ${resolve(values.json)}` : ''}`);
