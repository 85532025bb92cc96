/**
 * After Astro has written the site (and the search index), checks every file of the output:
 * every published entry has its page, internal links and fragments resolve, everything stays
 * under the base path, nothing loads from another server, and no SVG image carries script.
 * Any problem fails the build, so the previous site stays published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { svgSafetyProblems } from '../lib/markdown-safety.ts';
import { buildNow } from '../lib/build-time.ts';
import { readEntries } from '../lib/check-content.ts';
import {
  forgetOutput,
  missingPageProblems,
  outputFiles,
  outputLinkProblems,
  readOutputOnce,
} from '../lib/output-links.ts';
import { formatProblem } from '../lib/problems.ts';

/** `contentDir`: the content the site was built from, to confirm every published entry got its page. */
export function outputCheck(contentDir: string): AstroIntegration {
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
        const files = outputFiles(outDir);
        const pages = readOutputOnce(outDir, base);
        // The content passed its checks at the start of the build: only which entries are published matters now.
        const entries = readEntries(contentDir, { now: buildNow() });
        const problems = [
          ...missingPageProblems(entries, files, base),
          ...outputLinkProblems(pages, { base, files, siteUrl: site }),
          ...files
            .filter((f) => f.endsWith('.svg'))
            .flatMap((f) => svgSafetyProblems(base + f, readFileSync(join(outDir, f), 'utf8'))),
        ];
        if (problems.length) {
          const n = problems.length;
          throw new Error(
            `${n} problem${n === 1 ? '' : 's'} in the built site — nothing was published:\n` +
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
