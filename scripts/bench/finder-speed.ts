/**
 * How fast the course finder on /opleidingen/ is with a large catalogue (issue #9): a
 * generated, catalogue-heavy site with N courses is built with the real pipeline, served on
 * loopback and opened in Chromium. Reported, never asserted:
 *
 * - filter-to-paint: from a change to a filter (or the sort order) until the next frame has
 *   been painted, over a fixed sequence of changes (every kind of filter, on and off), without
 *   and with Chromium's CPU slowed down 4× (as Lighthouse does for mobile);
 * - ready: from navigation until the data file is in and the cards are the finder's own;
 * - weights: the finder's JavaScript and data file (gzipped), and what the list page would
 *   weigh if the data were embedded in it instead of fetched.
 *
 * A change is timed inside the page: the control changes, its `change` event runs the finder
 * synchronously, and the time is taken in a task queued from the next animation frame, which
 * runs once that frame has been painted.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { generateSite } from './generate.ts';
import { measure } from './measure.ts';

/** A catalogue-heavy mix: four in five entries are courses, the rest keeps references working. */
const CATALOGUE_SHARES: Record<CollectionName, number> = {
  blog: 0.04,
  leerverhalen: 0.03,
  opleidingen: 0.8,
  experts: 0.05,
  competenties: 0.04,
  functies: 0.02,
  instrumenten: 0.002,
  paginas: 0.018,
};

export interface Timings {
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface FinderSpeed {
  courses: number;
  /** The finder's data file: bytes and gzipped bytes. */
  dataBytes: number;
  dataGzipBytes: number;
  /** Every script the list page loads, gzipped. */
  scriptGzipBytes: number;
  /** The list page's HTML gzipped, and what it would be with the data embedded. */
  pageGzipBytes: number;
  embeddedPageGzipBytes: number;
  /** Navigation until the finder shows its own cards (median of three loads). */
  readyMs: number;
  filterToPaint: Timings;
  /** The same changes with the CPU slowed down 4×. */
  filterToPaintSlowCpu: Timings;
}

export interface FinderSpeedOptions {
  courses: number;
  /** Folder to work in (emptied); removed afterwards unless `keep`. */
  dir: string;
  root: string;
  seed: string;
  log: (chunk: string) => void;
  keep?: boolean;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function timings(values: number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { samples: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}

/** Waits until the finder shows its own cards (its result region is no longer busy). */
const ready = (page: Page) =>
  page.waitForFunction(
    () =>
      !document.querySelector('[data-finder-results]')?.hasAttribute('aria-busy') &&
      document.querySelector('[data-list-static][hidden]'),
    undefined,
    { timeout: 60_000 },
  );

/**
 * The changes, as [selector, value] pairs: a checkbox or radio is clicked, a select set to the
 * value. Every control of the panel once on and once off, then the sort orders.
 */
async function changes(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => {
    const steps: [string, string][] = [];
    const form = document.querySelector('[data-finder-form]')!;
    for (const fieldset of form.querySelectorAll('fieldset')) {
      const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
      const id = (input: HTMLInputElement) => `#${CSS.escape(input.id)}`;
      // A checkbox on and off; radios each in turn, "all" last (it is the one chosen at first).
      for (const input of inputs.filter((i) => i.value !== ''))
        steps.push(
          ...((input.type === 'checkbox'
            ? [
                [id(input), ''],
                [id(input), ''],
              ]
            : [[id(input), '']]) as [string, string][]),
        );
      for (const input of inputs.filter((i) => i.value === '')) steps.push([id(input), '']);
    }
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
      const values = [...select.options].map((o) => o.value).filter(Boolean);
      for (const value of values.slice(0, 6)) steps.push([`#${CSS.escape(select.id)}`, value]);
      steps.push([`#${CSS.escape(select.id)}`, '']);
    }
    const sorts = [...document.querySelectorAll<HTMLOptionElement>('#finder-sort option')].map(
      (o) => o.value,
    );
    for (const value of [...sorts.slice(1), ...sorts.slice(0, 1)]) steps.push(['#finder-sort', value]);
    return steps;
  });
}

/** Times one change in the page, until the frame after it has been painted. */
const timeChange = (page: Page, [selector, value]: [string, string]) =>
  page.evaluate(
    ([sel, val]) =>
      new Promise<number>((done) => {
        const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel)!;
        const start = performance.now();
        if (control instanceof HTMLSelectElement) {
          control.value = val;
          control.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          control.click();
        }
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
      }),
    [selector, value] as const,
  );

