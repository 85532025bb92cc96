/** Astro's content collections, built from the one registry in `src/schemas/`. */
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  collections as defs,
  type CollectionName,
  makeBlogSchema,
  makeExpertSchema,
} from './schemas/index.ts';
import { contentDirFromEnv } from './lib/project-paths.ts';
import { shareStore } from './integrations/shared-store.ts';

const contentDir = contentDirFromEnv();

/**
 * Entries of one collection folder; ids are file names, unique across folders (checked). In
 * `npm run dev` the pages read them from the loader's store in memory (shareStore).
 */
const loader = (name: CollectionName) =>
  shareStore(
    glob({
      pattern: '**/[^_.]*.{md,mdx}',
      base: pathToFileURL(join(contentDir, name) + '/'),
      generateId: ({ entry }) => basename(entry, extname(entry)),
      // Pages render the stored HTML and never read the raw Markdown: leaving it out of the data
      // store makes the store (and the module Astro bundles it into) about 40 % smaller.
      retainBody: false,
    }),
  );

// Spelled out per collection so that each keeps its own inferred data type.
export const collections = {
  // Image fields become optimised images on the Astro side (same schema, Astro's image()).
  blog: defineCollection({ loader: loader('blog'), schema: ({ image }) => makeBlogSchema(image) }),
  leerverhalen: defineCollection({ loader: loader('leerverhalen'), schema: defs.leerverhalen.schema }),
  opleidingen: defineCollection({ loader: loader('opleidingen'), schema: defs.opleidingen.schema }),
  experts: defineCollection({ loader: loader('experts'), schema: ({ image }) => makeExpertSchema(image) }),
  competenties: defineCollection({ loader: loader('competenties'), schema: defs.competenties.schema }),
  functies: defineCollection({ loader: loader('functies'), schema: defs.functies.schema }),
  instrumenten: defineCollection({ loader: loader('instrumenten'), schema: defs.instrumenten.schema }),
  paginas: defineCollection({ loader: loader('paginas'), schema: defs.paginas.schema }),
};
