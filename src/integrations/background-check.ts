/**
 * The dev server's content check, off its main thread. The check reads every file of the
 * content folder; at 10,000 entries that takes seconds, which the dev server would otherwise
 * spend before answering its first page and again after every saved change. In a worker
 * thread it runs beside the server (on the second core), and the warnings follow shortly after.
 *
 * Runs never overlap: changes saved while a check runs lead to one more check when it ends.
 */
import { Worker } from 'node:worker_threads';
import type { Problem } from '../lib/problems.ts';
import type { CheckRequest } from './content-check-worker.ts';

export interface BackgroundCheck {
  /** Checks the content now, or once the check that is running ends. */
  run: () => void;
  /** Ends the worker; a check in progress is dropped. */
  stop: () => Promise<void>;
}

export function backgroundCheck(
  request: CheckRequest,
  report: (problems: Problem[]) => void,
  fail: (error: Error) => void,
): BackgroundCheck {
  let worker: Worker | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const start = () => {
    const w = new Worker(new URL('./content-check-worker.ts', import.meta.url));
    // The dev server decides when the process ends, never this thread.
    w.unref();
    w.on('message', (problems: Problem[]) => {
      running = false;
      if (stopped) return;
      report(problems);
      if (again) run();
    });
    w.on('error', (error) => {
      running = false;
      worker = undefined;
      if (!stopped) fail(error);
    });
    return w;
  };

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = true;
    worker ??= start();
    worker.postMessage(request);
  }

  return {
    run,
    stop: async () => {
      stopped = true;
      await worker?.terminate();
      worker = undefined;
    },
  };
}