/** Builds a site with `courses` courses and measures its course finder in Chromium. */
export async function finderSpeed(options: FinderSpeedOptions): Promise<FinderSpeed> {
  const { dir, root } = options;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entries = Math.ceil(options.courses / CATALOGUE_SHARES.opleidingen);
  const site = generateSite(join(dir, 'content'), { entries, seed: options.seed, shares: CATALOGUE_SHARES });
  const out = join(dir, 'dist');
  const build = await measure(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: {
      ...process.env,
      LEERHUIS_CONTENT: site.dir,
      LEERHUIS_OUT: out,
      LEERHUIS_CACHE: join(dir, 'cache'),
      LEERHUIS_NOW: `${site.anchor}T12:00:00Z`,
      LEERHUIS_LOG_LEVEL: 'warn',
    },
    onOutput: options.log,
  });
  if (build.code !== 0)
    throw new Error(`the finder benchmark's site did not build:\n${build.output.slice(-4000)}`);
  try {
    return await measureFinder(out);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures the course finder of a site already built in `out` (served at the root). */
export async function measureFinder(out: string): Promise<FinderSpeed> {
  const data = readFileSync(join(out, 'opleidingen', 'finder.json'));
  const courses = (JSON.parse(data.toString('utf8')) as { courses: unknown[] }).courses.length;
  const html = readFileSync(join(out, 'opleidingen', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" src="[^"]*\/_astro\/([^"]+)"/g)].map((m) => m[1]!);
  // The entry script and every chunk it imports, directly or not (Vite splits shared code).
  const known = new Set(readdirSync(join(out, '_astro')));
  const chunks = new Set(scripts);
  for (const name of chunks) {
    const code = readFileSync(join(out, '_astro', name), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      if (known.has(m[1]!)) chunks.add(m[1]!);
  }
  const scriptGzipBytes = [...chunks].reduce((n, c) => n + gz(readFileSync(join(out, '_astro', c))), 0);

  const server = await serve(out);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.url}opleidingen/`);
      await ready(page);
      loads.push(await page.evaluate(() => performance.now()));
    }
    const steps = await changes(page);
    const fast: number[] = [];
    for (const step of steps) fast.push(await timeChange(page, step));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow: number[] = [];
    for (const step of steps) slow.push(await timeChange(page, step));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      courses,
      dataBytes: data.length,
      dataGzipBytes: gz(data),
      scriptGzipBytes,
      pageGzipBytes: gz(html),
      embeddedPageGzipBytes: gz(html + data.toString('utf8')),
      readyMs: timings(loads).medianMs,
      filterToPaint: timings(fast),
      filterToPaintSlowCpu: timings(slow),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** The figures as a few lines for the console. */
export function formatFinderSpeed(f: FinderSpeed): string {
  const line = (t: Timings) =>
    `median ${ms(t.medianMs)}, p95 ${ms(t.p95Ms)}, max ${ms(t.maxMs)} over ${t.samples} changes`;
  return [
    `course finder at ${f.courses.toLocaleString('en-US')} courses (Chromium):`,
    `  filter-to-paint: ${line(f.filterToPaint)}`,
    `  filter-to-paint, CPU 4× slower: ${line(f.filterToPaintSlowCpu)}`,
    `  ready (navigation → the finder's own cards): ${ms(f.readyMs)}`,
    `  script ${kb(f.scriptGzipBytes)} gzipped; data file ${kb(f.dataBytes)} (${kb(f.dataGzipBytes)} gzipped), fetched once and cached`,
    `  list page ${kb(f.pageGzipBytes)} gzipped; with the data embedded it would be ${kb(f.embeddedPageGzipBytes)} on every visit`,
  ].join('\n');
}
