/**
 * The worker thread of the dev server's content check (content-check.ts): checks the content
 * folder on every request and posts the problems back. It stays alive between checks, so the
 * checker is loaded (and compiled by V8) once per dev server.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent } from '../lib/check-content.ts';

export interface CheckRequest {
  contentDir: string;
  /** The moment that decides what is published, as an ISO string. */
  now: string;
}

parentPort?.on('message', ({ contentDir, now }: CheckRequest) => {
  const { problems } = checkContent(contentDir, { now: new Date(now) });
  parentPort?.postMessage(problems);
});
