/**
 * The worker thread of `runTask` (tasks.ts): runs one task and posts its result. The checkers
 * are loaded here only, so the build's main thread starts Astro without waiting for them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBuiltSite } from '../../src/integrations/output-check.ts';
import { writeHeaderFiles } from '../../src/integrations/security-headers.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import type { ContentResult, ContentTask, OutputResult, OutputTask } from './tasks.ts';

function run(task: ContentTask | OutputTask): ContentResult | OutputResult {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (task.kind === 'content') {
    const { entries, problems } = checkContent(task.contentDir, { now: new Date(task.now) });
    return {
      problems,
      entries: entries.map(({ collection, id, file, published }) => ({ collection, id, file, published })),
      ms: ms(),
    };
  }
  const { pages, links } = checkBuiltSite(task);
  const headerFiles = writeHeaderFiles(task);
  return { pages, links, headerFiles, ms: ms() };
}

parentPort?.postMessage(run(workerData as ContentTask | OutputTask));
