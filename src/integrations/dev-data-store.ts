/**
 * `npm run dev` on a large site: how the pages get Astro's content data store.
 *
 * In the dev server Astro keeps every entry (data and rendered HTML: 46 MB of JSON at 10,000
 * entries) in `.astro/data-store.json` and hands it to the pages as one virtual module whose
 * source is the whole file as a string literal: `export default JSON.parse("…46 MB…")`. After
 * every saved change Vite parses and transforms those 46 MB of code and V8 compiles them
 * again: about 4 s of one core at 10,000 entries, before the changed page can render.
 *
 * This plugin gives that module (dev only, default single-file storage only) a source of two
 * lines that reads the same file when it runs. The pages get exactly the same value; Astro
 * still writes the file, watches it and invalidates the module as before. Measured by
 * `npm run bench` (dev edit-to-visible); tests/build/dev-server.test.ts checks that a change
 * reaches its page and the pages that show it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the data-store module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module's source: the store file, read and parsed when the module is evaluated. */
export function dataStoreModule(file: string): string {
  const path = JSON.stringify(file);
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    // As Astro's own module: an empty store until the first sync has written the file.
    `export default existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map();`,
  ].join('\n');
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
  };
}

export function devDataStore(): AstroIntegration {
  return {
    name: 'leerhuis:dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Chunked storage is a module of another shape: left to Astro.
        if (command !== 'dev' || config.experimental.collectionStorage !== 'single-file') return;
        // Where Astro's dev server keeps the store (astro/dist/content/paths.js: getDataStoreFile).
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({ vite: { plugins: [dataStorePlugin(file)] } });
      },
    },
  };
}
