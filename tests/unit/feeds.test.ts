/**
 * The feeds as feed readers see them: RSS 2.0 that parses, absolute links, newest first and
 * at most FEED_SIZE items, names and tag labels escaped, authors as dc:creator; and which feeds
 * each section offers.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, FEEDS, type FeedEntry, feedXml, feedsFor } from '../../src/lib/feeds.ts';
import { authorNames, newsDate } from '../../src/lib/news.ts';

const channel = {
  title: 'Leerhuis Test — Alles wat nieuw is',
  description: 'Nieuw bij Test & Co.',
  link: 'https://intranet.x.nl/leren/',
  self: 'https://intranet.x.nl/leren/feeds/nieuw.xml',
  language: 'nl-NL',
};
const absolute = (path: string) => `https://intranet.x.nl/leren/${path}`;
const entry = (id: string, day: string, more: Partial<FeedEntry> = {}): FeedEntry => ({
  collection: 'blog',
  id,
  title: `Titel ${id}`,
  description: `Over ${id}.`,
  date: new Date(`${day}T00:00:00Z`),
  authors: [],
  categories: [],
  ...more,
});
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'category', 'dc:creator'].includes(name),
  }).parse(xml) as {
    rss: { '@_version': string; channel: Record<string, unknown> & { item?: Record<string, unknown>[] } };
  };

describe('feedXml', () => {
  it('writes well-formed RSS 2.0 with the channel, newest items first and absolute links', async () => {
    const xml = await feedXml(
      channel,
      [
        entry('oud', '2026-01-05'),
        entry('nieuw', '2026-11-20', {
          authors: ['Jan & Piet', 'Fatma Yılmaz'],
          categories: ['Kennis delen', 'Data <en> AI'],
        }),
        entry('excel', '2026-11-17', { collection: 'opleidingen', title: 'Excel "pro" & <meer>' }),
      ],
      absolute,
    );
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const { rss } = parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({
      title: channel.title,
      description: channel.description,
      link: channel.link,
      language: 'nl-NL',
      'atom:link': { '@_href': channel.self, '@_rel': 'self', '@_type': 'application/rss+xml' },
    });
    const items = rss.channel.item!;
    expect(items.map((i) => i.link)).toEqual([
      'https://intranet.x.nl/leren/blog/nieuw/',
      'https://intranet.x.nl/leren/opleidingen/excel/',
      'https://intranet.x.nl/leren/blog/oud/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Titel nieuw',
      description: 'Over nieuw.',
      pubDate: 'Fri, 20 Nov 2026 00:00:00 GMT',
      'dc:creator': ['Jan & Piet', 'Fatma Yılmaz'],
      category: ['Kennis delen', 'Data <en> AI'],
      guid: { '#text': 'https://intranet.x.nl/leren/blog/nieuw/', '@_isPermaLink': 'true' },
    });
    expect(items[1]!.title).toBe('Excel "pro" & <meer>');
    // No RSS <author>: it must hold an e-mail address, and people are named by dc:creator.
    expect(xml).not.toContain('<author>');
  });

  it(`lists at most ${FEED_SIZE} entries, the newest`, async () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
      entry(`e${i}`, new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)),
    );
    const items = parse(await feedXml(channel, many, absolute)).rss.channel.item!;
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]!.link).toBe(absolute(`blog/e${FEED_SIZE + 4}/`));
    expect(items.map((i) => i.link)).not.toContain(absolute('blog/e4/'));
  });

  it('leaves out characters XML cannot hold, so a stray control character never breaks a feed', async () => {
    const xml = await feedXml(
      channel,
      [entry('x', '2026-11-20', { title: 'Bel\u0007 mij', authors: ['An\u0000na'] })],
      absolute,
    );
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(parse(xml).rss.channel.item![0]).toMatchObject({ title: 'Bel mij', 'dc:creator': ['Anna'] });
  });

  it('writes a valid feed without items for a site with nothing to announce', async () => {
    const xml = await feedXml(channel, [], absolute);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(parse(xml).rss.channel.item).toBeUndefined();
  });
});

describe('feedsFor', () => {
  it("offers a collection's own feed first, then everything new; elsewhere everything new", () => {
    expect(feedsFor('blog').map((f) => f.id)).toEqual(['blog', 'nieuw']);
    expect(feedsFor('leerverhalen').map((f) => f.id)).toEqual(['leerverhalen', 'nieuw']);
    expect(feedsFor('opleidingen').map((f) => f.id)).toEqual(['nieuw']);
    expect(feedsFor('experts').map((f) => f.id)).toEqual(['nieuw']);
    expect(feedsFor(undefined).map((f) => f.id)).toEqual(['nieuw']);
    expect(FEEDS.map((f) => f.id)).toEqual(['nieuw', 'blog', 'leerverhalen']);
  });
});

describe('news', () => {
  it('counts blog posts and stories from publishedAt, courses only with one, nothing else', () => {
    const day = new Date('2026-11-17T00:00:00Z');
    expect(newsDate('blog', { publishedAt: day })).toBe(day);
    expect(newsDate('opleidingen', { publishedAt: day })).toBe(day);
    expect(newsDate('opleidingen', {})).toBeUndefined();
    expect(newsDate('paginas', { publishedAt: day })).toBeUndefined();
  });

  it('names blog authors and story authors, experts by their name and colleagues inline', () => {
    const names = (id: string) => ({ 'anna-jansen': 'Anna Jansen' })[id];
    expect(authorNames('blog', { authors: ['anna-jansen', 'onbekend'] }, names)).toEqual(['Anna Jansen']);
    expect(authorNames('leerverhalen', { author: { name: 'Kees de Boer' } }, names)).toEqual([
      'Kees de Boer',
    ]);
    expect(authorNames('leerverhalen', { author: 'anna-jansen' }, names)).toEqual(['Anna Jansen']);
    expect(authorNames('opleidingen', { contact: 'anna-jansen' }, names)).toEqual([]);
  });
});
