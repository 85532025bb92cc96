/**
 * Builds the Pagefind search index into `<out>/pagefind/` once Astro has written every page,
 * so the index is part of the (atomic) build: if indexing fails, the build fails and the
 * previous site stays in place. Only elements marked `data-pagefind-body` are indexed (entry
 * content); facets, sort dates and the tuning metadata come from `SearchMeta.astro`.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inPagesStage } from '../lib/build-stages.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/routes.ts';
import { TUNING_ATTRIBUTE } from '../lib/search-facets.ts';

export interface IndexSiteOptions {
  /** The built site (Astro's output folder; pages live at its root even under a base path). */
  siteDir: string;
  /** Where to write the bundle; defaults to `<siteDir>/pagefind`. */
  outputPath?: string;
  /** Index every page as this language (the site's default locale), so one search finds all. */
  language?: string;
  /**
   * Index with Pagefind's defaults for comparison: no tuning metadata, no custom weights and no
   * forced language. Only the relevance test uses this.
   */
  baseline?: boolean;
}

/** Pagefind's ready-made UIs and highlighter, written with every index but not used here. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface IndexSiteResult {
  pageCount: number;
  outputPath: string;
}

/**
 * The page as Pagefind would see it without our tuning: the (empty) tuning elements removed and
 * `data-pagefind-weight` attributes dropped. Filters, sort keys and content stay the same.
 */
export function stripSearchTuning(html: string): string {
  // Attribute values may hold any text (`>` included), so attributes are matched one by one.
  const element = /<(\w+)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>\s*<\/\1>/g;
  const tuning = new RegExp(`\\s${TUNING_ATTRIBUTE}(?=[\\s=]|$)`);
  return html
    .replace(element, (whole, _tag: string, attributes: string) => (tuning.test(attributes) ? '' : whole))
    .replace(/\sdata-pagefind-weight\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/g, '');
}

async function htmlFiles(dir: string, skip: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(skip + sep));
}

function fail(what: string, siteDir: string, errors: string[]): never {
  throw new Error(
    `Search index: ${what} failed for ${siteDir}:\n  ${errors.join('\n  ')}\n` +
      'Fix: check that the pages are valid HTML; run `npm run build` again to see the first error.',
  );
}

/** Pages in the written index (Pagefind's own counts include files it read but did not index). */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes a built site with Pagefind's Node API and writes the bundle. */
export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const { siteDir, baseline = false } = options;
  const outputPath = options.outputPath ?? join(siteDir, SEARCH_INDEX_FOLDER);
  const created = await pagefind.createIndex(
    !baseline && options.language ? { forceLanguage: options.language } : {},
  );
  if (!created.index) fail('starting Pagefind', siteDir, created.errors);
  const { index } = created;
  try {
    if (baseline) {
      for (const file of await htmlFiles(siteDir, outputPath)) {
        const content = stripSearchTuning(await readFile(file, 'utf8'));
        const sourcePath = relative(siteDir, file).split(sep).join('/');
        const added = await index.addHTMLFile({ sourcePath, content });
        if (added.errors.length) fail(`indexing ${sourcePath}`, siteDir, added.errors);
      }
    } else {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length) fail('indexing', siteDir, added.errors);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writing the index', siteDir, written.errors);
    // The search page uses Pagefind's JS API with its own UI; Pagefind's UI bundles go unused.
    for (const file of UNUSED_FILES) await rm(join(outputPath, file), { force: true });
    return { pageCount: await indexedPageCount(outputPath), outputPath };
  } finally {
    await index.deleteIndex();
  }
}

/** The Astro integration: indexes the output after every production build (`astro build`). */
export function searchIndex(options: { language: string }): AstroIntegration {
  return {
    name: 'leerhuis:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` indexes once Astro has exited, so Astro's and Pagefind's memory never add up.
        if (inPagesStage()) return;
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { pageCount } = await indexSite({ siteDir, language: options.language });
        await pagefind.close();
        if (pageCount === 0) {
          logger.warn('no page was indexed for search: entry pages need a data-pagefind-body element');
        }
        logger.info(`indexed ${pageCount} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
