/**
 * The benchmark's floor: the same Markdown bodies as the Leerhuis site through a bare Astro
 * site (one layout, one page per file) so `npm run bench` can report Leerhuis / floor.
 * Built by scripts/bench/floor-build.ts; never part of the Leerhuis site.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_FLOOR_OUT || './dist',
  cacheDir: process.env.BENCH_FLOOR_CACHE || './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  experimental: { incrementalBuild: process.env.BENCH_FLOOR_INCREMENTAL === '1' },
});
