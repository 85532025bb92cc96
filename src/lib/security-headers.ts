/**
 * The site's security headers, defined once and written out for each kind of host:
 * `_headers` (Netlify, Cloudflare Pages), an nginx snippet and an IIS `web.config`.
 * The Content-Security-Policy allows only the site's own files, inline code only by hash,
 * and what Pagefind needs to search (WebAssembly, a worker).
 */
import { createHash } from 'node:crypto';
import { AGENDA_CALENDAR_PATH } from './urls.ts';

/** What varies per site and per build. */
export interface HeaderInput {
  /** site.yaml `indexable`; false (an intranet) adds `X-Robots-Tag: noindex`. */
  indexable: boolean;
  /** `sha256-…` of every inline script the site contains. */
  scriptHashes?: Iterable<string>;
  /** `sha256-…` of every inline `<style>` element. */
  styleHashes?: Iterable<string>;
  /** `sha256-…` of every `style="…"` attribute (Markdown table alignment, for one). */
  styleAttributeHashes?: Iterable<string>;
}

/** The hash a CSP source list uses for an inline script or style: `sha256-<base64>`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Style attributes Markdown itself writes (GFM table column alignment), allowed on every page. */
export const MARKDOWN_STYLE_ATTRIBUTES = [
  'text-align: left',
  'text-align: center',
  'text-align: right',
] as const;

/**
 * Directives beside `script-src` and `style-src`, valid both in a header and in the `<meta>`
 * Astro writes (`security.csp.directives`). Pagefind: `'wasm-unsafe-eval'` (script-src) runs
 * its WebAssembly, `worker-src 'self' blob:` its search worker.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Sources of `script-src` besides hashes. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives a `<meta>` policy cannot carry; they exist only in the headers. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

const quoted = (hashes: Iterable<string> | undefined) =>
  [...new Set(hashes ?? [])].sort().map((h) => `'${h}'`);

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(input: HeaderInput): string {
  const attributeHashes = quoted([
    ...(input.styleAttributeHashes ?? []),
    ...MARKDOWN_STYLE_ATTRIBUTES.map(cspHash),
  ]);
  return [
    ...CSP_DIRECTIVES,
    ['script-src', ...SCRIPT_SOURCES, ...quoted(input.scriptHashes)].join(' '),
    "style-src 'self'",
    ['style-src-elem', "'self'", ...quoted(input.styleHashes)].join(' '),
    ['style-src-attr', "'unsafe-hashes'", ...attributeHashes].join(' '),
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** What an intranet tells search engines, in the header as in the pages' robots meta tag. */
export const ROBOTS_NOINDEX = 'noindex, nofollow';

/** Every header, in the order they are written. */
export function securityHeaders(input: HeaderInput): [name: string, value: string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(input)],
    ['X-Content-Type-Options', 'nosniff'],
    // Intranet addresses can say more than they should: send them to the site itself only.
    ['Referrer-Policy', 'same-origin'],
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
    ],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (!input.indexable) headers.push(['X-Robots-Tag', ROBOTS_NOINDEX]);
  return headers;
}

/** iCalendar (the agenda's `.ics` files): what a calendar app expects, and what hosts must send. */
export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Files the build writes beside the site that are configuration, not pages. */
export const HEADER_FILES = { netlify: '_headers', nginx: 'nginx-headers.conf', iis: 'web.config' } as const;

/**
 * `_headers` for Netlify and Cloudflare Pages: every path under the site gets the headers.
 * Both hosts send `text/calendar` for `.ics` by themselves; the calendar that apps subscribe
 * to gets it spelled out (one exact path: their path patterns cannot select by extension).
 */
export function netlifyHeaders(headers: readonly [string, string][], base = '/'): string {
  return [
    '# Security headers for Netlify and Cloudflare Pages, written by the Leerhuis build.',
    '/*',
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    `${base}${AGENDA_CALENDAR_PATH}`,
    `  Content-Type: ${CALENDAR_TYPE}`,
    '',
  ].join('\n');
}

