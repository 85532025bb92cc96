/**
 * The checks `npm run build` runs in a worker thread next to other work: the content check
 * while Astro renders the pages (in its own process), and the output check with the header
 * files while Pagefind indexes the site (in its own binary). Two cores stay busy, and a
 * worker's memory is returned when it ends. The work itself is in task-worker.ts.
 */
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/lib/problems.ts';
import type { RoutedEntry } from '../../src/lib/routes.ts';

export interface ContentTask {
  kind: 'content';
  contentDir: string;
  /** The build's moment, as an ISO string (decides drafts and future entries). */
  now: string;
}

export interface OutputTask {
  kind: 'output';
  outDir: string;
  contentDir: string;
  base: string;
  siteUrl: string | undefined;
  indexable: boolean;
  /** Origins the web editor talks to (its Git host), for its own policy. */
  gitOrigins: string[];
  /** The entries from the content check, so the content is not read twice. */
  entries: ContentResult['entries'];
}

export interface ContentResult {
  /** Every problem, as `npm run check` finds them. */
  problems: Problem[];
  /** Every valid entry, published or not, with its file. */
  entries: (RoutedEntry & { file: string })[];
  ms: number;
}

export interface OutputResult {
  pages: number;
  links: number;
  headerFiles: string[];
  ms: number;
}

type Result<T> = T extends ContentTask ? ContentResult : OutputResult;

const running = new Set<Worker>();

/** Stops every task still running (the build was interrupted). */
export async function stopTasks(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
}

/** Runs a task in a worker thread; rejects with the task's own error (its message names the problems). */
export function runTask<T extends ContentTask | OutputTask>(task: T): Promise<Result<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./task-worker.ts', import.meta.url), { workerData: task });
    running.add(worker);
    worker.once('message', (result: Result<T>) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      running.delete(worker);
      if (code !== 0) reject(new Error(`The ${task.kind} check stopped unexpectedly (exit code ${code}).`));
    });
  });
}
