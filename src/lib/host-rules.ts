/**
 * What every host must know about the built site's files, defined once and written out per
 * host by `host-files.ts`: how long browsers may keep each file, which type it is served as,
 * and which types are worth compressing.
 */

/** Hashed file names never change content: a year, and no revalidation on reload. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (pages, Pagefind's entry file and scripts, the theme, the logo, feeds) may be
 * stored but is revalidated on every use, a cheap 304 with the ETag. A deploy is therefore seen
 * on the next page view, and a page never meets the assets of another build.
 */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Folders (under the base path) whose files carry a content hash in their name: Astro's
 * scripts, styles and images, and Pagefind's index chunks, filters and fragments. Pagefind's
 * `pagefind.js`, worker, WebAssembly and `pagefind-entry.json` keep their names from build to
 * build, so they stay in the revalidated class.
 */
export const HASHED_FOLDERS = [
  '_astro/',
  'pagefind/index/',
  'pagefind/filter/',
  'pagefind/fragment/',
] as const;

/** A file type the site serves: its MIME type and whether compressing it pays off. */
export interface FileType {
  type: string;
  /** Text that shrinks with gzip or Brotli; false for images and already compressed data. */
  compress: boolean;
}

const text = (type: string): FileType => ({ type, compress: true });
const binary = (type: string): FileType => ({ type, compress: false });

/**
 * Every extension the build writes, and the common ones content may link to. Hosts that do not
 * know a type refuse the file (IIS) or send it as a download (nginx without `types`); Pagefind's
 * own files are already compressed by Pagefind.
 */
export const FILE_TYPES: Record<string, FileType> = {
  html: text('text/html'),
  css: text('text/css'),
  js: text('text/javascript'),
  mjs: text('text/javascript'),
  json: text('application/json'),
  webmanifest: text('application/manifest+json'),
  svg: text('image/svg+xml'),
  xml: text('application/xml'),
  rss: text('application/rss+xml'),
  atom: text('application/atom+xml'),
  ics: text('text/calendar'),
  txt: text('text/plain'),
  csv: text('text/csv'),
  yml: text('text/yaml'),
  wasm: text('application/wasm'),
  png: binary('image/png'),
  jpg: binary('image/jpeg'),
  jpeg: binary('image/jpeg'),
  gif: binary('image/gif'),
  webp: binary('image/webp'),
  avif: binary('image/avif'),
  ico: binary('image/x-icon'),
  woff2: binary('font/woff2'),
  pdf: binary('application/pdf'),
  pagefind: binary('application/octet-stream'),
  pf_meta: binary('application/octet-stream'),
  pf_index: binary('application/octet-stream'),
  pf_fragment: binary('application/octet-stream'),
  pf_filter: binary('application/octet-stream'),
};

/** Types sent with `; charset=utf-8`: every text type (the build writes UTF-8 only). */
export const charsetTypes = (): string[] => [
  ...new Set(
    Object.values(FILE_TYPES)
      .filter((t) => t.compress && t.type !== 'application/wasm')
      .map((t) => t.type),
  ),
];

/** Types worth compressing, once each, in table order. */
export const compressibleTypes = (): string[] => [
  ...new Set(
    Object.values(FILE_TYPES)
      .filter((t) => t.compress)
      .map((t) => t.type),
  ),
];

/** The MIME type a host should send for a file name, or undefined when the table has none. */
export function fileType(name: string): FileType | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || name.lastIndexOf('/') > dot) return undefined;
  return FILE_TYPES[name.slice(dot + 1).toLowerCase()];
}

/** The Cache-Control value for a path under the site (`_astro/x.css`, `blog/welkom/`). */
export function cacheControl(sitePath: string): string {
  const path = sitePath.replace(/^\/+/, '');
  return HASHED_FOLDERS.some((folder) => path.startsWith(folder)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
