/**
 * Checks the built site itself, after Astro wrote it: every internal `href`/`src`/`srcset`
 * in every HTML page must resolve to a file in the output, every `#fragment` to an element
 * on the target page, every address must stay under the base path, and nothing may load
 * from another origin. This catches links made by pages and layouts, not only by content.
 *
 * The same scan collects the inline scripts and styles of each page for the security headers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Tokenizer } from 'parse5';
import { msg, type Message } from '../i18n/index.ts';
import type { Problem } from './problems.ts';
import { dangerousScheme } from './markdown-safety.ts';
import type { RoutedEntry } from './routes.ts';
import { nearest } from './suggest.ts';
import { entryPath } from './urls.ts';

/** One address found in a page. */
export interface PageLink {
  tag: string;
  attr: string;
  value: string;
  /** Whether the browser fetches it while showing the page (img, script, stylesheet…), not only on a click. */
  loads: boolean;
}

/** What the checks need to know about one built page. */
export interface OutputPage {
  /** Path in the output folder, with forward slashes: `blog/welkom/index.html`. */
  file: string;
  /** Address under the base path: `/leren/blog/welkom/`. */
  url: string;
  ids: Set<string>;
  links: PageLink[];
  /** Text of `<script>` elements that run (not JSON data blocks, not `src`). */
  inlineScripts: string[];
  /** Text of `<style>` elements. */
  inlineStyles: string[];
  /** Values of `style="…"` attributes. */
  styleAttributes: string[];
  /** Event handler attributes (`<button onclick>`), which no policy here allows. */
  handlers: string[];
  /** The `content` of `<meta http-equiv="content-security-policy">`, if any. */
  metaCsp?: string;
}

/** Attributes holding one address, per element; `true` where the browser loads it with the page. */
const URL_ATTRIBUTES: Record<string, Record<string, boolean>> = {
  a: { href: false },
  area: { href: false },
  link: { href: true },
  script: { src: true },
  img: { src: true },
  source: { src: true },
  video: { src: true, poster: true },
  audio: { src: true },
  track: { src: true },
  iframe: { src: true },
  embed: { src: true },
  object: { data: true },
  form: { action: false },
  button: { formaction: false },
  input: { formaction: false, src: true },
  use: { href: true },
  image: { href: true },
};
/** Links that name other documents rather than load them (canonical address, feeds). */
const NAMING_RELS = /\b(?:canonical|alternate|author|license|help|search|prev|next)\b/;
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const URL_ATTRIBUTE_LIST = new Map(
  Object.entries(URL_ATTRIBUTES).map(([tag, attrs]) => [tag, Object.entries(attrs)]),
);

/** The attributes a page is read for; the scan skips the values of all others (class, aria-…). */
const READ_ATTRIBUTES = new Set([
  ...Object.values(URL_ATTRIBUTES).flatMap((attrs) => Object.keys(attrs)),
  ...['xlink:href', 'srcset', 'imagesrcset', 'id', 'name', 'style', 'rel', 'type', 'http-equiv', 'content'],
]);
const isReadAttribute = (name: string) => READ_ATTRIBUTES.has(name) || name.startsWith('on');

/** A start tag: its lower-case name and the attributes the scan keeps (the first of a repeated name counts, as in browsers). */
interface StartTag {
  name: string;
  attrs: Map<string, string>;
}

/** Elements whose content is text, not markup, up to their end tag (`<plaintext>`: to the end of the page). */
const TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'textarea',
  'title',
]);

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12;
/** Ends a tag name: space, "/" or ">" (an attribute name ends at "=" too, unless "=" is its first character). */
const endsName = (c: number) => isSpace(c) || c === 47 || c === 62;
const lower = (name: string) => (/[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (c) => c.toLowerCase()) : name);
const COMMENT_END = /--!?>/g;
const at = (pattern: RegExp, html: string, from: number) => ((pattern.lastIndex = from), pattern.exec(html));

/** An attribute value with its character references decoded by the HTML tokenizer itself (rare: only values with "&"). */
function decodeValue(raw: string, quote: string): string {
  let value = raw;
  const ignore = () => {};
  new Tokenizer(
    {},
    {
      onStartTag: (tag) => (value = tag.attrs[0]?.value ?? raw),
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onNullCharacter: ignore,
      onEof: ignore,
    },
  ).write(`<a v=${quote}${raw}${quote}>`, true);
  return value;
}

/**
 * Reads the tag whose name starts at `from` (after "<" or "</"), following the HTML5 tokenizer's
 * rules: quoted values may hold ">", a "/" between attributes is skipped, the first of a
 * repeated attribute counts, and a tag cut off by the end of the file does not count. Keeps the
 * values of the attributes `keep` asks for. Returns the tag and the index after its ">".
 */
