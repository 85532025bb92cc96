import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { cmsAdmin } from './src/integrations/cms.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { devDataStore } from './src/integrations/dev-data-store.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { outputCheck } from './src/integrations/output-check.ts';
import { securityHeaderFiles } from './src/integrations/security-headers.ts';
import { siteLogoRoute } from './src/integrations/site-logo.ts';
import { astroCsp } from './src/lib/security-headers.ts';
import { contentDirFromEnv } from './src/lib/project-paths.ts';
import { gitOrigins, readSiteSettings, siteBase, siteLogo } from './src/lib/site-settings.ts';
import { rebaseLinksPlugin } from './src/lib/urls.ts';

const contentDir = contentDirFromEnv();
const settings = readSiteSettings(contentDir);
const base = siteBase(settings);
// Each content folder (sample, fixtures, benchmarks) keeps its own build cache.
const defaultContent = contentDir === resolve('content');
const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 10);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  base,
  site: settings.url,
  outDir: process.env.LEERHUIS_OUT || './dist',
  cacheDir:
    process.env.LEERHUIS_CACHE ||
    (defaultContent ? './node_modules/.astro' : `./node_modules/.astro/sites/${cacheKey}`),
  trailingSlash: 'always',
  // Stylesheets as files, never inline: cacheable, and no inline styles for the CSP to allow.
  // Sixteen pages in flight: while pages are being written, the next ones render (with one at
  // a time the renderer waited on the disk for about a third of the time; `npm run bench`).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // Sätteri (Astro's default processor), plus one HAST plugin: root-relative links in content
  // (`/opleidingen/x/`) get the base path, so content never needs to know where the site lives.
  // No Shiki: its inline styles would need 'unsafe-inline' in the Content-Security-Policy.
  markdown: { processor: satteri({ hastPlugins: [rebaseLinksPlugin(base)] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site (about 5 KB gzipped): one request, cached for every page.
  // Scripts stay files, however small (the bookmark button's is under 2 KB): cached once for
  // every page, and no inline code for the Content-Security-Policy to allow.
  vite: {
    build: {
      cssCodeSplit: false,
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // A Content-Security-Policy <meta> in every page; the same values go into the header files.
  security: { csp: astroCsp() },
  integrations: [
    contentCheck(contentDir),
    siteLogoRoute(siteLogo(contentDir, settings)),
    devDataStore(),
    mdx(),
    searchIndex({ language: settings.defaultLocale }),
    // The web editor at /admin/, its configuration generated from the schemas.
    cmsAdmin(contentDir),
    // After the search index: check every link in the output, then write the header files.
    outputCheck(contentDir),
    securityHeaderFiles({ indexable: settings.indexable, gitOrigins: gitOrigins(settings.cms) }),
  ],
});
