/** The published entries a feed carries, as `FeedEntry`s, from the build's catalogue. */
import { catalog } from '../../data/catalog.ts';
import { tagLabel } from '../../data/site.ts';
import type { Feed, FeedEntry } from '../../lib/feeds.ts';
import { authorNames, newsDate } from '../../lib/news.ts';

export async function feedEntries(feed: Feed): Promise<FeedEntry[]> {
  const c = await catalog();
  const expertName = (id: string) => c.experts.get(id)?.data.name;
  return feed.collections.flatMap((collection) =>
    c.entries[collection].flatMap((entry) => {
      const date = newsDate(collection, entry.data);
      if (!date) return [];
      return [
        {
          collection,
          id: entry.id,
          title: entry.data.title,
          description: entry.data.description,
          date,
          authors: authorNames(collection, entry.data, expertName),
          categories: entry.data.tags.map(tagLabel),
        },
      ];
    }),
  );
}
