/**
 * The pages of a built site, for the browser tests that visit every page: listed once, split
 * into small groups (one test or suite per group), with time limits that follow the number of
 * pages instead of one fixed wall — so the tests scale with the site and pass on slow machines.
 */
import { outputFiles } from '../../src/lib/output-pages.ts';

/** A path the test server answers with the 404 page. */
export const MISSING_PAGE = 'bestaat-niet/';

/** Every HTML page as a site path (`''`, `blog/`, `blog/welkom/`), sorted; without 404.html. */
export function sitePages(dir: string): string[] {
  return outputFiles(dir)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

export interface PageGroup {
  /** e.g. `opleidingen (1/2)` or `other pages`. */
  label: string;
  paths: string[];
}

/**
 * Pages grouped by their first path segment (a collection and its list pages, the tag pages,
 * the tools); segments with a single page go together under "other pages". Groups larger than
 * `size` are split into parts of at most `size` pages.
 */
export function pageGroups(paths: readonly string[], size = 12): PageGroup[] {
  const bySegment = new Map<string, string[]>();
  for (const path of paths) {
    const segment = path.split('/')[0] ?? '';
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), path]);
  }
  const named: [string, string[]][] = [];
  const other: string[] = [];
  for (const [segment, list] of bySegment) {
    if (segment && list.length > 1) named.push([segment, list]);
    else other.push(...list);
  }
  if (other.length) named.push(['other pages', other]);
  return named.flatMap(([label, list]) => {
    const parts = Math.ceil(list.length / size);
    const per = Math.ceil(list.length / parts);
    return Array.from({ length: parts }, (_, i) => ({
      label: parts > 1 ? `${label} (${i + 1}/${parts})` : label,
      paths: list.slice(i * per, (i + 1) * per),
    }));
  });
}

/**
 * A time limit for work on `pages` pages: `perPage` for each (generous: ten times what a quiet
 * two-core machine needs) plus a fixed allowance for starting up.
 */
export function timeFor(pages: number, perPage = 5_000, fixed = 30_000): number {
  return fixed + pages * perPage;
}
