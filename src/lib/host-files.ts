/**
 * The configuration files the build writes beside the site, one per kind of host, from one set
 * of values: the security headers (`security-headers.ts`) and the cache rules and file types
 * (`host-rules.ts`). Each carries the headers on every response, a year of caching for hashed
 * file names and revalidation for everything else, the 404 page and the file types the host
 * would not know; the guide (docs/hosting.md) says where each goes.
 */
import { ADMIN_PATH } from './security-headers.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  charsetTypes,
  compressibleTypes,
  FILE_TYPES,
  HASHED_FOLDERS,
} from './host-rules.ts';

/** Files the build writes beside the site that are configuration, not pages. */
export const HOST_FILES = {
  netlify: '_headers',
  nginx: 'nginx-headers.conf',
  iis: 'web.config',
  azure: 'staticwebapp.config.json',
} as const;

type Headers = readonly (readonly [name: string, value: string])[];

/** The web editor's own headers (`adminSecurityHeaders`), for sites that have one at `/admin/`. */
export interface AdminRules {
  /** Every header of the editor's files, its own policy among them. */
  headers: Headers;
  /** The names at the top of the output (`blog/`, `index.html`), the editor's folder among them. */
  topLevel: readonly string[];
}

/** The editor's headers that differ from the site's (its policy, opener policy; noindex on an indexable site). */
const differing = (site: Headers, admin: Headers) =>
  admin.filter(([name, value]) => site.find(([n]) => n === name)?.[1] !== value);

/**
 * `_headers` for Netlify and Cloudflare Pages. Both join the values of a header that several
 * rules set, so `Cache-Control` appears only on the hashed folders; every other file keeps the
 * hosts' default (`max-age=0, must-revalidate`), which revalidates like CACHE_REVALIDATE.
 */
export function netlifyHeaders(headers: Headers, base: string, admin?: AdminRules): string {
  if (!admin)
    return [
      '# Headers for Netlify and Cloudflare Pages, written by the Leerhuis build.',
      '/*',
      ...headers.map(([name, value]) => `  ${name}: ${value}`),
      '',
      ...cacheRules(base),
    ].join('\n');
  // Both hosts join the values of a header that several rules set, and two policies would both
  // apply: the headers the editor has its own values for go on every top-level entry but its folder.
  const own = new Set(differing(headers, admin.headers).map(([name]) => name));
  const line = ([name, value]: readonly [string, string]) => `  ${name}: ${value}`;
  const paths = [
    base,
    ...admin.topLevel
      .filter((name) => name !== ADMIN_PATH)
      .map((name) => `${base}${name}${name.endsWith('/') ? '*' : ''}`),
  ];
  return [
    '# Headers for Netlify and Cloudflare Pages, written by the Leerhuis build.',
    '/*',
    ...headers.filter(([name]) => !own.has(name)).map(line),
    '',
    "# The public pages' own values, on every top-level entry except the web editor.",
    ...paths.flatMap((path) => [
      path,
      ...headers.filter(([name]) => own.has(name)).map(line),
      // One block per path: a hashed folder at the top (`_astro/`) gets its cache rule here.
      ...(cached(base).includes(path) ? [`  Cache-Control: ${CACHE_IMMUTABLE}`] : []),
    ]),
    '',
    '# The web editor (Decap CMS): its own policy (docs/hosting.md).',
    `${base}${ADMIN_PATH}*`,
    ...admin.headers.filter(([name]) => own.has(name)).map(line),
    '',
    ...cacheRules(base, paths),
  ].join('\n');
}

const cached = (base: string) => HASHED_FOLDERS.map((folder) => `${base}${folder}*`);

/** The cache rules of the hashed folders, but for paths that have a block already (`done`). */
function cacheRules(base: string, done: readonly string[] = []): string[] {
  return [
    '# File names with a content hash: cached for a year.',
    ...cached(base)
      .filter((path) => !done.includes(path))
      .flatMap((path) => [path, `  Cache-Control: ${CACHE_IMMUTABLE}`]),
    '',
  ];
}

