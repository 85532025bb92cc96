/**
 * The portable copy (`npm run portable`): turns a finished build into a folder that works opened
 * from a disk or network share (`file://`), without a server. Every address of the site becomes
 * relative and names its file (`portable-urls.ts`); what cannot work from a folder is left out:
 * scripts and their files (browsers refuse module scripts from `file://`), their data blocks,
 * the search index and the host configuration files. Elements marked `data-portable="hide"` get `hidden`, those
 * marked `data-portable="show"` lose it (the search page's notice, for one).
 * Pages are rewritten token by token (parse5's rewriting stream): what is not changed stays
 * byte for byte, so the hashes in each page's Content-Security-Policy still match.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { HOST_FILES } from './host-files.ts';
import { outputFiles } from './output-pages.ts';
import {
  portableCss,
  portableJson,
  portableRefresh,
  portableSrcset,
  portableUrl,
  type PortableSite,
} from './portable-urls.ts';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'cite',
]);
/** `<meta>` whose `content` is an address (Open Graph, Twitter cards). */
const ADDRESS_META = /(?:^|:)(?:url|image)$/i;
/** Script types that are data for a script, not code: left out with the scripts. */
const DATA_SCRIPT = /^application\/json$/i;
const CODE_SCRIPT = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** Files and folders of a build that have no use in a folder without a server. */
export const NOT_PORTABLE = [...Object.values(HOST_FILES), 'robots.txt', 'pagefind/'] as const;

const isPortable = (file: string) =>
  !/\.m?js$/.test(file) && // no page of the copy loads scripts
  !NOT_PORTABLE.some((skip) => (skip.endsWith('/') ? file.startsWith(skip) : file === skip));

/** One page made portable. */
export async function portableHtml(html: string, file: string, site: PortableSite): Promise<string> {
  const rewriter = new RewritingStream();
  const out: string[] = [];
  rewriter.on('data', (chunk: string) => out.push(chunk));
  /** Inside a left-out `<script>`: its text and end tag are left out too. */
  let dropping = false;
  let jsonLd = false;

  rewriter.on('startTag', (tag, raw) => {
    if (dropping) return;
    const attr = (name: string) => tag.attrs.find((a) => a.name === name);
    if (tag.tagName === 'script') {
      const type = attr('type')?.value.trim() ?? '';
      if (CODE_SCRIPT.test(type) || DATA_SCRIPT.test(type)) {
        dropping = !tag.selfClosing;
        return;
      }
      jsonLd = /^application\/ld\+json$/i.test(type);
    }
    if (tag.tagName === 'link' && /\bmodulepreload\b/i.test(attr('rel')?.value ?? '')) return;
    let changed = false;
    const set = (a: { value: string }, value: string | undefined) => {
      if (value === undefined || value === a.value) return;
      a.value = value;
      changed = true;
    };
    for (const a of tag.attrs) {
      if (URL_ATTRIBUTES.has(a.name)) set(a, portableUrl(a.value, file, site));
      else if (a.name === 'srcset' || a.name === 'imagesrcset') set(a, portableSrcset(a.value, file, site));
      else if (a.name === 'style') set(a, portableCss(a.value, file, site));
      else if (a.name === 'content' && tag.tagName === 'meta') {
        if (/^refresh$/i.test(attr('http-equiv')?.value ?? '')) set(a, portableRefresh(a.value, file, site));
        else if (ADDRESS_META.test(attr('property')?.value ?? attr('name')?.value ?? ''))
          set(a, portableUrl(a.value, file, site));
      }
    }
    const portable = attr('data-portable')?.value;
    const hidden = tag.attrs.findIndex((a) => a.name === 'hidden');
    if (portable === 'hide' && hidden < 0) {
      tag.attrs.push({ name: 'hidden', value: '' });
      changed = true;
    } else if (portable === 'show' && hidden >= 0) {
      tag.attrs.splice(hidden, 1);
      changed = true;
    }
    if (changed) rewriter.emitStartTag(tag);
    else rewriter.emitRaw(raw);
  });
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName === 'script' && dropping) {
      dropping = false;
      return;
    }
    if (dropping) return;
    if (tag.tagName === 'script') jsonLd = false;
    rewriter.emitRaw(raw);
  });
  rewriter.on('text', (_text, raw) => {
    if (dropping) return;
    if (!jsonLd) return rewriter.emitRaw(raw);
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return rewriter.emitRaw(raw);
    }
    rewriter.emitRaw(JSON.stringify(portableJson(data, file, site)).replace(/</g, '\\u003c'));
  });

  await new Promise<void>((done, fail) => {
    rewriter.once('end', done);
    rewriter.once('error', fail);
    rewriter.end(html);
  });
  return out.join('');
}

/** Where the site lives, read from its built home page: the base path and, if any, the public origin. */
export function detectSite(homePage: string): { base: string; origin?: string } | undefined {
  const stylesheet = /<link\b[^>]*\bhref="((?:https?:\/\/[^/"]+)?\/(?:[^"]*\/)?)_astro\/[^"]+\.css"/.exec(
    homePage,
  );
  if (!stylesheet) return undefined;
  const base = stylesheet[1]!.replace(/^https?:\/\/[^/]+/, '');
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*\bhref="(https?:\/\/[^/"]+)/.exec(homePage);
  return { base, origin: canonical?.[1] };
}

export interface PortableResult {
  pages: number;
  files: number;
}

/**
 * Writes the portable copy of the built site in `from` into `to` (which must exist and be
 * empty: the caller swaps it into place). Throws if `from` is not a Leerhuis build.
 */
export async function writePortableCopy(
  from: string,
  to: string,
  site: Omit<PortableSite, 'files'>,
): Promise<PortableResult> {
  const all = outputFiles(from);
  const files = all.filter(isPortable);
  const known: PortableSite = { ...site, files: new Set(files) };
  let pages = 0;
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const dir = dirname(target);
    if (!made.has(dir)) {
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (file.endsWith('.html')) {
      writeFileSync(target, await portableHtml(readFileSync(join(from, file), 'utf8'), file, known));
      pages++;
    } else if (file.endsWith('.css')) {
      writeFileSync(target, portableCss(readFileSync(join(from, file), 'utf8'), file, known));
    } else {
      copyFileSync(join(from, file), target);
    }
  }
  return { pages, files: files.length };
}
