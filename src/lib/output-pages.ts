/**
 * Reads the built site: every HTML page's ids, links, inline scripts and styles, event
 * handlers and policy, for the link check (`output-links.ts`) and the security headers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanHtml, type StartTag } from './html-scan.ts';

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

/** A file of the output with nothing found in it yet: pages, feeds and data files start here. */
export function emptyPage(file: string, url: string): OutputPage {
  return {
    file,
    url,
    ids: new Set(),
    links: [],
    inlineScripts: [],
    inlineStyles: [],
    styleAttributes: [],
    handlers: [],
  };
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
  const page = emptyPage(file, url);
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