const nginxQuote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * An nginx snippet to `include` inside the `location` that serves the site. `always` sends
 * the headers on error pages too; nginx drops inherited `add_header`s in a block that adds
 * its own, so the snippet is included where the files are served.
 */
export function nginxHeaders(headers: readonly [string, string][], base: string): string {
  return [
    '# Security headers for nginx, written by the Leerhuis build.',
    `# Use inside the block that serves the site:  location ${base} { include ${HEADER_FILES.nginx}; … }`,
    ...headers.map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`),
    `error_page 404 ${base}404.html;`,
    '# The configuration files in the output are not pages.',
    `location ~ ^${base.replace(/[.]/g, '\\.')}(?:_headers|nginx-headers\\.conf|web\\.config)$ { return 404; }`,
    "# Calendar files (the agenda): nginx's own mime.types does not know .ics.",
    `location ~ ^${base.replace(/[.]/g, '\\.')}.*\\.ics$ { types { } default_type ${nginxQuote(CALENDAR_TYPE)}; }`,
    '',
  ].join('\n');
}

const xmlAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Files Pagefind and the agenda write that IIS does not serve (or not as they are) unless it knows their type. */
const IIS_MIME_TYPES: Record<string, string> = {
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.webmanifest': 'application/manifest+json',
  '.avif': 'image/avif',
};

/** `web.config` for IIS (and Azure App Service on Windows): headers, Pagefind's file types, the 404 page. */
export function iisWebConfig(headers: readonly [string, string][], base: string): string {
  const line = (text: string, depth: number) => `${'  '.repeat(depth)}${text}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Security headers for IIS, written by the Leerhuis build. -->',
    '<configuration>',
    line('<system.webServer>', 1),
    line('<httpProtocol>', 2),
    line('<customHeaders>', 3),
    line('<remove name="X-Powered-By" />', 4),
    ...headers.flatMap(([name, value]) => [
      line(`<remove name="${name}" />`, 4),
      line(`<add name="${name}" value="${xmlAttribute(value)}" />`, 4),
    ]),
    line('</customHeaders>', 3),
    line('</httpProtocol>', 2),
    line('<staticContent>', 2),
    ...Object.entries(IIS_MIME_TYPES).flatMap(([ext, type]) => [
      line(`<remove fileExtension="${ext}" />`, 3),
      line(`<mimeMap fileExtension="${ext}" mimeType="${type}" />`, 3),
    ]),
    line('</staticContent>', 2),
    line('<httpErrors errorMode="Custom" existingResponse="Replace">', 2),
    line('<remove statusCode="404" />', 3),
    line(`<error statusCode="404" path="${xmlAttribute(base)}404.html" responseMode="ExecuteURL" />`, 3),
    line('</httpErrors>', 2),
    line('</system.webServer>', 1),
    '</configuration>',
    '',
  ].join('\n');
}

/**
 * `robots.txt`: crawlers may fetch every page, because a page a crawler may not fetch is one
 * whose `noindex` it never sees (and it may still list the bare address).
 */
export function robotsTxt(input: Pick<HeaderInput, 'indexable'>): string {
  return [
    input.indexable
      ? '# This site may be indexed by search engines.'
      : '# Intranet: every page says noindex (meta tag and X-Robots-Tag). Crawlers may fetch pages to see that.',
    'User-agent: *',
    'Allow: /',
    '',
  ].join('\n');
}

/**
 * `security.csp` for the Astro config: Astro writes a `<meta>` policy into every page with the
 * hashes of the scripts and styles it processed; this adds the same directives as the headers
 * (minus those a `<meta>` cannot carry), Pagefind's WebAssembly and Markdown's table alignment.
 */
export function astroCsp() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: {
      resources: [
        { resource: "'self'", kind: 'element' as const },
        { resource: "'unsafe-hashes'", kind: 'attribute' as const },
      ],
      hashes: MARKDOWN_STYLE_ATTRIBUTES.map((style) => ({
        hash: cspHash(style),
        kind: 'attribute' as const,
      })),
    },
  };
}
