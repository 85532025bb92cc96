/**
 * After Astro has written the site (and the search index), checks every page of the output:
 * internal links and fragments resolve, everything stays under the base path, nothing loads
 * from another server. Any problem fails the build, so the previous site stays published.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetOutput, outputFiles, outputLinkProblems, readOutputOnce } from '../lib/output-links.ts';
import { formatProblem } from '../lib/problems.ts';

export function outputCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'leerhuis:output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:start': () => forgetOutput(),
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = readOutputOnce(outDir, base);
        const problems = outputLinkProblems(pages, { base, files: outputFiles(outDir), siteUrl: site });
        if (problems.length) {
          const n = problems.length;
          throw new Error(
            `${n} broken link${n === 1 ? '' : 's'} in the built pages — nothing was published:\n` +
              problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
          );
        }
        const links = pages.reduce((sum, p) => sum + p.links.length, 0);
        logger.info(
          `checked ${links} links on ${pages.length} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