function readTag(
  html: string,
  from: number,
  keep: (name: string) => boolean,
): { tag?: StartTag; end: number } {
  const n = html.length;
  let i = from;
  while (i < n && !endsName(html.charCodeAt(i))) i++;
  const tag: StartTag = { name: lower(html.slice(from, i)), attrs: new Map() };
  for (;;) {
    while (i < n && (isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 47)) i++;
    if (i >= n) return { end: n };
    if (html.charCodeAt(i) === 62) return { tag, end: i + 1 };
    const nameStart = i++;
    while (i < n && !endsName(html.charCodeAt(i)) && html.charCodeAt(i) !== 61) i++;
    const name = lower(html.slice(nameStart, i));
    const wanted = keep(name) && !tag.attrs.has(name);
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 61 /* = */) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i] === '"' || html[i] === "'" ? html[i]! : '';
      const start = quote ? i + 1 : i;
      if (quote) {
        i = html.indexOf(quote, start);
        if (i === -1) return { end: n };
      } else while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
      if (wanted) value = html.slice(start, i);
      if (value.includes('&')) value = decodeValue(value, quote);
      if (quote) i++;
    }
    if (wanted) tag.attrs.set(name, value);
  }
}

/** Where the text of a raw-text element ends: at its end tag ("</style" and a space, "/" or ">"). */
function rawTextEnd(html: string, from: number, name: string): number {
  const end = new RegExp(`</${name}[\\t\\n\\f />]`, 'gi');
  return at(end, html, from)?.index ?? html.length;
}

const SCRIPT_DATA = /<(?:\/script[\t\n\f />]|!--)/gi;
const SCRIPT_ESCAPED = /-->|<\/?script[\t\n\f />]/gi;
const SCRIPT_DOUBLE_ESCAPED = /-->|<\/script[\t\n\f />]/gi;

/**
 * Where the text of a script ends, with the tokenizer's escape rules: after "<!--", a "<script"
 * opens a part in which "</script>" does not end the script, until "-->" or "</script>".
 */
function scriptEnd(html: string, from: number): number {
  let state: 'data' | 'escaped' | 'double' = 'data';
  let i = from;
  for (;;) {
    const pattern =
      state === 'data' ? SCRIPT_DATA : state === 'escaped' ? SCRIPT_ESCAPED : SCRIPT_DOUBLE_ESCAPED;
    const match = at(pattern, html, i);
    if (!match) return html.length;
    const token = match[0];
    if (token === '<!--') {
      state = 'escaped';
      i = match.index + 2; // "<!-->" opens and closes at once
    } else if (token === '-->') {
      state = 'data';
      i = match.index + 3;
    } else if (token[1] === '/') {
      if (state !== 'double') return match.index;
      state = 'escaped';
      i = match.index + 8;
    } else {
      state = 'double';
      i = match.index + 7;
    }
  }
}

/**
 * Visits the start tags of a page, and the text of each `<script>`, `<style>` and other
 * raw-text element, as the HTML5 tokenizer reads them (the browser's rules), while skipping
 * everything else — text, comments, end tags — without looking at it character by character.
 * Markup in `<noscript>` and `<template>` counts; markup in comments, scripts and styles does not.
 */
function scanHtml(
  source: string,
  keep: (attribute: string) => boolean,
  onTag: (tag: StartTag) => void,
  onText: (tag: StartTag, text: string) => void,
): void {
  // The input stream as the tokenizer sees it: CR LF and CR become LF, NUL becomes U+FFFD.
  const html =
    source.includes('\r') || source.includes('\0')
      ? source.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')
      : source;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    const next = html.charCodeAt(i + 1);
    if (isLetter(next)) {
      const { tag, end } = readTag(html, i + 1, keep);
      i = end;
      if (!tag) break;
      onTag(tag);
      if (tag.name === 'plaintext') return onText(tag, html.slice(i));
      if (!TEXT_ELEMENTS.has(tag.name)) continue;
      const stop = tag.name === 'script' ? scriptEnd(html, i) : rawTextEnd(html, i, tag.name);
      onText(tag, html.slice(i, stop));
      i = stop;
    } else if (next === 47 /* / */) {
      const after = html.charCodeAt(i + 2);
      if (isLetter(after)) i = readTag(html, i + 2, () => false).end;
      else i = after === 62 /* > */ ? i + 3 : bogusCommentEnd(html, i + 2);
    } else if (next === 33 /* ! */) {
      i = html.startsWith('--', i + 2) ? commentEnd(html, i + 4) : bogusCommentEnd(html, i + 2);
    } else if (next === 63 /* ? */) {
      i = bogusCommentEnd(html, i + 1);
    } else {
      i += 1;
    }
  }
}

