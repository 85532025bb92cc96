/**
 * The site's security headers, defined once; `host-files.ts` writes them out for each kind of
 * host (`_headers`, an nginx snippet, `web.config`, `staticwebapp.config.json`).
 * The Content-Security-Policy allows only the site's own files, inline code only by hash,
 * and what Pagefind needs to search (WebAssembly, a worker).
 */
import { createHash } from 'node:crypto';

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

/** The web editor's folder under the base path (`/admin/`): the one place with another policy. */
export const ADMIN_PATH = 'admin/';

/**
 * The web editor's Content-Security-Policy (Decap CMS at `/admin/`), as strict as Decap allows:
 * its scripts only from the site itself; `'unsafe-eval'` because Decap compiles its
 * configuration checks (ajv) and widgets at run time; inline styles because Decap's components
 * write their CSS into `<style>` elements at run time (emotion); images also as `blob:` and
 * `data:` (previews of uploads); and connections only to the site, to `blob:` (Decap's local backup of a draft) (the local proxy of
 * `npm run cms`) and to the Git host's API (`gitOrigins`). Never framed, no plugins, forms only
 * to the site.
 */
export function adminContentSecurityPolicy(gitOrigins: readonly string[]): string {
  const git = [...new Set(gitOrigins)];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...git].join(' '),
    "font-src 'self' data:",
    ['connect-src', "'self'", 'blob:', ...git].join(' '),
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * The web editor's headers: the site's, with the editor's own policy; never indexed, whatever
 * the site says; and an opener policy that lets the sign-in window of a GitHub OAuth server
 * report back to the editor (`same-origin` would cut it off).
 */
export function adminSecurityHeaders(
  site: readonly (readonly [string, string])[],
  gitOrigins: readonly string[],
): [name: string, value: string][] {
  const own: Record<string, string> = {
    'Content-Security-Policy': adminContentSecurityPolicy(gitOrigins),
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': ROBOTS_NOINDEX,
  };
  const headers = site.map(([name, value]): [string, string] => [name, own[name] ?? value]);
  for (const [name, value] of Object.entries(own))
    if (!headers.some(([n]) => n === name)) headers.push([name, value]);
  return headers;
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
