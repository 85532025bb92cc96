/**
 * `npm run dev` on a large site: how the pages get Astro's content data store.
 *
 * In the dev server Astro keeps every entry (data and rendered HTML: 46 MB of JSON at 10,000
 * entries) in `.astro/data-store.json` and hands it to the pages as one virtual module whose
 * source is the whole file as a string literal: `export default JSON.parse("…46 MB…")`. After a
 * saved change it waits 500 ms for more changes, serialises the whole store, writes it and only
 * then invalidates that module, which Vite transforms and V8 compiles again: seconds at 10,000
 * entries before the changed page can render.
 *
 * This plugin (dev only, default single-file storage only) gives that module a source of a few
 * lines instead. Each collection's loader shares its store with it (`shareStore` in
 * shared-store.ts): the module builds the same collections map from the dev server's
 * in-memory store, without reading, parsing or copying any file, and a changed entry
 * invalidates it at once (Astro's own invalidation after the write follows as before). The
 * pages that answer right after a change hold Astro's write until they are done, so that its
 * serialisation does not stand between the editor and the change. Before the loaders have run
 * it reads the file as Astro would. `npm run build` is untouched: it never uses this plugin.
 *
 * Measured by `npm run bench` (dev edit-to-visible); tests/build/dev-server.test.ts checks that
 * a change reaches its page and, on their next request, the pages that show it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { SHARED_STORES, sharedStores } from './shared-store.ts';

/** How long after a change the pages' requests may hold Astro's write of its store file. */
const HOT_MS = 5000;

/** Astro's resolved id of the data-store module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module's source: the loaders' stores in memory, else the store file as Astro writes it. */
export function dataStoreModule(file: string): string {
  const path = JSON.stringify(file);
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    // liveCollections, inlined: this module runs in the pages' module runner.
    `const stores = globalThis[Symbol.for(${JSON.stringify(SHARED_STORES)})]?.stores;`,
    'const live = stores?.size ? new Map([...stores].map(([name, store]) => [name, new Map(store.entries())])) : undefined;',
    // As Astro's own module: an empty store until the first sync has written the file.
    `export default live ?? (existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map());`,
  ].join('\n');
}

/** What Astro does when its store file was written (vite-plugin-content-virtual-mod.js: invalidateDataStore). */
function invalidateDataStore(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const name of ['ssr', 'prerender']) {
    const environment = server.environments[name];
    if (!environment) continue;
    const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(DATA_STORE_MODULE);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
    // Clears Astro's cache of getStaticPaths results.
    environment.hot.send('astro:content-changed', {});
  }
  server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

function dataStorePlugin(file: string): Plugin {
  return {
    name: 'leerhuis:dev-data-store',
    apply: 'serve',
    load: {
      // Before Astro's own loader of the same module.
      order: 'pre',
      handler(id) {
        return id === DATA_STORE_MODULE ? { code: dataStoreModule(file), map: { mappings: '' } } : undefined;
      },
    },
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let hotUntil = 0;
      // A loader sets its entries one by one: one invalidation for what changed together.
      sharedStores().changed = () => {
        hotUntil = Date.now() + HOT_MS;
        clearTimeout(timer);
        timer = setTimeout(() => invalidateDataStore(server), 20);
      };
      // Astro writes its store file 500 ms after a change, serialising every entry on the
      // server's only thread: seconds at 10,000 entries, in which no page answers. Requests
      // that follow a change (the page reloading in the browser) hold that write while they
      // are answered and until 500 ms after, so it runs once the editor sees the change. Never
      // for requests later than HOT_MS after the last change (a restart reads changed files
      // by their digest anyway, so a later write loses nothing).
      let inFlight = 0;
      let holding: ReturnType<typeof setInterval> | undefined;
      const hold = () => sharedStores().holdSave?.();
      server.middlewares.use((_request, response, next) => {
        if (Date.now() < hotUntil) {
          inFlight++;
          hold();
          // More often than Astro's 500 ms: its timer never runs out while pages render.
          holding ??= setInterval(hold, 200);
          response.once('close', () => {
            hold();
            if (--inFlight > 0) return;
            clearInterval(holding);
            holding = undefined;
          });
        }
        next();
      });
      server.httpServer?.once('close', () => {
        clearTimeout(timer);
        clearInterval(holding);
        sharedStores().changed = undefined;
      });
    },
  };
}

/** How long after a content file's last change it is read once more. */
const SETTLE_MS = 300;
const CONTENT_FILE = /\.(md|mdx|ya?ml)$/i;

/**
 * Reads a saved content file once more when the saving has settled. An editor that writes in
 * place empties the file, then writes it: on a busy machine Astro's loader can read it empty
 * in between ("title: moet tekst zijn", every field missing) and the file watcher then reports
 * no further change, so the preview kept the old page. The watcher's event is sent again
 * SETTLE_MS after the last one; an unchanged file is a no-op for the loader.
 */
function settledReadPlugin(): Plugin {
  return {
    name: 'leerhuis:dev-settled-read',
    apply: 'serve',
    configureServer(server) {
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      let again: string | undefined;
      const onChange = (path: string) => {
        if (path === again || !CONTENT_FILE.test(path) || path.includes('node_modules')) return;
        clearTimeout(timers.get(path));
        timers.set(
          path,
          setTimeout(() => {
            timers.delete(path);
            again = path;
            try {
              server.watcher.emit('change', path);
            } finally {
              again = undefined;
            }
          }, SETTLE_MS),
        );
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.httpServer?.once('close', () => {
        for (const timer of timers.values()) clearTimeout(timer);
      });
    },
  };
}

export function devDataStore(): AstroIntegration {
  return {
    name: 'leerhuis:dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [settledReadPlugin()] } });
        // Chunked storage is a module of another shape: left to Astro.
        if (config.experimental.collectionStorage !== 'single-file') return;
        // Where Astro's dev server keeps the store (astro/dist/content/paths.js: getDataStoreFile).
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({ vite: { plugins: [dataStorePlugin(file)] } });
      },
    },
  };
}
