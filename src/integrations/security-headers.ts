/**
 * Writes the host configuration beside the built site — `_headers` (Netlify, Cloudflare
 * Pages), `nginx-headers.conf`, `web.config` (IIS), `staticwebapp.config.json` (Azure Static
 * Web Apps) — and `robots.txt`, with one set of header values (src/lib/security-headers.ts)
 * and one set of cache rules and file types (src/lib/host-rules.ts). The Content-Security-Policy lists the hash of every
 * inline script and style the pages contain; a page whose inline code its own `<meta>` policy
 * would block fails the build instead of failing in the reader's browser.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inPagesStage } from '../lib/build-stages.ts';
import { forgetOutput, readOutputOnce, type OutputPage } from '../lib/output-pages.ts';
import {
  azureStaticWebAppConfig,
  HOST_FILES,
  iisWebConfig,
  netlifyHeaders,
  nginxHeaders,
} from '../lib/host-files.ts';
import { cspHash, robotsTxt, securityHeaders } from '../lib/security-headers.ts';
import { normalizeBase } from '../lib/urls.ts';

export interface SecurityHeaderOptions {
  /** site.yaml `indexable`. */
  indexable: boolean;
}

/** Sources of one directive in a policy, with the fallbacks browsers use. */
function sources(policy: string, ...names: string[]): string[] | undefined {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...rest]) => [name!.toLowerCase(), rest]),
  );
  for (const name of names) if (directives.has(name)) return directives.get(name);
  return undefined;
}

const allows = (list: string[] | undefined, hash: string, attribute = false) =>
  list === undefined ||
  (list.includes("'unsafe-inline'") && !list.some((s) => /^'(sha|nonce)/.test(s))) ||
  (list.includes(`'${hash}'`) && (!attribute || list.includes("'unsafe-hashes'")));

/** Inline code on a page that the page's own `<meta>` policy would block. */
export function blockedInlineCode(page: OutputPage): string[] {
  const found = page.handlers.map((h) => `${h}: inline event handlers never run — use a <script> module`);
  const policy = page.metaCsp;
  if (!policy) return found;
  const short = (text: string) => JSON.stringify(text.trim().slice(0, 50));
  for (const script of page.inlineScripts) {
    const hash = cspHash(script);
    if (!allows(sources(policy, 'script-src-elem', 'script-src', 'default-src'), hash)) {
      found.push(
        `inline <script> ${short(script)} (${hash}) is not in the page's Content-Security-Policy — let Astro process the script (no is:inline)`,
      );
    }
  }
  for (const style of page.inlineStyles) {
    const hash = cspHash(style);
    if (!allows(sources(policy, 'style-src-elem', 'style-src', 'default-src'), hash)) {
      found.push(
        `inline <style> ${short(style)} (${hash}) is not in the page's Content-Security-Policy — let Astro process the style (no is:inline)`,
      );
    }
  }
  for (const style of new Set(page.styleAttributes)) {
    const hash = cspHash(style);
    if (!allows(sources(policy, 'style-src-attr', 'style-src', 'default-src'), hash, true)) {
      found.push(
        `style="${style}" (${hash}) is not allowed by the page's Content-Security-Policy — use a class instead`,
      );
    }
  }
  return found;
}

export interface HeaderFileOptions extends SecurityHeaderOptions {
  /** The output folder. */
  outDir: string;
  /** Base path, ending in "/". */
  base: string;
}

/**
 * Writes the host files (HOST_FILES) and `robots.txt` into the output, with
 * the hashes of the inline code the pages carry; throws if a page has inline code its own
 * policy would block. Returns the names of the files written.
 */
export function writeHeaderFiles(options: HeaderFileOptions): string[] {
  const { outDir, base } = options;
  const pages = readOutputOnce(outDir, base);
  const blocked = pages.flatMap((p) => blockedInlineCode(p).map((message) => `  ${p.url}: ${message}`));
  if (blocked.length) {
    throw new Error(
      `${blocked.length} inline script or style would be blocked by the Content-Security-Policy — nothing was published:\n${blocked.join('\n')}`,
    );
  }
  const headers = securityHeaders({
    indexable: options.indexable,
    scriptHashes: pages.flatMap((p) => p.inlineScripts.map(cspHash)),
    styleHashes: pages.flatMap((p) => p.inlineStyles.map(cspHash)),
    styleAttributeHashes: pages.flatMap((p) => p.styleAttributes.map(cspHash)),
  });
  writeFileSync(join(outDir, HOST_FILES.netlify), netlifyHeaders(headers, base));
  writeFileSync(join(outDir, HOST_FILES.nginx), nginxHeaders(headers, base));
  writeFileSync(join(outDir, HOST_FILES.iis), iisWebConfig(headers, base));
  writeFileSync(join(outDir, HOST_FILES.azure), azureStaticWebAppConfig(headers, base));
  writeFileSync(join(outDir, 'robots.txt'), robotsTxt(options));
  return [...Object.values(HOST_FILES), 'robots.txt'];
}

export function securityHeaderFiles(options: SecurityHeaderOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'leerhuis:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:start': () => forgetOutput(),
      'astro:build:done': ({ dir, logger }) => {
        if (inPagesStage()) return; // `npm run build` writes them itself, after the output check
        const written = writeHeaderFiles({ ...options, outDir: fileURLToPath(dir), base });
        logger.info(`wrote ${written.join(', ')}`);
      },
    },
  };
}