/** After a comment that started at `from` (just past "<!--"): "-->", "--!>", or at once "<!-->" / "<!--->". */
function commentEnd(html: string, from: number): number {
  if (html[from] === '>') return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const match = at(COMMENT_END, html, from);
  return match ? match.index + match[0].length : html.length;
}

/** After a declaration, processing instruction or other bogus comment: the next ">". */
function bogusCommentEnd(html: string, from: number): number {
  const end = html.indexOf('>', from);
  return end === -1 ? html.length : end + 1;
}

/**
 * Reads one built page: its ids, links, inline scripts and styles, handlers and policy. A light
 * scan (`scanHtml`) rather than a full tokenizer: it reads only tags and the text of scripts
 * and styles, with the tokenizer's rules for both, and sees links inside `<noscript>` and `<template>`.
 * `keep` stores the strings it returns (see `stringKeeper`).
 */
export function readOutputPage(
  html: string,
  file: string,
  base: string,
  keep: (text: string) => string = stringKeeper(),
): OutputPage {
  const url = base + file.replace(/(^|\/)index\.html$/, '$1');
  const page: OutputPage = {
    file,
    url,
    ids: new Set(),
    links: [],
    inlineScripts: [],
    inlineStyles: [],
    styleAttributes: [],
    handlers: [],
  };
  const onTag = ({ name: tagName, attrs }: StartTag) => {
    if (attrs.size === 0) return;
    const attr = (name: string) => attrs.get(name);
    const id = attr('id');
    if (id) page.ids.add(keep(id));
    if (tagName === 'a' && attr('name')) page.ids.add(keep(attr('name')!));
    for (const name of attrs.keys()) if (name.startsWith('on')) page.handlers.push(`<${tagName} ${name}>`);
    const style = attr('style');
    if (style !== undefined) page.styleAttributes.push(keep(style));
    const rel = attr('rel') ?? '';
    for (const [name, loads] of URL_ATTRIBUTE_LIST.get(tagName) ?? []) {
      const value = attr(name) ?? (name === 'href' ? attr('xlink:href') : undefined);
      if (value === undefined) continue;
      page.links.push({
        tag: tagName,
        attr: name,
        value: keep(value),
        loads: loads && !(tagName === 'link' && NAMING_RELS.test(rel)),
      });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const set = attr(name);
      if (!set) continue;
      for (const part of set.split(/,\s+/)) {
        page.links.push({ tag: tagName, attr: name, value: keep(part.trim().split(/\s+/)[0]!), loads: true });
      }
    }
    const httpEquiv = tagName === 'meta' ? attr('http-equiv')?.toLowerCase() : undefined;
    if (httpEquiv === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr('content') ?? '')?.[1];
      if (target) page.links.push({ tag: 'meta', attr: 'refresh', value: keep(target), loads: false });
    }
    if (httpEquiv === 'content-security-policy') {
      const policy = attr('content');
      page.metaCsp = policy === undefined ? undefined : keep(policy);
    }
  };
  const onText = ({ name, attrs }: StartTag, text: string) => {
    // Scripts that run (not JSON data blocks, not `src`), and every style sheet.
    if (name === 'script' && !attrs.has('src') && SCRIPT_TYPES.has((attrs.get('type') ?? '').toLowerCase()))
      page.inlineScripts.push(keep(text));
    else if (name === 'style') page.inlineStyles.push(keep(text));
  };
  scanHtml(html, isReadAttribute, onTag, onText);
  return page;
}

/** Every file of a built site, as paths with forward slashes relative to it. */
export function outputFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Returns a function that stores strings cut from pages once, as copies. A substring in V8 can
 * keep its whole page in memory; a site of 10,000 pages repeats the same few thousand links,
 * ids and one policy, so one copy of each keeps the scan's memory to what it found.
 * `read`: how the page was read. A page read as `latin1` (bytes as characters, no decoding)
 * gives its strings back decoded as UTF-8, once per distinct string.
 */
export function stringKeeper(read: 'utf8' | 'latin1' = 'utf8'): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let copy = kept.get(text);
    if (copy === undefined) {
      const bytes = Buffer.from(text, read);
      copy = bytes.toString('utf8');
      // The key is the text as read, as a copy of its own too (not a slice of the page).
      kept.set(copy === text ? copy : bytes.toString(read), copy);
    }
    return copy;
  };
}

/**
 * Reads every HTML page of a built site (`files`: its files, if already listed). Pages are
 * read as latin1, which skips decoding some 200 MB of UTF-8 at 10,000 entries: every tag and
 * attribute name is ASCII, UTF-8 never uses ASCII bytes inside a character, and the strings
 * kept are decoded by the keeper.
 */
