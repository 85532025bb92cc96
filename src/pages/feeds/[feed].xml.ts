/** /feeds/nieuw.xml, /feeds/blog.xml, /feeds/leerverhalen.xml: RSS 2.0 with absolute links. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, site } from '../../data/site.ts';
import { type UiKey, t } from '../../i18n/index.ts';
import { localeTag } from '../../lib/dates.ts';
import { FEEDS, type Feed, feedPath, feedXml } from '../../lib/feeds.ts';
import { listPath } from '../../lib/urls.ts';
import { feedEntries } from './_entries.ts';

export const getStaticPaths = (() =>
  FEEDS.map((feed) => ({ params: { feed: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = async ({ props: { feed } }) => {
  const lang = site.defaultLocale;
  const [only] = feed.collections.length === 1 ? feed.collections : [];
  const xml = await feedXml(
    {
      title: t(lang, 'feed.channelTitle', {
        site: `${site.siteName} ${site.name}`,
        feed: t(lang, `feed.${feed.id}.title` as UiKey),
      }),
      description: t(lang, `feed.${feed.id}.description` as UiKey, { organisation: site.name }),
      link: absoluteUrl(only ? listPath(only) : ''),
      self: absoluteUrl(feedPath(feed)),
      language: localeTag(lang),
    },
    await feedEntries(feed),
    absoluteUrl,
  );
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
