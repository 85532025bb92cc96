/**
 * The site's RSS 2.0 feeds: which exist, what each carries, and their text (written by
 * `@astrojs/rss`). One feed has everything new (blog posts, learning stories, new courses);
 * the blog and the stories have one each. Every address in a feed is absolute.
 */
import { getRssString } from '@astrojs/rss';
import type { CollectionName } from '../schemas/index.ts';
import { type NewsCollection, newestFirst } from './news.ts';
import { FEEDS_FOLDER } from './routes.ts';
import { entryPath } from './urls.ts';

export interface Feed {
  /** File name without `.xml`; also the key of its texts (`feed.<id>.title`). */
  id: string;
  collections: readonly NewsCollection[];
}

/** Every feed, the one with everything first. */
export const FEEDS: readonly Feed[] = [
  { id: 'nieuw', collections: ['blog', 'leerverhalen', 'opleidingen'] },
  { id: 'blog', collections: ['blog'] },
  { id: 'leerverhalen', collections: ['leerverhalen'] },
];

/** The newest entries a feed lists: readers poll often, so a feed stays small at any site size. */
export const FEED_SIZE = 50;

/** Site path of a feed: `feeds/blog.xml`. */
export const feedPath = (feed: Feed): string => `${FEEDS_FOLDER}/${feed.id}.xml`;

/**
 * The feeds to offer in a section (a collection's list and entry pages): the most specific
 * first (the blog's own feed, then everything new), or the feed with everything elsewhere.
 */
export function feedsFor(section?: string): Feed[] {
  const carrying = FEEDS.filter((f) => (f.collections as readonly string[]).includes(section ?? ''));
  return carrying.length ? carrying.sort((a, b) => a.collections.length - b.collections.length) : [FEEDS[0]!];
}

/** One entry as a feed shows it. */
export interface FeedEntry {
  collection: CollectionName;
  id: string;
  title: string;
  description: string;
  /** The day it counts as new (see `newsDate`). */
  date: Date;
  /** Names of its authors. */
  authors: string[];
  /** Its tags' labels. */
  categories: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute address of the page the feed belongs to. */
  link: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** BCP 47 language tag, e.g. `nl-NL`. */
  language: string;
}

/** Characters XML 1.0 does not allow (control characters a YAML escape can produce): left out. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A feed's RSS 2.0 text: the newest `FEED_SIZE` entries, each with title, description, date,
 * authors (`dc:creator`, since RSS's own `author` must be an e-mail address), categories and
 * an absolute link (`absolute` turns a site path into the full address).
 */
export function feedXml(
  channel: FeedChannel,
  entries: readonly FeedEntry[],
  absolute: (path: string) => string,
): Promise<string> {
  const newest = [...entries].sort(newestFirst).slice(0, FEED_SIZE);
  return getRssString({
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site: channel.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${escapeXml(channel.language)}</language>` +
      `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    items: newest.map((entry) => ({
      title: xmlText(entry.title),
      description: xmlText(entry.description),
      link: absolute(entryPath(entry.collection, entry.id)),
      pubDate: entry.date,
      categories: entry.categories.map(xmlText),
      customData: entry.authors
        .map((name) => `<dc:creator>${escapeXml(xmlText(name))}</dc:creator>`)
        .join(''),
    })),
  });
}
