/**
 * The benchmark's smoke size runs in every test run, so `npm run bench` cannot rot: it must
 * generate a valid site, build it (Leerhuis and the floor), rebuild it, start both dev servers
 * and change an entry in one, measure the course finder in Chromium, and write results whose
 * every figure is present and positive. The figures themselves are not asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { withBuildLock } from '../helpers/build-lock.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import type { BenchResults } from '../../scripts/bench/report.ts';

const tmp = mkdtempSync(join(tmpdir(), 'leerhuis-bench-smoke-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The benchmark builds in this project too: it takes its turn with the other test builds. */
function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return withBuildLock(() => spawnBench(args));
}

function spawnBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/bench.ts', ...args], { cwd: projectRoot });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

const BUILD_FIELDS = [
  'wallMs',
  'cpuMs',
  'entriesPerSec',
  'peakRssBytes',
  'distBytes',
  'files',
  'htmlPages',
  'htmlMedianBytes',
  'htmlMaxBytes',
  'pagefindBytes',
] as const;

test(
  'npm run bench at 200 entries completes and writes well-formed results',
  // Two builds, the floor, two dev servers, a first search, and a small catalogue built and filtered in Chromium.
  { timeout: 300_000 },
  async () => {
    const json = join(tmp, 'results.json');
    const { code, output } = await runBench([
      '--entries',
      '200',
      '--json',
      json,
      '--results-dir',
      join(tmp, 'history'),
      // The separate large catalogue is a benchmark of its own; the finder is measured on the
      // 200-entry site's build here (its 50 courses).
      '--finder-courses',
      '0',
      // Each dev server started once: a restart adds two more starts to every test run.
      '--no-dev-restart',
    ]);
    expect(code, output).toBe(0);

    // Progress and the table were printed.
    expect(output).toMatch(/npm run check: \d/);
    expect(output).toMatch(/npm run check -- <one changed file>: \d/);
    expect(output).toMatch(/Leerhuis build \(cold\): \d/);
    expect(output).toMatch(/Leerhuis\s+floor\s+ratio/);

    const report = JSON.parse(readFileSync(json, 'utf8')) as BenchResults;
    // The same results also went to the results folder, under a timestamped name.
    expect(readdirSync(join(tmp, 'history'))).toEqual([expect.stringMatching(/^results-.+\.json$/)]);

    expect(report.version).toBe(1);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.astro).toMatch(/^\d+\.\d+/);
    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    if (!size) throw new Error('no size in the results');

    expect(size.entries).toBe(200);
    expect(Object.keys(size.counts).sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(Object.values(size.counts).reduce((a, b) => a + b, 0)).toBe(200);
    for (const n of Object.values(size.counts)) expect(n).toBeGreaterThan(0);

    expect(size.check.wallMs).toBeGreaterThan(0);
    expect(size.check.reportedMs).toBeGreaterThan(0);
    expect(size.check.peakRssBytes).toBeGreaterThan(0);
    for (const field of ['wallMs', 'reportedMs', 'cpuMs'] as const)
      expect(size.check.changedFile[field], `check.changedFile.${field}`).toBeGreaterThan(0);
    for (const side of ['leerhuis', 'floor'] as const) {
      for (const field of BUILD_FIELDS) {
        expect(size[side][field], `${side}.${field}`).toBeGreaterThan(0);
      }
      expect(size[side].htmlMaxBytes).toBeGreaterThanOrEqual(size[side].htmlMedianBytes);
      expect(size[side].htmlMaxPage).toMatch(/\.html$/);
    }
    // The floor has exactly one page per Markdown file.
    expect(size.floor.htmlPages).toBe(200);

    expect(size.rebuild.wallMs).toBeGreaterThan(0);
    expect(size.rebuild.peakRssBytes).toBeGreaterThan(0);
    expect(size.rebuild.cpuMs).toBeGreaterThan(0);
    expect(size.rebuild.ratioToCold).toBeGreaterThan(0);
    expect(size.rebuild.cpuRatioToCold).toBeGreaterThan(0);
    expect(size.rebuild.changedFile).toMatch(/^blog\/.+\.md$/);
    // A rebuild with caches kept must not serve the old page.
    expect(size.rebuild.changeVisible).toBe(true);
    // Where the time went, cold and rebuild: every phase of npm run build was found and timed.
    for (const phases of [size.leerhuis.phases, size.rebuild.phases]) {
      expect(phases).toBeDefined();
      for (const [name, ms] of Object.entries(phases ?? {})) expect(ms, name).toBeGreaterThan(0);
      expect(phases?.pagesMs).toBeLessThanOrEqual(size.leerhuis.wallMs * 2);
    }
    expect(output).toMatch(/phases, cold: pages \d+\.\d s/);
    // A reader's first search was measured in Chromium on the cold build.
    expect(size.search?.query).toBe('excel');
    expect(size.search?.requests).toBeGreaterThan(2);
    for (const field of ['bytes', 'gzippedBytes', 'coldMs', 'warmMs'] as const)
      expect(size.search?.[field], `search.${field}`).toBeGreaterThan(0);
    expect(output).toMatch(/first search "excel" in Chromium: \d/);
    // The editor's loop: both dev servers' first entry page, and a saved change on its page
    // (started once each here).
    for (const [name, run] of Object.entries({ leerhuis: size.dev?.leerhuis, floor: size.dev?.floor })) {
      expect(run?.firstPageMs, `dev.${name}.firstPageMs`).toBeGreaterThan(0);
      expect(run?.firstPageCpuMs, `dev.${name}.firstPageCpuMs`).toBeGreaterThan(0);
    }
    expect(size.dev?.leerhuis.editToVisibleMs).toBeGreaterThan(0);
    expect(size.dev?.leerhuisRestart).toBeUndefined();
    expect(output).toMatch(/npm run dev, first entry page/);
    expect(output).toMatch(/a changed course description on its page: \d+\.\d s/);
    for (const [name, value] of Object.entries(size.ratio)) {
      expect(Number.isFinite(value) && value > 0, `ratio.${name} = ${value}`).toBe(true);
    }

    // The course finder in Chromium on the same build: every figure present and positive.
    expect(output).toMatch(/course finder at 50 courses in Chromium: filter-to-paint median \d/);
    expect(report.finder, 'no separate catalogue with --finder-courses 0').toBeUndefined();
    const finder = size.finder;
    expect(finder?.courses).toBe(50);
    for (const field of [
      'dataBytes',
      'dataGzipBytes',
      'scriptGzipBytes',
      'pageGzipBytes',
      'readyMs',
    ] as const)
      expect(finder?.[field], `finder.${field}`).toBeGreaterThan(0);
    expect(finder?.embeddedPageGzipBytes).toBeGreaterThan(finder?.pageGzipBytes ?? 0);
    for (const timing of [finder?.filterToPaint, finder?.filterToPaintSlowCpu]) {
      expect(timing?.samples).toBeGreaterThan(20);
      expect(timing?.medianMs).toBeGreaterThan(0);
      expect(timing?.maxMs).toBeGreaterThanOrEqual(timing?.p95Ms ?? 0);
    }

    expect(report.targets.length).toBeGreaterThan(0);
    for (const t of report.targets) {
      expect(t).toEqual({ target: expect.any(String), value: expect.any(String), met: expect.any(Boolean) });
    }
  },
);
