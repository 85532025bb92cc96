/**
 * Each collection's loader shares its store with the dev server's data-store module
 * (dev-data-store.ts), so that the pages of `npm run dev` read the entries from memory and a
 * changed entry reaches them at once. Used by src/content.config.ts; in a build nobody reads
 * the shared stores.
 */
import type { DataStore, Loader } from 'astro/loaders';

/**
 * The loaders' stores, shared across the module systems of one dev server process (the config,
 * the content config and the pages each load this file on their own): on `globalThis`.
 */
export interface SharedStores {
  stores: Map<string, DataStore>;
  /** Called (coalesced) when an entry changed; set by the dev server's integration. */
  changed?: () => void;
  /** Postpones Astro's next write of its store file by its debounce (500 ms) from now. */
  holdSave?: () => void;
}
/** The key (Symbol.for) on globalThis; dataStoreModule's source reads the stores under it. */
export const SHARED_STORES = 'leerhuis.devDataStore';
const KEY = Symbol.for(SHARED_STORES);
export const sharedStores = (): SharedStores =>
  ((globalThis as Record<symbol, SharedStores | undefined>)[KEY] ??= { stores: new Map() });

/** A meta value of no meaning: writing it restarts Astro's wait before saving the store. */
const HOLD_KEY = 'leerhuis:hold-save';

const sameImports = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Wraps a collection's loader so that the dev server's data-store module reads its entries from
 * memory and learns of a change at once. Harmless in a build: nothing reads the shared stores.
 */
export function shareStore(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { store } = context;
      const state = sharedStores();
      const notify = () => state.changed?.();
      const wrapped: DataStore = {
        ...store,
        set: (entry) => {
          const before = store.get(entry.id);
          const changed = store.set(entry);
          // A new image import must first reach Astro's own asset module (written with the
          // store): such a change takes Astro's path, which invalidates both.
          if (changed && sameImports(before?.assetImports, store.get(entry.id)?.assetImports)) notify();
          return changed;
        },
        delete: (key) => {
          store.delete(key);
          notify();
        },
        clear: () => {
          store.clear();
          notify();
        },
      };
      state.stores.set(context.collection, wrapped);
      // Any change to the store, its meta data included, restarts Astro's 500 ms wait before
      // it writes the whole store to disk (MutableDataStore#saveToDiskDebounced).
      state.holdSave = () => context.meta.set(HOLD_KEY, '');
      return loader.load({ ...context, store: wrapped });
    },
  };
}
