/** Addresses the site builds itself; a free page may not take one of them. */
import { COLLECTION_NAMES, collections } from '../schemas/index.ts';

/** First path segments owned by the site (collection lists, tools, search, assets). */
export const RESERVED_ROUTES: ReadonlySet<string> = new Set([
  ...COLLECTION_NAMES.map((c) => collections[c].route).filter(Boolean),
  'tags',
  'zoeken',
  'instrumenten',
  'feeds',
  '404',
  'pagefind',
  '_astro',
]);
