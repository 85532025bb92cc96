/**
 * What an editor waits for in `npm run dev`: the time from starting the dev server until the
 * first entry page answers, and the time from saving a changed entry until its page shows the
 * change. Also the CPU time of the dev server's process tree meanwhile, which a busy machine
 * disturbs less. The same measurement starts the floor's dev server (bench/floor) for comparison.
 *
 * `npm run bench` reports these figures (never asserted). On its own, for a generated site:
 *   node scripts/bench/dev-speed.ts <content folder> <course id> [--restart]
 * (LEERHUIS_NOW as the site needs; the course's description is changed and put back.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type DevServerOptions,
  devStore,
  freePort,
  startDevServer,
  waitForPage,
  withoutStore,
} from '../../tests/helpers/dev-server.ts';
import { sampleTree } from './measure.ts';

export interface DevSpeed {
  /** Start → the first entry page answered with its content. */
  firstPageMs: number;
  /** CPU time of the dev server's process tree until then. */
  firstPageCpuMs: number;
  /** A saved change → the entry's page shows it (when an edit was asked for). */
  editToVisibleMs?: number;
  /** CPU time of the process tree from the save until then. */
  editCpuMs?: number;
  /** One-minute load average when the server started. */
  loadBefore: number;
}

export interface DevSpeedOptions extends DevServerOptions {
  /** Site path of an entry page, like `/opleidingen/excel-basis/`. */
  page: string;
  /** Text the page holds once it is rendered (its title). */
  expect: string;
  /** Changes a file and names the text the page must then show. */
  edit?: () => string;
  /** How long the first page may take (default 10 minutes). */
  timeoutMs?: number;
  /** How long the edit may take to show (default 3 minutes). */
  editTimeoutMs?: number;
}

/** Starts a dev server, times the first entry page and (optionally) one edit, and stops it. */
export async function measureDevServer(options: DevSpeedOptions): Promise<DevSpeed> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const loadBefore = loadavg()[0] ?? 0;
  const server = await startDevServer(options);
  const cpu = () => sampleTree(server.child.pid!).cpuMs;
  try {
    const url = `${server.origin}${options.page}`;
    await waitForPage(server, url, (p) => p.status === 200 && p.text.includes(options.expect), timeoutMs);
    const result: DevSpeed = {
      firstPageMs: performance.now() - server.started,
      firstPageCpuMs: cpu(),
      loadBefore,
    };
    if (options.edit) {
      // Let the server settle before the change, as an editor reading the page would: Astro
      // writes its content store (seconds at 10,000 entries) once the first pages are answered.
      await settled(devStore(options.root), performance.now() - server.started);
      const cpuBefore = cpu();
      const saved = performance.now();
      const marker = options.edit();
      const editTimeout = options.editTimeoutMs ?? 180_000;
      await waitForPage(server, url, (p) => p.status === 200 && p.text.includes(marker), editTimeout);
      result.editToVisibleMs = performance.now() - saved;
      result.editCpuMs = cpu() - cpuBefore;
    }
    return result;
  } finally {
    await server.stop();
  }
}

/**
 * Waits until the dev server has written its content store since it started (`sinceMs` ago),
 * then two seconds more. A restart with nothing changed may write nothing: ten seconds at most.
 */
async function settled(store: string, sinceMs: number): Promise<void> {
  const since = Date.now() - sinceMs;
  const until = Date.now() + 10_000;
  while (Date.now() < until && (statSync(store, { throwIfNoEntry: false })?.mtimeMs ?? 0) < since)
    await sleep(200);
  await sleep(2000);
}

/**
 * Replaces the `description:` line of an entry's front matter with `text` and returns an undo.
 * The text must be plain (no YAML syntax).
 */
export function setDescription(file: string, text: string): () => void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/^description: .*$/m, `description: ${text}`);
  if (after === before) throw new Error(`${file} has no one-line description to change`);
  writeFileSync(file, after);
  return () => writeFileSync(file, before);
}

/** The dev-server figures of one benchmark size (SizeResult.dev). */
export interface DevBench {
  /** `npm run dev` without Astro's content store (`.astro/data-store.json`); with one course edited. */
  leerhuis: DevSpeed;
  /** Started again on the same port (Astro reuses its content store), the same course edited. Left out in smoke runs. */
  leerhuisRestart?: DevSpeed | undefined;
  /** The floor's dev server (bench/floor) on the same content, without its store. */
  floor: DevSpeed;
  floorRestart?: DevSpeed | undefined;
}

