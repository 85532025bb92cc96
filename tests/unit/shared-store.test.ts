/**
 * The loader wrapper that shares each collection's store with `npm run dev`'s pages
 * (src/integrations/shared-store.ts): the pages learn of a real change at once, not of an
 * unchanged save, and a change that brings a new image is left to Astro (which must first
 * write its image module). The dev server itself is tested in tests/build/dev-server.test.ts.
 */
import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';

type DataEntry = NonNullable<ReturnType<DataStore['get']>>;
import { afterEach, expect, test } from 'vitest';
import { shareStore, sharedStores } from '../../src/integrations/shared-store.ts';

/** A store with Astro's rule for `set`: an entry with the same digest is no change. */
function memoryStore(): DataStore {
  const entries = new Map<string, DataEntry>();
  return {
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    entries: () => [...entries],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    set: (entry: DataEntry) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => undefined,
  };
}

const state = sharedStores();
afterEach(() => {
  state.stores.clear();
  state.changed = undefined;
  state.holdSave = undefined;
});

/** Runs a wrapped loader once and hands back the store it was given. */
async function load(): Promise<{ store: DataStore; meta: string[] }> {
  const meta: string[] = [];
  let given: DataStore | undefined;
  const loader = shareStore({
    name: 'test',
    load: async ({ store }) => {
      given = store;
    },
  });
  const metaStore: MetaStore = {
    get: () => undefined,
    set: (key) => void meta.push(key),
    has: () => false,
    delete: () => undefined,
  };
  await loader.load({
    collection: 'opleidingen',
    store: memoryStore(),
    meta: metaStore,
  } as unknown as LoaderContext);
  return { store: given!, meta };
}

test('the pages read the loader store, and hear of a changed, added or removed entry', async () => {
  const { store } = await load();
  let changes = 0;
  state.changed = () => changes++;
  expect(state.stores.get('opleidingen')).toBe(store);

  store.set({ id: 'excel', data: { title: 'Excel' }, digest: 'a' });
  expect(changes).toBe(1);
  // Saved again without a change (same digest): nothing to tell.
  expect(store.set({ id: 'excel', data: { title: 'Excel' }, digest: 'a' })).toBe(false);
  expect(changes).toBe(1);
  store.set({ id: 'excel', data: { title: 'Excel voor iedereen' }, digest: 'b' });
  expect(changes).toBe(2);
  expect(state.stores.get('opleidingen')?.get('excel')?.data).toEqual({ title: 'Excel voor iedereen' });
  store.delete('excel');
  expect(changes).toBe(3);
  expect(state.stores.get('opleidingen')?.has('excel')).toBe(false);
});

test('a change that brings a new image is left to Astro; the same images are not', async () => {
  const { store } = await load();
  let changes = 0;
  state.changed = () => changes++;
  store.set({ id: 'welkom', data: {}, digest: 'a', assetImports: ['./omslag.jpg'] });
  expect(changes).toBe(0);
  store.set({ id: 'welkom', data: { title: 'Welkom' }, digest: 'b', assetImports: ['./omslag.jpg'] });
  expect(changes).toBe(1);
  store.set({ id: 'welkom', data: {}, digest: 'c', assetImports: ['./nieuw.jpg'] });
  expect(changes).toBe(1);
});

test("holding Astro's save writes a meta value of the loader", async () => {
  const { meta } = await load();
  state.holdSave?.();
  state.holdSave?.();
  expect(meta).toEqual(['leerhuis:hold-save', 'leerhuis:hold-save']);
});