export function readOutput(outDir: string, base: string, files = outputFiles(outDir)): OutputPage[] {
  const keep = stringKeeper('latin1');
  return files
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readOutputPage(readFileSync(join(outDir, f), 'latin1'), f, base, keep));
}

const scans = new Map<string, OutputPage[]>();

/**
 * `readOutput`, done once per build: the link check and the header files both need every page,
 * and parsing a large site twice would double the cost. `forgetOutput` starts a new build.
 */
export function readOutputOnce(outDir: string, base: string, files?: string[]): OutputPage[] {
  let pages = scans.get(outDir);
  if (!pages) scans.set(outDir, (pages = readOutput(outDir, base, files)));
  return pages;
}

export function forgetOutput(outDir?: string): void {
  if (outDir) scans.delete(outDir);
  else scans.clear();
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export interface OutputLinkOptions {
  /** Base path the site is served under, e.g. `/leren/`. */
  base: string;
  /** Every file in the output (see `outputFiles`). */
  files: Iterable<string>;
  /** The site's public address (site.yaml `url`): its own origin is not a third party. */
  siteUrl?: string;
}

/** Broken internal links, addresses outside the base path, script URLs and third-party loads, per page. */
export function outputLinkProblems(pages: readonly OutputPage[], options: OutputLinkOptions): Problem[] {
  const { base } = options;
  const files = new Set(options.files);
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const ownOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;

  /** What is wrong with an address on a page, if anything. */
  const judge = (value: string, loads: boolean, page: OutputPage): Message | undefined => {
    if (dangerousScheme(value)) return msg('output.script');
    if (value === '' || value === '#') return undefined;
    const resolved = new URL(value, `http://leerhuis.invalid${page.url}`);
    if (resolved.origin !== 'http://leerhuis.invalid') {
      const thirdParty = /^https?:$/.test(resolved.protocol) && resolved.origin !== ownOrigin;
      return loads && thirdParty ? msg('output.thirdParty', { origin: resolved.origin }) : undefined;
    }
    if (page.file === '404.html' && !/^(?:\/|#)/.test(value)) return msg('output.relative404');
    const path = decode(resolved.pathname);
    if (!path.startsWith(base)) return msg('output.outsideBase', { base });
    const inSite = path.slice(base.length);
    const target = inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
    if (!files.has(target)) {
      if (files.has(`${inSite}/index.html`)) return msg('output.slash', { path: `${path}/` });
      const hint = nearest(target, files);
      return msg('output.nothing', {
        hint: hint
          ? msg('check.hint.didYouMean', { value: `${base}${hint.replace(/(^|\/)index\.html$/, '$1')}` })
          : '',
      });
    }
    const fragment = decode(resolved.hash.slice(1));
    const targetPage = byFile.get(target);
    if (fragment && fragment !== 'top' && targetPage && !targetPage.ids.has(fragment)) {
      const hint = nearest(fragment, targetPage.ids);
      return msg('output.fragment', {
        fragment: `#${fragment}`,
        page: targetPage.url,
        hint: hint ? msg('check.hint.didYouMean', { value: `#${hint}` }) : '',
      });
    }
    return undefined;
  };

  // Header and footer repeat their links on every page: an address that starts with "/" means
  // the same thing on every page, so each is judged once.
  const verdicts = new Map<string, Message | undefined>();
  const problems: Problem[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const link of page.links) {
      const key = `${link.tag} ${link.attr} ${link.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const value = link.value.trim();
      let verdict: Message | undefined;
      if (!value.startsWith('/')) verdict = judge(value, link.loads, page);
      else {
        const shared = `${link.loads} ${value}`;
        if (verdicts.has(shared)) verdict = verdicts.get(shared);
        else verdicts.set(shared, (verdict = judge(value, link.loads, page)));
      }
      if (verdict)
        problems.push({
          file: page.url,
          message: msg('output.link', { link: `<${link.tag} ${link.attr}="${link.value}">`, verdict }),
        });
    }
  }
  return problems;
}

/**
 * Every published entry has its page in the output. When two routes claim one address Astro
 * only warns and drops a page; this makes that (and any page that was not generated) an error.
 */
export function missingPageProblems(
  entries: readonly (RoutedEntry & { file: string })[],
  files: Iterable<string>,
  base: string,
): Problem[] {
  const have = new Set(files);
  return entries
    .filter((e) => e.published && !have.has(`${entryPath(e.collection, e.id)}index.html`))
    .map((e) => ({
      file: e.file,
      message: msg('output.missingPage', { path: `${base}${entryPath(e.collection, e.id)}` }),
    }));
}
