/**
 * Internal links in content must lead somewhere. Every Markdown link in a published entry
 * that points into the site — root-relative (`/opleidingen/excel-basis/`), relative
 * (`../excel-basis/`) or to a heading (`#budget`, `/blog/welkom/#wat-is-er-nieuw`) — is
 * resolved against the pages the site builds (`siteRoutes`) and the heading ids Astro gives
 * each entry (GitHub-style slugs). A broken one names file, line and the nearest target.
 * Images next to the entry (`./foto.jpg`) must exist.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { CollectionName } from '../schemas/index.ts';
import { msg, type Message } from '../i18n/index.ts';
import { fileLine, headingText, parseMarkdown, tryParseMarkdown, walk } from './markdown-tree.ts';
import type { Problem } from './problems.ts';
import { unpublishedReason } from './publication.ts';
import { OPEN_SECTIONS, siteRoutes } from './routes.ts';
import { nearest } from './suggest.ts';
import { entryPath, normalizeBase } from './urls.ts';

/** A link, link definition or image written in a body, with its line in the file. */
export interface BodyLink {
  type: 'link' | 'definition' | 'image';
  url: string;
  line: number;
}

/** What the link check reads from one body: its links and the ids of its headings. */
export interface BodyLinks {
  links: BodyLink[];
  headingIds: string[];
}

/** What the link check needs of an entry (a `CheckedEntry` fits). */
export interface LinkedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Absolute path of the source file, for images next to it. */
  path: string;
  ext: string;
  body: string;
  bodyLine: number;
  data: Record<string, unknown>;
  published: boolean;
  /** The links of the body, when they were read already (`checkContent` parses each body once); else it is parsed here. */
  bodyLinks?: BodyLinks;
}

export interface LinkCheckOptions {
  /** Tag ids with a tag page. */
  tags: Iterable<string>;
  /** The site's base path; a link that repeats it would get it twice. */
  base?: string;
  /** The moment that decides what is published, for messages about unpublished targets. */
  now: Date;
}

/**
 * The links and heading ids of a parsed body, in one walk. Heading ids are made as Astro's
 * Markdown processor makes them (GitHub-style slugs, one slugger per document).
 */
export function readBodyLinks(tree: Root, bodyLine: number): BodyLinks {
  const slugger = new GithubSlugger();
  const found: BodyLinks = { links: [], headingIds: [] };
  walk(tree, (node) => {
    if (node.type === 'heading') found.headingIds.push(slugger.slug(headingText(node)));
    else if (node.type === 'link' || node.type === 'definition' || node.type === 'image')
      found.links.push({ type: node.type, url: node.url, line: fileLine(node, bodyLine) });
  });
  return found;
}

/** Heading ids of a body, as Astro's Markdown processor makes them. */
export const headingIds = (tree: Root): string[] => readBodyLinks(tree, 1).headingIds;

/** An entry's links, from `bodyLinks` or by parsing its body (MDX as MDX, or as Markdown when that fails). */
const linksOf = (e: LinkedEntry): BodyLinks =>
  e.bodyLinks ??
  readBodyLinks(
    (e.ext === '.mdx' && tryParseMarkdown(e.body, { mdx: true })) || parseMarkdown(e.body),
    e.bodyLine,
  );

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Every broken internal link and missing image in the published entries. */
export function contentLinkProblems(entries: readonly LinkedEntry[], options: LinkCheckOptions): Problem[] {
  const routes = siteRoutes(entries, options.tags);
  const base = normalizeBase(options.base ?? '/');
  const byPath = new Map(entries.map((e) => [entryPath(e.collection, e.id), e]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const read = new Map<LinkedEntry, BodyLinks>();
  const linksIn = (e: LinkedEntry) => read.get(e) ?? read.set(e, linksOf(e)).get(e)!;

  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.published) continue;
    const page = `/${entryPath(entry.collection, entry.id)}`;
    for (const link of linksIn(entry).links) {
      const href = link.url.trim();
      const add = (message: Message) => problems.push({ file: entry.file, line: link.line, message });
      if (!href || HAS_SCHEME.test(href) || href.startsWith('//')) continue;

      if (link.type === 'image') {
        if (href.startsWith('/')) continue; // from public/, checked in the built output
        const file = resolve(dirname(entry.path), decode(href.split(/[?#]/)[0]!));
        if (!existsSync(file)) add(msg('check.link.imageMissing', { href }));
        continue;
      }

      const [beforeHash, fragment] = [
        href.split('#')[0]!,
        href.includes('#') ? decode(href.slice(href.indexOf('#') + 1)) : undefined,
      ];
      const target = decode(new URL(beforeHash.split('?')[0] || page, `http://site${page}`).pathname).slice(
        1,
      );
      const shown = JSON.stringify(href);

      if (/\.mdx?$/i.test(target)) {
        const id = target.replace(/^.*\//, '').replace(/\.mdx?$/i, '');
        const to = byId.get(id);
        add(
          msg('check.link.sourceFile', {
            link: shown,
            fix: to
              ? msg('check.link.linkTo', { path: `/${entryPath(to.collection, to.id)}` })
              : msg('check.link.linkToPage'),
          }),
        );
        continue;
      }
      if (OPEN_SECTIONS.has(target.split('/')[0]!) || FILE_EXTENSION.test(target)) continue;

      if (!routes.has(target)) {
        if (base !== '/' && `/${target}`.startsWith(base) && routes.has(`/${target}`.slice(base.length))) {
          add(msg('check.link.base', { link: shown, base, path: `/${`/${target}`.slice(base.length)}` }));
          continue;
        }
        if (routes.has(`${target}/`)) {
          add(msg('check.link.slash', { link: shown, path: `/${target}/` }));
          continue;
        }
        // An entry with an address but no page is unpublished, and says why.
        const unpublished = byPath.get(target);
        const why = unpublished && unpublishedReason(unpublished.collection, unpublished.data, options.now);
        if (unpublished && why) {
          add(
            msg('check.link.unpublished', {
              link: shown,
              file: unpublished.file,
              reason: why.reason,
              fix: why.fix(unpublished.file),
            }),
          );
          continue;
        }
        const hint = nearest(
          `/${target}`,
          [...routes.keys()].map((r) => `/${r}`),
        );
        add(
          msg('check.link.noPage', {
            link: shown,
            hint: hint ? msg('check.hint.didYouMean', { value: hint }) : msg('check.link.copyAddress'),
          }),
        );
        continue;
      }

      if (fragment === undefined || fragment === '') continue;
      const to = routes.get(target);
      if (!to) continue; // a list or tag page: its ids are the layout's, checked in the built output
      const known = linksIn(byPath.get(target)!).headingIds;
      if (known.includes(fragment)) continue;
      const where = to === entry ? msg('check.link.thisPage') : `/${target}`;
      const hint = nearest(fragment, known);
      add(
        msg('check.link.noHeading', {
          link: shown,
          where,
          fragment,
          hint: hint
            ? msg('check.hint.didYouMean', { value: `#${hint}` })
            : known.length
              ? msg('check.link.headingsAre', { headings: known.map((k) => `#${k}`) })
              : msg('check.link.noHeadings'),
        }),
      );
    }
  }
  return problems;
}
