/**
 * Site-wide values for the pages, read once per build: the settings from `content/site.yaml`,
 * the tag vocabulary, "now" (what is published), and the one function that makes internal links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { base as configuredBase } from 'astro:config/server';
import { join, relative, resolve } from 'node:path';
import { tagsSchema, type TagVocabulary } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import { buildNow } from '../lib/build-time.ts';
import { parseYaml } from '../lib/load-content.ts';
import { contentDirFromEnv } from '../lib/project-paths.ts';
import { readSiteSettings, siteLogo } from '../lib/site-settings.ts';
import { type Feed, feedPath } from '../lib/feeds.ts';
import {
  AGENDA_CALENDAR_PATH,
  absoluteUrl as toAbsolute,
  agendaPath,
  entryPath,
  listPath,
  runCalendarPath,
  tagPath,
  withBase,
} from '../lib/urls.ts';

export const contentDir = contentDirFromEnv();
export const site = readSiteSettings(contentDir);
/** The moment that decides what is published; pinned for the whole build. */
export const now = buildNow();

/**
 * The base path the site is served under, e.g. `/leren/`, straight from the Astro config
 * (not `import.meta.env.BASE_URL`, which a stray BASE_URL environment variable overrides).
 */
export const base = configuredBase;

/** Every internal link: a site path (`blog/welkom/`) under the base path. */
export const url = (path = ''): string => withBase(base, path);
export const entryUrl = (collection: CollectionName, id: string): string => url(entryPath(collection, id));
export const listUrl = (collection: CollectionName, page = 1): string => url(listPath(collection, page));
export const tagUrl = (tag: string, page = 1): string => url(tagPath(tag, page));
export const searchUrl = (): string => url('zoeken/');
export const feedUrl = (feed: Feed): string => url(feedPath(feed));
export const agendaUrl = (page = 1): string => url(agendaPath(page));
export const runCalendarUrl = (courseId: string, runKey: string): string =>
  url(runCalendarPath(courseId, runKey));
export const agendaCalendarUrl = (): string => url(AGENDA_CALENDAR_PATH);

/** The full address of a site path (`https://intranet.example.nl/leren/blog/`), for feeds, calendars and JSON-LD. */
export const absoluteUrl = (path = ''): string => toAbsolute(site.url, base, path);

/** The logo file named in the settings, with the address the site serves it at (see src/integrations/site-logo.ts). */
export const logo = (() => {
  const found = siteLogo(contentDir, site);
  return found && { ...found, href: url(`logo.${found.ext}`) };
})();

/** Id of the free page that is the hub for learning opportunities (content/paginas/leermogelijkheden.md). */
export const HUB_ID = 'leermogelijkheden';

/** The tag vocabulary (content/tags.yaml), already validated by the content check. */
export const vocabulary: TagVocabulary = (() => {
  const file = join(contentDir, 'tags.yaml');
  const parsed = tagsSchema.safeParse(existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : {});
  return parsed.success ? parsed.data : {};
})();

/** A tag's label, or the id itself when the vocabulary has none. */
export const tagLabel = (tag: string): string => vocabulary[tag]?.label ?? tag;

/** An entry's file as it sits in the repository: `content/blog/welkom.md`. */
export function sourceFile(filePath: string): string {
  return `content/${relative(contentDir, resolve(process.cwd(), filePath)).split('\\').join('/')}`;
}

/** The file to open on the Git host for an entry: `content/blog/welkom.md`. */
export function editUrl(filePath: string | undefined): string | undefined {
  if (!site.editUrl || !filePath) return undefined;
  return `${site.editUrl.replace(/\/?$/, '/')}${sourceFile(filePath)}`;
}
