/**
 * After Astro has written the site, checks every file of the output: every published entry has
 * its page, internal links and fragments resolve (in pages and in the JSON data files their
 * scripts show links from), everything stays under the base path, nothing loads from another
 * server, every feed links with full addresses to pages that exist, and no SVG image carries
 * script. Any problem fails the build, so the previous site stays published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { svgSafetyProblems } from '../lib/svg-safety.ts';
import { buildNow } from '../lib/build-time.ts';
import { inPagesStage } from '../lib/build-stages.ts';
import { readEntries } from '../lib/check-content.ts';
import { readDataFile } from '../lib/data-links.ts';
import { readFeed } from '../lib/feed-links.ts';
import { missingPageProblems, outputLinkProblems } from '../lib/output-links.ts';
import { forgetOutput, outputFiles, readOutputOnce } from '../lib/output-pages.ts';
import { counted, renderMessage } from '../i18n/index.ts';
import { formatProblem } from '../lib/problems.ts';
import { siteLocale } from '../lib/site-settings.ts';
import { FEEDS_FOLDER, type RoutedEntry, SEARCH_INDEX_FOLDER } from '../lib/routes.ts';
import { normalizeBase } from '../lib/urls.ts';

export interface CheckBuiltSiteOptions {
  /** The output folder (pages at its root even under a base path). */
  outDir: string;
  /** The content the site was built from, to confirm every published entry got its page. */
  contentDir: string;
  /** Its entries, when the caller has read them already (the content check has). */
  entries?: readonly (RoutedEntry & { file: string })[] | undefined;
  /** Base path, ending in "/". */
  base: string;
  /** The site's public address, if set. */
  siteUrl?: string | undefined;
}

/** Checks the built site; throws with one line per problem. Returns what was checked. */
export function checkBuiltSite(options: CheckBuiltSiteOptions): { pages: number; links: number } {
  const { outDir, base } = options;
  // The search index may still be being written next to this check (`npm run build`); pages
  // never link into it (the search page loads it by script), so it is left out either way.
  const files = outputFiles(outDir).filter((f) => !f.startsWith(`${SEARCH_INDEX_FOLDER}/`));
  const pages = readOutputOnce(outDir, base, files);
  // The content passed its checks at the start of the build: only which entries are published matters now.
  const entries = options.entries ?? readEntries(options.contentDir, { now: buildNow() });
  const feeds = files
    .filter((f) => f.startsWith(`${FEEDS_FOLDER}/`) && f.endsWith('.xml'))
    .map((f) => readFeed(readFileSync(join(outDir, f), 'utf8'), f, { base, siteUrl: options.siteUrl }));
  const data = files
    .filter((f) => f.endsWith('.json'))
    .map((f) => readDataFile(readFileSync(join(outDir, f), 'utf8'), f, base));
  const linked = [...pages, ...feeds.map((feed) => feed.page), ...data];
  const problems = [
    ...missingPageProblems(entries, files, base),
    ...feeds.flatMap((feed) => feed.problems),
    ...outputLinkProblems(linked, { base, files, siteUrl: options.siteUrl }),
    ...files
      .filter((f) => f.endsWith('.svg'))
      .flatMap((f) => svgSafetyProblems(base + f, readFileSync(join(outDir, f), 'utf8'))),
  ];
  if (problems.length) {
    const locale = siteLocale(options.contentDir);
    throw new Error(
      `${renderMessage(locale, counted('output.failed', problems.length))}:\n` +
        problems.map((p) => `  ${formatProblem(p, locale)}`).join('\n'),
    );
  }
  return { pages: pages.length, links: linked.reduce((sum, p) => sum + p.links.length, 0) };
}

export function outputCheck(contentDir: string): AstroIntegration {
  let base = '/';
  let siteUrl: string | undefined;
  return {
    name: 'leerhuis:output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        siteUrl = config.site;
      },
      'astro:build:start': () => forgetOutput(),
      'astro:build:done': ({ dir, logger }) => {
        if (inPagesStage()) return; // `npm run build` checks the output itself, next to the search index
        const started = performance.now();
        const { pages, links } = checkBuiltSite({ outDir: fileURLToPath(dir), contentDir, base, siteUrl });
        logger.info(
          `checked ${links} links on ${pages} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
