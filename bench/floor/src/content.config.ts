/** Every Markdown file of the benchmark's content folder, in one collection without a schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_FLOOR_CONTENT;
if (!base)
  throw new Error(
    'BENCH_FLOOR_CONTENT must name the content folder to build (scripts/bench/floor-build.ts sets it)',
  );

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*/**/*.md', base }) }),
};
