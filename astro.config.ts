import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDirFromEnv } from './src/lib/project-paths.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';

const contentDir = contentDirFromEnv();
const settings = readSiteSettings(contentDir);
// Each content folder (sample, fixtures, benchmarks) keeps its own build cache.
const defaultContent = contentDir === resolve('content');
const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 10);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  base: process.env.LEERHUIS_BASE || settings.base,
  site: settings.url,
  outDir: process.env.LEERHUIS_OUT || './dist',
  cacheDir: process.env.LEERHUIS_CACHE || (defaultContent ? './node_modules/.astro' : `./node_modules/.astro/sites/${cacheKey}`),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentCheck(contentDir), mdx(), searchIndex({ language: settings.defaultLocale })],
});
