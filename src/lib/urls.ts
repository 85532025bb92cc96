/**
 * Internal addresses. Every link the site writes goes through `withBase`, so the whole site
 * works under a sub-path (`/leren/`). Astro-free: callers pass `import.meta.env.BASE_URL` in.
 */
import type { HastPluginDefinition } from 'satteri';
import { collections, type CollectionName } from '../schemas/index.ts';

/** Normalises a base path to start and end with one slash: `leren` → `/leren/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path under the base: `withBase('/leren/', 'blog/welkom/')` → `/leren/blog/welkom/`.
 * Page paths keep their trailing slash (the site uses `trailingSlash: 'always'`); a path with
 * a query or fragment keeps it as written.
 */
export function withBase(base: string, path = ''): string {
  const root = normalizeBase(base);
  const relative = path.replace(/^\/+/, '');
  return root + relative;
}

/**
 * The full address of a site path, for what is read away from the site (feeds, mail):
 * the host of the site's `url` (`https://intranet.example.nl`), the base path, then the path.
 */
export function absoluteUrl(siteUrl: string, base: string, path = ''): string {
  return new URL(withBase(base, path), new URL(siteUrl).origin).href;
}

/** Site-relative path of an entry page: `blog/welkom/`, or `leermogelijkheden/` for a free page. */
export function entryPath(collection: CollectionName, id: string): string {
  const route = collections[collection].route;
  return route ? `${route}/${id}/` : `${id}/`;
}

/** Site-relative path of a collection's list page, or of page `n` (2, 3, …) of it. */
export function listPath(collection: CollectionName, page = 1): string {
  const route = collections[collection].route;
  return `${route}/${page > 1 ? `${page}/` : ''}`;
}

/** Site-relative path of a tag page. */
export function tagPath(tag: string, page = 1): string {
  return `tags/${tag}/${page > 1 ? `${page}/` : ''}`;
}

/** The agenda of upcoming course runs: its folder, which also holds the calendar files. */
export const AGENDA_ROUTE = 'agenda';

/** Site-relative path of the agenda, or of page `n` (2, 3, …) of it. */
export function agendaPath(page = 1): string {
  return `${AGENDA_ROUTE}/${page > 1 ? `${page}/` : ''}`;
}

/** Site-relative path of the calendar file of one run: `agenda/excel-basis/2027-02-10.ics`. */
export function runCalendarPath(courseId: string, runKey: string): string {
  return `${AGENDA_ROUTE}/${courseId}/${runKey}.ics`;
}

/** Site-relative path of the calendar of every upcoming run, to subscribe to. */
export const AGENDA_CALENDAR_PATH = `${AGENDA_ROUTE}/agenda.ics`;

/**
 * A link written in content, rebased for the site: root-relative links (`/opleidingen/x/`)
 * get the base path in front; external, protocol-relative, relative and fragment links are
 * returned as they are.
 */
export function rebaseContentLink(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return withBase(base, href);
}

/**
 * A Markdown (HAST) plugin for `markdown.processor: satteri({ hastPlugins })` that rebases
 * root-relative `href` and `src` in content, so `[x](/opleidingen/x/)` works under `/leren/`.
 */
export function rebaseLinksPlugin(base: string): HastPluginDefinition {
  const root = normalizeBase(base);
  return {
    name: 'leerhuis-rebase-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        if (root === '/') return;
        for (const key of ['href', 'src']) {
          const value = node.properties?.[key];
          if (typeof value !== 'string') continue;
          const rebased = rebaseContentLink(root, value);
          if (rebased !== value) ctx.setProperty(node, key, rebased);
        }
      },
    },
  };
}
