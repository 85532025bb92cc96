/** The `getStaticPaths` of every entry route: one page per published entry, the entry as its prop. */
import type { CollectionName } from '../schemas/index.ts';
import { catalog, type Entry } from '../data/catalog.ts';

/** `export const getStaticPaths = entryPaths('blog') satisfies GetStaticPaths;` */
export function entryPaths<C extends CollectionName>(collection: C) {
  return async () =>
    ((await catalog()).entries[collection] as Entry<C>[]).map((entry) => ({
      params: { id: entry.id },
      props: { entry },
    }));
}
