/**
 * The output check reads every built feed: well-formed XML, every address absolute and on the
 * site's host, and its path judged like any link on a page (the target must exist).
 */
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/lib/feed-links.ts';
import { rendered } from '../helpers/messages.ts';
import { outputLinkProblems } from '../../src/lib/output-links.ts';
import { readOutputPage } from '../../src/lib/output-pages.ts';

const BASE = '/leren/';
const SITE = 'https://intranet.x.nl';
const feed = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><description>D</description><link>${SITE}/leren/</link><atom:link href="${SITE}/leren/feeds/blog.xml" rel="self" type="application/rss+xml"/>${items}</channel></rss>`;
const item = (link: string) =>
  `<item><title>x</title><link>${link}</link><guid isPermaLink="true">${link}</guid></item>`;

/** Problems with a feed in a tiny built site (home, one blog post, the feed itself). */
function check(xml: string) {
  const { page, problems } = readFeed(xml, 'feeds/blog.xml', { base: BASE, siteUrl: SITE });
  const home = readOutputPage('<!doctype html><title>x</title>', 'index.html', BASE);
  const files = ['index.html', 'blog/welkom/index.html', 'feeds/blog.xml'];
  return rendered([
    ...problems,
    ...outputLinkProblems([home, page], { base: BASE, files, siteUrl: SITE }),
  ]).map((p) => `${p.file}: ${p.message}`);
}

describe('feed links', () => {
  it('pass when absolute, on the site host and leading to built pages', () => {
    expect(check(feed(item(`${SITE}/leren/blog/welkom/`)))).toEqual([]);
  });

  it('read channel, self, item link and permalink guid as addresses; a guid that is no permalink is not one', () => {
    const { page } = readFeed(
      feed(`${item(`${SITE}/leren/blog/welkom/`)}<item><guid isPermaLink="false">id-17</guid></item>`),
      'feeds/blog.xml',
      { base: BASE, siteUrl: SITE },
    );
    expect(page.links.map((l) => l.value)).toEqual([
      '/leren/',
      '/leren/feeds/blog.xml',
      '/leren/blog/welkom/',
      '/leren/blog/welkom/',
    ]);
  });

  it('fail on a page that was not built, with the nearest one suggested', () => {
    expect(check(feed(item(`${SITE}/leren/blog/welkm/`)))).toContain(
      '/leren/feeds/blog.xml: <link href="/leren/blog/welkm/"> leads to nothing in the built site — did you mean "/leren/blog/welkom/"?',
    );
  });

  it('fail when relative, on another host, or outside the base path', () => {
    expect(check(feed(item('/leren/blog/welkom/')))).toContain(
      '/leren/feeds/blog.xml: "/leren/blog/welkom/" is not a full address — feed readers open it away from the site; start it with https://intranet.x.nl',
    );
    expect(check(feed(item('https://elders.example/leren/blog/welkom/')))).toContain(
      `/leren/feeds/blog.xml: "https://elders.example/leren/blog/welkom/" is not on the site's own host https://intranet.x.nl — feeds link only to the site's pages`,
    );
    expect(check(feed(item(`${SITE}/blog/welkom/`)))).toContain(
      '/leren/feeds/blog.xml: <link href="/blog/welkom/"> points outside the base path /leren/ — build every link with the base path',
    );
  });

  it('fail on a feed that is not well-formed XML, with the line', () => {
    expect(
      readFeed('<rss>\n<channel><title>x</channel></rss>', 'feeds/blog.xml', { base: BASE, siteUrl: SITE })
        .problems,
    ).toEqual([
      expect.objectContaining({
        file: '/leren/feeds/blog.xml',
        line: 2,
        message: expect.objectContaining({ key: 'output.feed.xml' }),
      }),
    ]);
  });
});
