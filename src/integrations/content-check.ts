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
import { msg, renderMessage } from '../i18n/index.ts';
import { ContentError, formatProblem, type Problem } from '../lib/problems.ts';
import { refreshEditorSchemas } from '../lib/json-schema.ts';
import { PREVIEW_ENV } from '../lib/publication.ts';
import { siteLocale } from '../lib/site-settings.ts';
import { backgroundCheck, type BackgroundCheck } from './background-check.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  let now: Date;
  let hadProblems = false;
  let background: BackgroundCheck | undefined;
  /** Logs the problems as warnings (dev server, `astro sync`). */
  const warn = (logger: AstroIntegrationLogger, problems: Problem[]) => {
    const locale = siteLocale(contentDir);
    for (const p of problems) logger.warn(formatProblem(p, locale));
    if (!problems.length && hadProblems) logger.info(renderMessage(locale, msg('check.dev.allFixed')));
    hadProblems = problems.length > 0;
  };
  return {
    name: 'leerhuis:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        now = buildNow();
        // Drafts and planned entries get preview pages in `astro dev` only (src/data/catalog.ts).
        // Set here from Astro's own command, never inherited: a build can never render them.
        if (command === 'dev') process.env[PREVIEW_ENV] = '1';
        else delete process.env[PREVIEW_ENV];
        // Schema messages in Astro's own errors speak the site's language too (src/i18n/zod-messages.ts).
        process.env.LEERHUIS_LOCALE ??= siteLocale(contentDir);
        // Pin the moment for the pages rendered later in this process.
        process.env.LEERHUIS_NOW ??= now.toISOString();
        if (command === 'build') {
          if (inPagesStage()) return; // `npm run build` checks in its own process, alongside Astro
          const { problems } = checkContent(contentDir, { now });
          if (problems.length) throw new ContentError(problems, siteLocale(contentDir));
        } else {
          // The dev server checks in a worker thread once it is set up (astro:server:setup).
          if (command !== 'dev') warn(logger, checkContent(contentDir, { now }).problems);
          // The editors' JSON Schema files follow the project's own content (not a fixture's).
          if (!process.env.LEERHUIS_CONTENT) refreshEditorSchemas(contentDir);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        background = backgroundCheck(
          { contentDir, now: now.toISOString() },
          (problems) => warn(logger, problems),
          (error) =>
            logger.error(
              renderMessage(siteLocale(contentDir), msg('check.dev.stopped', { error: error.message })),
            ),
        );
        background.run();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir + sep)) return;
          clearTimeout(timer);
          // A second after the last save: the changed page renders first (the check takes
          // seconds of a core at 10,000 entries, on a machine that may have only two).
          timer = setTimeout(() => background?.run(), 1000);
        });
      },
      'astro:server:done': async () => {
        await background?.stop();
        background = undefined;
      },
    },
  };
}
