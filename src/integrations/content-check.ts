/**
 * Runs the standalone content checker before Astro reads any content, so a build fails with
 * exactly the messages of `npm run check` and nothing invalid reaches the output. In
 * `astro dev` the problems are warnings instead, checked in a worker thread (background-check.ts)
 * when the server starts and again whenever content changes.
 */
import { sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { inPagesStage } from '../lib/build-stages.ts';
import { buildNow } from '../lib/build-time.ts';
import { checkContent } from '../lib/check-content.ts';
import { ContentError, formatProblem, type Problem } from '../lib/problems.ts';
import { backgroundCheck, type BackgroundCheck } from './background-check.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  let now: Date;
  let hadProblems = false;
  let background: BackgroundCheck | undefined;
  /** Logs the problems as warnings (dev server, `astro sync`). */
  const warn = (logger: AstroIntegrationLogger, problems: Problem[]) => {
    for (const p of problems) logger.warn(formatProblem(p));
    if (!problems.length && hadProblems) logger.info('No content problems left.');
    hadProblems = problems.length > 0;
  };
  return {
    name: 'leerhuis:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        now = buildNow();
        // Pin the moment for the pages rendered later in this process.
        process.env.LEERHUIS_NOW ??= now.toISOString();
        if (command === 'build') {
          if (inPagesStage()) return; // `npm run build` checks in its own process, alongside Astro
          const { problems } = checkContent(contentDir, { now });
          if (problems.length) throw new ContentError(problems);
        } else if (command !== 'dev') {
          warn(logger, checkContent(contentDir, { now }).problems);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        background = backgroundCheck(
          { contentDir, now: now.toISOString() },
          (problems) => warn(logger, problems),
          (error) => logger.error(`The content check stopped: ${error.message}`),
        );
        background.run();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => background?.run(), 150);
        });
      },
      'astro:server:done': async () => {
        await background?.stop();
        background = undefined;
      },
    },
  };
}
