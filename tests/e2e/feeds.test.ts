/**
 * The feeds of the built sample site, as a feed reader reads them: valid RSS 2.0, every
 * address absolute (the site's url and base path) and leading to a page that was built, and
 * exactly the published news of the sample content, newest first, with dates, authors and
 * tag labels. (The valid fixture's build checks the same against a fixed set of entries.)
 * And the sample site's newsletter links only to pages this build has.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, inject, it } from 'vitest';
import { readEntries } from '../../src/lib/check-content.ts';
import { FEED_SIZE, FEEDS } from '../../src/lib/feeds.ts';
import { parseYaml } from '../../src/lib/load-content.ts';
import { newestFirst, newsDate } from '../../src/lib/news.ts';
import { readSiteSettings } from '../../src/lib/site-settings.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { projectRoot } from '../helpers/build-site.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const content = resolve(projectRoot, 'content');
const origin = new URL(readSiteSettings(content).url).origin;
const labels = parseYaml(readFileSync(join(content, 'tags.yaml'), 'utf8')) as Record<
  string,
  { label: string }
>;

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
  category?: string[];
}
interface Channel {
  title: string;
  link: string;
  description: string;
  language: string;
  'atom:link': { '@_href': string; '@_rel': string };
  item?: Item[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'category'].includes(name),
});
const feeds = FEEDS.map((feed) => {
  const xml = readFileSync(join(dir, 'feeds', `${feed.id}.xml`), 'utf8');
  return { feed, xml, rss: (parser.parse(xml) as { rss: { '@_version': string; channel: Channel } }).rss };
});

/** The file a full address of the site leads to, or undefined when it is not the site's. */
function fileOf(address: string): string | undefined {
  const url = new URL(address);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('feeds of the sample site', () => {
  it.each(feeds.map((f) => [f.feed.id, f] as const))(
    '%s is well-formed RSS 2.0 with a complete channel',
    (_, f) => {
      expect(() => SyntaxValidator.validate(f.xml)).not.toThrow();
      expect(f.xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(f.rss['@_version']).toBe('2.0');
      const channel = f.rss.channel;
      expect(channel.title).toMatch(/^Leerhuis Gemeente Lindewaard — /);
      expect(channel.description.length).toBeGreaterThan(10);
      expect(channel.language).toBe('nl-NL');
      expect(channel['atom:link']['@_href']).toBe(`${origin}${base}feeds/${f.feed.id}.xml`);
      for (const item of channel.item ?? []) {
        expect(item.title && item.description, item.link).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.pubDate)), item.link).toBe(false);
        expect(item.guid['#text']).toBe(item.link);
      }
    },
  );

  it('every address in every feed is absolute, under the base path, and leads to a built page', () => {
    let checked = 0;
    for (const { rss } of feeds) {
      const channel = rss.channel;
      for (const address of [
        channel.link,
        channel['atom:link']['@_href'],
        ...(channel.item ?? []).flatMap((i) => [i.link, i.guid['#text']]),
      ]) {
        const file = fileOf(address);
        expect(file, `${address} is not an address of ${origin}${base}`).toBeDefined();
        expect(existsSync(join(dir, file!)), `${address} leads to nothing`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('carries exactly the published news of each collection, newest first, with dates and tag labels', () => {
    // The build ran moments ago with the real "today": the checker's view of the content now.
    const entries = readEntries(content, { now: new Date() });
    for (const { feed, rss } of feeds) {
      const expected = entries
        .filter((e) => e.published && (feed.collections as readonly string[]).includes(e.collection))
        .flatMap((e) => {
          const date = newsDate(e.collection, e.data);
          return date ? [{ e, date, title: e.data.title as string }] : [];
        })
        .sort(newestFirst)
        .slice(0, FEED_SIZE);
      const items = rss.channel.item ?? [];
      expect(
        items.map((i) => i.link),
        feed.id,
      ).toEqual(expected.map(({ e }) => `${origin}${base}${entryPath(e.collection, e.id)}`));
      items.forEach((item, n) => {
        const { e, date } = expected[n]!;
        expect(item.title).toBe(e.data.title);
        expect(item.pubDate).toBe(date.toUTCString());
        expect(item.category ?? []).toEqual((e.data.tags as string[]).map((tag) => labels[tag]!.label));
      });
    }
    // The sample exercises every kind of news: a new course, posts and stories; drafts and
    // future posts stay out, and so do courses without a publishedAt.
    const all = (feeds[0]!.rss.channel.item ?? []).map((i) => i.link);
    expect(all).toContain(`${origin}${base}opleidingen/digitaal-fit/`);
    expect(all).toContain(`${origin}${base}blog/volg-het-leerhuis/`);
    expect(all).not.toContain(`${origin}${base}blog/leeragenda-2027/`);
    expect(all).not.toContain(`${origin}${base}blog/programma-leerweek-2027/`);
    expect(all).not.toContain(`${origin}${base}opleidingen/privacy-in-de-praktijk/`);
  });
});

describe('the newsletter of the sample site', () => {
  it('links only to pages of the site as built, with its url and base path', () => {
    const out = mkdtempSync(join(tmpdir(), 'leerhuis-digest-'));
    try {
      // Everything of the last two years, so the mail has every kind of section.
      const today = new Date().toISOString().slice(0, 10);
      const since = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
      const run = spawnSync(process.execPath, ['scripts/digest.ts', '--since', since, '--out', out], {
        cwd: projectRoot,
        env: { ...process.env, LEERHUIS_CONTENT: content, LEERHUIS_BASE: base, LEERHUIS_NOW: today },
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const html = readFileSync(
        join(
          out,
          readdirSync(out).find((f) => f.endsWith('.html'))!,
        ),
        'utf8',
      );
      const hrefs: string[] = [];
      const walk = (node: { attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
        for (const a of node.attrs ?? [])
          if (a.name === 'href' && a.value.startsWith('https://')) hrefs.push(a.value);
        for (const child of node.childNodes ?? []) walk(child as typeof node);
      };
      walk(parse(html) as unknown as Parameters<typeof walk>[0]);
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) {
        const file = fileOf(href);
        expect(file, `${href} is not an address of ${origin}${base}`).toBeDefined();
        expect(existsSync(join(dir, file!)), `${href} leads to nothing`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
