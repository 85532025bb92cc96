/**
 * The `getStaticPaths` of every entry route: one page per published entry, the entry as its
 * prop (and in `npm run dev` the previews of unpublished entries, see `pageEntries`).
 */
import type { CollectionName } from '../schemas/index.ts';
import { catalog, pageEntries } from '../data/catalog.ts';

/** `export const getStaticPaths = entryPaths('blog') satisfies GetStaticPaths;` */
export function entryPaths<C extends CollectionName>(collection: C) {
  return async () =>
    pageEntries(await catalog(), collection).map((entry) => ({
      params: { id: entry.id },
      props: { entry },
    }));
}
