/**
 * Checks the built site itself, after Astro wrote it: every internal `href`/`src`/`srcset`
 * in every HTML page must resolve to a file in the output, every `#fragment` to an element
 * on the target page, every address must stay under the base path, and nothing may load
 * from another origin. This catches links made by pages and layouts, not only by content.
 * The pages are read by `output-pages.ts`.
 */
import { msg, type Message } from '../i18n/index.ts';
import type { OutputPage } from './output-pages.ts';
import type { Problem } from './problems.ts';
import { dangerousScheme } from './html-tokens.ts';
import type { RoutedEntry } from './routes.ts';
import { nearest } from './suggest.ts';
import { entryPath } from './urls.ts';

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