export interface DevBenchOptions {
  /** The Leerhuis project folder. */
  root: string;
  content: string;
  /** LEERHUIS_NOW of the generated site. */
  now: string;
  course: { file: string; id: string; title: string };
  /** Also measure a second start of each server (the figure an editor sees every day). */
  restart: boolean;
  log: (chunk: string) => void;
  /** Progress lines. */
  say: (line: string) => void;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text as Astro writes it into a page. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * `npm run dev` and the floor's dev server on one generated site: first page, restart, one edit.
 * They read a copy of the content outside the project: the dev server's file watcher ignores
 * node_modules/, where the benchmark generates its sites.
 */
export async function benchDevServers(options: DevBenchOptions): Promise<DevBench> {
  const copy = mkdtempSync(join(tmpdir(), 'leerhuis-bench-dev-'));
  try {
    const content = join(copy, 'content');
    cpSync(options.content, content, { recursive: true });
    const file = join(content, relative(options.content, options.course.file));
    return await benchDevCopy({ ...options, content, course: { ...options.course, file } });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function benchDevCopy(options: DevBenchOptions): Promise<DevBench> {
  const { root, content, course } = options;
  const page = `/opleidingen/${course.id}/`;
  const expect = escapeHtml(course.title);
  const [port, floorPort] = [await freePort(), await freePort()];
  const leerhuisEnv = { LEERHUIS_CONTENT: content, LEERHUIS_NOW: options.now };
  const floorEnv = { BENCH_FLOOR_CONTENT: content };
  const floorArgs = ['--root', 'bench/floor'];
  const common = { root, page, expect, onOutput: options.log };
  const show = (label: string, r: DevSpeed) =>
    options.say(
      `  ${label}: first page ${seconds(r.firstPageMs)} (CPU ${seconds(r.firstPageCpuMs)})` +
        (r.editToVisibleMs === undefined
          ? ''
          : `, edit visible ${seconds(r.editToVisibleMs)} (CPU ${seconds(r.editCpuMs ?? 0)})`) +
        (r.loadBefore > 1 ? ` (load ${r.loadBefore.toFixed(1)} at start)` : ''),
    );

  // The same course changed in each run (and put back after it), with a new text each time.
  let undo: (() => void) | undefined;
  const edit = () => {
    const marker = `Bijgewerkt in de voorvertoning ${Date.now()}`;
    undo = setDescription(course.file, marker);
    return marker;
  };
  const putBack = () => {
    undo?.();
    undo = undefined;
  };
  const result = await withoutStore(join(root, '.astro', 'data-store.json'), async () => {
    const leerhuis = await measureDevServer({ ...common, port, env: leerhuisEnv, edit }).finally(putBack);
    show('npm run dev (no content store)', leerhuis);
    const leerhuisRestart = options.restart
      ? await measureDevServer({ ...common, port, env: leerhuisEnv, edit }).finally(putBack)
      : undefined;
    if (leerhuisRestart) show('npm run dev (restarted)', leerhuisRestart);
    return { leerhuis, leerhuisRestart };
  });
  const floors = await withoutStore(join(root, 'bench', 'floor', '.astro', 'data-store.json'), async () => {
    const floor = await measureDevServer({ ...common, port: floorPort, env: floorEnv, args: floorArgs });
    show('floor dev server (no content store)', floor);
    const floorRestart = options.restart
      ? await measureDevServer({ ...common, port: floorPort, env: floorEnv, args: floorArgs })
      : undefined;
    if (floorRestart) show('floor dev server (restarted)', floorRestart);
    return { floor, floorRestart };
  });
  return { ...result, ...floors };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [content, id] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!content || !id) {
    console.error('Usage: node scripts/bench/dev-speed.ts <content folder> <course id> [--restart]');
    process.exit(2);
  }
  const file = resolve(content, 'opleidingen', `${id}.md`);
  const title = /^title: (.*)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.replace(/^(["'])(.*)\1$/, '$2') ?? id;
  const result = await benchDevServers({
    root: resolve(import.meta.dirname, '../..'),
    content: resolve(content),
    now: process.env.LEERHUIS_NOW ?? new Date().toISOString(),
    course: { file, id, title },
    restart: process.argv.includes('--restart'),
    log: () => undefined,
    say: console.log,
  });
  console.log(JSON.stringify(result, null, 2));
}
