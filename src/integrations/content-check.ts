/**
 * Runs the standalone content checker before Astro reads any content, so a build fails with
 * exactly the messages of `npm run check` and nothing invalid reaches the output.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check-content.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';
import { buildNow } from '../lib/build-time.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'leerhuis:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const now = buildNow();
        // Pin the moment for the pages rendered later in this process.
        process.env.LEERHUIS_NOW ??= now.toISOString();
        const { problems } = checkContent(contentDir, { now });
        if (!problems.length) return;
        if (command === 'build') throw new ContentError(problems);
        for (const p of problems) logger.warn(formatProblem(p));
      },
    },
  };
}