const nginxQuote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** nginx `types` lines: one per MIME type, with all its extensions. */
function nginxTypes(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, { type }] of Object.entries(FILE_TYPES))
    byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`);
}

/** The lines that show how to use the snippet, with the site's own base path. */
function nginxUsage(base: string): string[] {
  const at =
    base === '/'
      ? { location: '/', dir: 'root /srv/leerhuis/current;' }
      : { location: base, dir: 'alias /srv/leerhuis/current/;' };
  return [
    ...(base === '/'
      ? []
      : [`#   location = ${base.slice(0, -1)} { absolute_redirect off; return 301 ${base}; }`]),
    `#   location ${at.location} {`,
    `#       ${at.dir}`,
    `#       include /srv/leerhuis/current/${HOST_FILES.nginx};`,
    '#   }',
  ];
}

/**
 * An nginx snippet to `include` inside the `location` that serves the site. It sets the file
 * types (a `types` block replaces mime.types for that location), compression, the headers,
 * the cache rules and the 404 page. nginx drops inherited `add_header` lines in a block with
 * its own, so the nested locations for hashed files set only a variable and add no headers:
 * whatever reaches the site's location (this snippet, and headers the server adds next to
 * the include) reaches every file.
 */
export function nginxHeaders(headers: Headers, base: string, admin?: AdminRules): string {
  const hidden = Object.values(HOST_FILES).map(regexEscape).join('|');
  return [
    `# nginx configuration for the Leerhuis site under ${base}, written by the Leerhuis build.`,
    '# Include it with its absolute path (nginx resolves a relative one under its own folder,',
    '# such as /etc/nginx/) inside the location that serves the site:',
    '#',
    ...nginxUsage(base),
    '#',
    '# add_header lines of the server block (HSTS, for one) are not inherited by a location that',
    '# has its own, as this one has: repeat them inside the location, next to the include.',
    '',
    '# File types (this list replaces mime.types here), sent as UTF-8 where they are text',
    '# (text/html always is).',
    'types {',
    ...nginxTypes(),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${charsetTypes()
      .filter((type) => type !== 'text/html')
      .join(' ')};`,
    '',
    '# Compression of text (text/html is always included). Pagefind compresses its own files.',
    'gzip on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 5;',
    'gzip_min_length 256;',
    `gzip_types ${compressibleTypes()
      .filter((type) => type !== 'text/html')
      .join(' ')};`,
    '',
    '# Security headers, on every response including error pages.',
    ...headers.map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`),
    '',
    '# Caching: file names with a content hash for a year, everything else revalidated on each use.',
    `set $leerhuis_cache_control ${nginxQuote(CACHE_REVALIDATE)};`,
    'add_header Cache-Control $leerhuis_cache_control always;',
    ...HASHED_FOLDERS.map(
      (folder) =>
        `location ^~ ${base}${folder} { set $leerhuis_cache_control ${nginxQuote(CACHE_IMMUTABLE)}; }`,
    ),
    '',
    ...(admin
      ? [
          '# The web editor (Decap CMS): its own policy (docs/hosting.md). A location with add_header',
          '# lines inherits none, so this one repeats them all.',
          `location ^~ ${base}${ADMIN_PATH} {`,
          ...admin.headers.map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`),
          // The parent's `set` does not run in a nested location: the editor's files are revalidated.
          `    add_header Cache-Control ${nginxQuote(CACHE_REVALIDATE)} always;`,
          '}',
          '',
        ]
      : []),
    `error_page 404 ${base}404.html;`,
    '# Redirects nginx makes itself (a folder without its slash) stay on the address the browser used.',
    'absolute_redirect off;',
    '# The configuration files in the output are not pages.',
    `location ~ ^${regexEscape(base)}(?:${hidden})$ { set $leerhuis_cache_control ${nginxQuote(CACHE_REVALIDATE)}; return 404; }`,
    '',
  ].join('\n');
}

const xmlAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `web.config` for IIS (and Azure App Service on Windows): headers, cache rules per folder,
 * file types IIS does not know (without them it answers 404, Pagefind's index files among
 * them), static compression and the 404 page. Which types IIS compresses is a server-wide
 * setting a `web.config` may not change; the guide gives the commands.
 */
export function iisWebConfig(headers: Headers, base: string, admin?: AdminRules): string {
  const line = (text: string, depth: number) => `${'  '.repeat(depth)}${text}`;
  // Each header replaces what IIS or a parent folder already sends under its name.
  const customHeaders = (list: Headers, depth: number) =>
    list.flatMap(([name, value]) => [
      line(`<remove name="${name}" />`, depth),
      line(`<add name="${name}" value="${xmlAttribute(value)}" />`, depth),
    ]);
  const types = Object.entries(FILE_TYPES).filter(([ext]) => ext !== 'html');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- IIS configuration for the Leerhuis site, written by the Leerhuis build. -->',
    '<configuration>',
    line('<system.webServer>', 1),
    line('<httpProtocol>', 2),
    line('<customHeaders>', 3),
    line('<remove name="X-Powered-By" />', 4),
    ...customHeaders(headers, 4),
    line('</customHeaders>', 3),
    line('</httpProtocol>', 2),
    line('<staticContent>', 2),
    line('<!-- Revalidated on every use (Cache-Control: no-cache); hashed folders below: a year. -->', 3),
    line('<clientCache cacheControlMode="DisableCache" />', 3),
    ...types.flatMap(([ext, { type }]) => [
      line(`<remove fileExtension=".${ext}" />`, 3),
      line(`<mimeMap fileExtension=".${ext}" mimeType="${type}" />`, 3),
    ]),
    line('</staticContent>', 2),
    line('<urlCompression doStaticCompression="true" doDynamicCompression="false" />', 2),
    line('<httpErrors errorMode="Custom" existingResponse="Replace">', 2),
    line('<remove statusCode="404" />', 3),
    line(`<error statusCode="404" path="${xmlAttribute(base)}404.html" responseMode="ExecuteURL" />`, 3),
    line('</httpErrors>', 2),
    line('</system.webServer>', 1),
    ...HASHED_FOLDERS.flatMap((folder) => [
      line(`<location path="${xmlAttribute(folder.replace(/\/$/, ''))}">`, 1),
      line('<system.webServer>', 2),
      line('<staticContent>', 3),
      line(
        '<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
        4,
      ),
      line('</staticContent>', 3),
      line('</system.webServer>', 2),
      line('</location>', 1),
    ]),
    ...(admin
      ? [
          line('<!-- The web editor (Decap CMS): its own policy (docs/hosting.md). -->', 1),
          line(`<location path="${xmlAttribute(ADMIN_PATH.replace(/\/$/, ''))}">`, 1),
          line('<system.webServer>', 2),
          line('<httpProtocol>', 3),
          line('<customHeaders>', 4),
          ...customHeaders(differing(headers, admin.headers), 5),
          line('</customHeaders>', 4),
          line('</httpProtocol>', 3),
          line('</system.webServer>', 2),
          line('</location>', 1),
        ]
      : []),
    '</configuration>',
    '',
  ].join('\n');
}

/**
 * `staticwebapp.config.json` for Azure Static Web Apps: headers on every response (a route's
 * headers replace global ones of the same name), the cache rules, Pagefind's file types, the
 * 404 page and the redirect to a folder's address with its slash. The host compresses itself.
 */
export function azureStaticWebAppConfig(headers: Headers, base: string, admin?: AdminRules): string {
  const config = {
    trailingSlash: 'auto',
    globalHeaders: { ...Object.fromEntries(headers), 'Cache-Control': CACHE_REVALIDATE },
    routes: [
      ...HASHED_FOLDERS.map((folder) => ({
        route: `${base}${folder}*`,
        headers: { 'Cache-Control': CACHE_IMMUTABLE },
      })),
      // The web editor: its own policy (docs/hosting.md).
      ...(admin
        ? [{ route: `${base}${ADMIN_PATH}*`, headers: Object.fromEntries(differing(headers, admin.headers)) }]
        : []),
    ],
    responseOverrides: { '404': { rewrite: `${base}404.html` } },
    mimeTypes: Object.fromEntries(
      Object.entries(FILE_TYPES)
        .filter(([ext]) => ext !== 'html')
        .map(([ext, { type }]) => [`.${ext}`, type]),
    ),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
