/**
 * Runs Pagefind's own browser search (`pagefind.js` + WebAssembly from a built bundle) in Node,
 * so relevance can be measured without a browser. `fetch` is served from the built folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchData, SearchPageConfig } from '../../src/lib/search-page.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy: () => Promise<void>;
}

const roots = new Map<string, string>();
let instances = 0;
const nativeFetch = globalThis.fetch;

function installFetch() {
  if (globalThis.fetch !== nativeFetch) return;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input instanceof Request ? input.url : input).split('?')[0]!;
    for (const [prefix, dir] of roots) {
      if (path.startsWith(prefix)) return new Response(await readFile(join(dir, path.slice(prefix.length))));
    }
    return nativeFetch(input, init);
  }) as typeof fetch;
}

export interface NodeSearch {
  /** Result URLs (site-relative, like `opleidingen/excel-basis/`), best first. */
  urls: (query: string, options?: Record<string, unknown>) => Promise<string[]>;
  raw: PagefindModule;
}

/**
 * Opens the bundle `<siteDir>/<bundle>/` with the given search options (e.g. `{ ranking }`).
 * Each call gets its own module instance, so two bundles can be compared side by side.
 */
export async function openSearch(
  siteDir: string,
  bundle = 'pagefind',
  options: Record<string, unknown> = {},
): Promise<NodeSearch> {
  installFetch();
  const prefix = `/__search${++instances}/`;
  roots.set(prefix, siteDir);
  const href = `${pathToFileURL(join(siteDir, bundle, 'pagefind.js')).href}?instance=${instances}`;
  const raw = (await import(href)) as PagefindModule;
  await raw.options({ basePath: `${prefix}${bundle}/`, baseUrl: '/', ...options });
  return {
    raw,
    urls: async (query, searchOptions = {}) => {
      const response = await raw.search(query, searchOptions);
      const data = await Promise.all(response.results.map((r) => r.data()));
      return data.map((d) => d.url.replace(/^\/+/, ''));
    },
  };
}

/** The search page's configuration and fetched data, read from a built site. */
export async function siteSearchData(
  siteDir: string,
): Promise<{ config: SearchPageConfig; data: SearchData }> {
  const html = await readFile(join(siteDir, 'zoeken', 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="search-config">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${siteDir}/zoeken/index.html has no #search-config block`);
  const config = JSON.parse(json) as SearchPageConfig;
  const dataPath = config.labelsUrl.slice(config.baseUrl.length);
  const data = JSON.parse(await readFile(join(siteDir, dataPath), 'utf8')) as SearchData;
  return { config, data };
}
