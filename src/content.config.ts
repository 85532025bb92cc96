/** Astro's content collections, built from the one registry in `src/schemas/`. */
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_NAMES, collections as defs, type CollectionName } from './schemas/index.ts';
import { contentDirFromEnv } from './lib/project-paths.ts';

const contentDir = contentDirFromEnv();

const define = (name: CollectionName) =>
  defineCollection({
    loader: glob({
      pattern: '**/[^_.]*.{md,mdx}',
      base: pathToFileURL(join(contentDir, name) + '/'),
      // Ids are file names, unique across folders (checked), whatever subfolder holds them.
      generateId: ({ entry }) => basename(entry, extname(entry)),
    }),
    schema: defs[name].schema,
  });

export const collections = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, define(n)])) as Record<
  CollectionName,
  ReturnType<typeof define>
>;
