import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDirFromEnv } from './src/lib/project-paths.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';

const contentDir = contentDirFromEnv();
const settings = readSiteSettings(contentDir);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  base: process.env.LEERHUIS_BASE || settings.base,
  site: settings.url,
  outDir: process.env.LEERHUIS_OUT || './dist',
  cacheDir: process.env.LEERHUIS_CACHE || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentCheck(contentDir), mdx(), searchIndex({ language: settings.defaultLocale })],
});
