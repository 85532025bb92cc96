/**
 * The web editor at /admin/ gets its own policy in every host file, and the public pages'
 * policy never reaches it (hosts join the values of rules that match the same path, and two
 * policies would both apply). nginx is run for real on it in tests/e2e/nginx.test.ts; the
 * editor under its policy in Chromium in tests/e2e/cms.test.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  azureStaticWebAppConfig,
  iisWebConfig,
  netlifyHeaders,
  nginxHeaders,
  type AdminRules,
} from '../../src/lib/host-files.ts';
import { CACHE_IMMUTABLE } from '../../src/lib/host-rules.ts';
import { gitOrigins } from '../../src/lib/site-settings.ts';
import {
  adminContentSecurityPolicy,
  adminSecurityHeaders,
  securityHeaders,
} from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../helpers/host-headers.ts';

const base = '/leren/';
const site = securityHeaders({ indexable: true, scriptHashes: ['sha256-x+/='] });
const git = gitOrigins({ backend: 'gitlab', repo: 'g/p', branch: 'main', review: true, appId: 'x' });
const admin: AdminRules = {
  headers: adminSecurityHeaders(site, git),
  topLevel: ['404.html', '_astro/', 'admin/', 'blog/', 'favicon.svg', 'index.html'],
};
const value = (headers: readonly (readonly [string, string])[], name: string) =>
  headers.find(([n]) => n === name)?.[1];
const PUBLIC_CSP = value(site, 'Content-Security-Policy')!;
const ADMIN_CSP = adminContentSecurityPolicy(git);

describe("the editor's policy", () => {
  it('allows its scripts from the site only, and connections to the site and the Git host only', () => {
    expect(git).toEqual(['https://gitlab.com']);
    expect(ADMIN_CSP).toMatch(/(^|; )script-src 'self' 'unsafe-eval'(;|$)/);
    expect(ADMIN_CSP).toMatch(/(^|; )connect-src 'self' blob: https:\/\/gitlab\.com(;|$)/);
    expect(ADMIN_CSP).toMatch(/frame-ancestors 'none'/);
    expect(ADMIN_CSP).toMatch(/object-src 'none'/);
    expect(
      gitOrigins({ backend: 'github', repo: 'o/r', branch: 'main', review: true, baseUrl: 'https://a.nl' }),
    ).toEqual(['https://api.github.com']);
  });
  it('is never indexed, even on an indexable site, and lets a sign-in window report back', () => {
    expect(value(site, 'X-Robots-Tag')).toBeUndefined();
    expect(value(admin.headers, 'X-Robots-Tag')).toBe('noindex, nofollow');
    expect(value(admin.headers, 'Cross-Origin-Opener-Policy')).toBe('same-origin-allow-popups');
    expect(value(admin.headers, 'X-Frame-Options')).toBe('DENY');
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const rules = parseHeadersFile(netlifyHeaders(site, base, admin));
  /** What a path gets: every matching rule, joined as the hosts do. */
  const at = (path: string) =>
    [...rules]
      .filter(([rule]) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path))
      .flatMap(([, headers]) => headers);

  it('gives the editor its policy alone', () => {
    const headers = at(`${base}admin/decap-cms.js`);
    expect(headers.filter(([n]) => n === 'Content-Security-Policy')).toEqual([
      ['Content-Security-Policy', ADMIN_CSP],
    ]);
    expect(headers.filter(([n]) => n === 'X-Robots-Tag')).toHaveLength(1);
  });
  it('gives every public page and file the public policy, once', () => {
    for (const path of [
      base,
      `${base}index.html`,
      `${base}blog/welkom/`,
      `${base}_astro/x.css`,
      `${base}favicon.svg`,
    ])
      expect(
        at(path).filter(([n]) => n === 'Content-Security-Policy'),
        path,
      ).toEqual([['Content-Security-Policy', PUBLIC_CSP]]);
    expect(at(`${base}_astro/x.css`)).toContainEqual(['Cache-Control', CACHE_IMMUTABLE]);
  });
});

describe('nginx, IIS and Azure', () => {
  it('nginx: a location for the editor that repeats every header with its own values', () => {
    const text = nginxHeaders(site, base, admin);
    const block = /location \^~ \/leren\/admin\/ \{\n([\s\S]*?)\n\}/.exec(text)?.[1];
    expect(block).toBeDefined();
    const added = [...block!.matchAll(/add_header (\S+) ("(?:[^"\\]|\\.)*"|\S+) always;/g)].map((m) => m[1]);
    expect(added).toEqual([...admin.headers.map(([n]) => n), 'Cache-Control']);
    expect(block).toContain(`add_header Content-Security-Policy "${ADMIN_CSP.replace(/"/g, '\\"')}" always;`);
  });
  it('IIS: a location for the editor that replaces the policy', () => {
    const xml = iisWebConfig(site, base, admin);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const locations = [parsed.configuration.location].flat() as Record<string, unknown>[];
    const editor = locations.find((l) => l['@_path'] === 'admin') as {
      'system.webServer': {
        httpProtocol: { customHeaders: { add: { '@_name': string; '@_value': string }[] } };
      };
    };
    const added = editor['system.webServer'].httpProtocol.customHeaders.add;
    expect(added.find((a) => a['@_name'] === 'Content-Security-Policy')?.['@_value']).toBe(ADMIN_CSP);
  });
  it('Azure: a route for the editor with its own policy', () => {
    const config = JSON.parse(azureStaticWebAppConfig(site, base, admin));
    const route = config.routes.find((r: { route: string }) => r.route === '/leren/admin/*');
    expect(route.headers['Content-Security-Policy']).toBe(ADMIN_CSP);
    expect(config.globalHeaders['Content-Security-Policy']).toBe(PUBLIC_CSP);
  });
});
