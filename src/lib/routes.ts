/** Addresses the site builds itself; a free page may not take one of them. */
import { COLLECTION_NAMES, type CollectionName, collections } from '../schemas/index.ts';
import { msg, type Message } from '../i18n/index.ts';
import { AGENDA_ROUTE, agendaPath, entryPath, listPath, tagPath } from './urls.ts';

/** The folder of the search index in the output (written by Pagefind, loaded by the search page). */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** The editors' overview (freshness, counts): not in the menu, never indexed. */
export const EDITORS_ROUTE = 'redactie';

/** The folder of the RSS feeds in the output (`feeds/blog.xml`, see `feeds.ts`). */
export const FEEDS_FOLDER = 'feeds';

/** First path segments owned by the site (collection lists, tools, search, assets). */
export const RESERVED_ROUTES: ReadonlySet<string> = new Set([
  ...COLLECTION_NAMES.map((c) => collections[c].route).filter(Boolean),
  'tags',
  AGENDA_ROUTE,
  'zoeken',
  EDITORS_ROUTE,
  'instrumenten',
  FEEDS_FOLDER,
  '404',
  SEARCH_INDEX_FOLDER,
  '_astro',
]);

/** An entry as the route table needs it. */
export interface RoutedEntry {
  collection: CollectionName;
  id: string;
  published: boolean;
}

/**
 * Sections with pages the content does not list (tools, feeds, search files, assets): links
 * into them are checked in the built output (`output-links.ts`), not from the source.
 */
export const OPEN_SECTIONS: ReadonlySet<string> = new Set([
  'instrumenten',
  FEEDS_FOLDER,
  SEARCH_INDEX_FOLDER,
  '_astro',
]);

/**
 * Every page the site builds from its content, as site paths without the base path
 * (`''` is home, `blog/`, `blog/welkom/`, `tags/excel/`), mapped to the entry it shows.
 * Used by the content link check; pagination pages (`blog/2/`) are left out on purpose:
 * content should not link to them.
 */
export function siteRoutes(
  entries: readonly RoutedEntry[],
  tags: Iterable<string>,
): Map<string, RoutedEntry | undefined> {
  const routes = new Map<string, RoutedEntry | undefined>([
    ['', undefined],
    ['tags/', undefined],
    [agendaPath(), undefined],
    ['zoeken/', undefined],
    ['instrumenten/', undefined],
    [`${EDITORS_ROUTE}/`, undefined],
    [`${EDITORS_ROUTE}/nakijken/`, undefined],
  ]);
  for (const c of COLLECTION_NAMES) if (collections[c].route) routes.set(listPath(c), undefined);
  for (const tag of tags) routes.set(tagPath(tag), undefined);
  for (const e of entries) if (e.published) routes.set(entryPath(e.collection, e.id), e);
  return routes;
}

/** Pages of the tools section that the site builds itself, beside the tools defined in content. */
export const TOOL_PAGES = ['portfolio'] as const;

/** Pages of a paginated list live at `<route>/2/`, `<route>/3/`, …: an all-digit id would take one. */
const PAGE_NUMBER = /^\d+$/;

/**
 * Addresses two things would share. Astro only warns about such a conflict and silently drops
 * one page, so the checker refuses it. (Ids are unique across folders and free pages stay off
 * the site's own sections: see `RESERVED_ROUTES` and the id check.)
 */
export function routeConflicts(
  entries: readonly (RoutedEntry & { file: string })[],
): { file: string; message: Message }[] {
  const toolPages: readonly string[] = TOOL_PAGES;
  return entries.flatMap((e) => {
    if (collections[e.collection].route && PAGE_NUMBER.test(e.id))
      return [
        {
          file: e.file,
          message: msg('check.id.pageNumber', { id: e.id, path: `/${entryPath(e.collection, e.id)}` }),
        },
      ];
    if (e.collection === 'instrumenten' && toolPages.includes(e.id))
      return [
        {
          file: e.file,
          message: msg('check.id.toolPage', { id: e.id, path: `/${entryPath(e.collection, e.id)}` }),
        },
      ];
    return [];
  });
}
