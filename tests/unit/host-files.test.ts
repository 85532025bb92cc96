/**
 * The host configuration files carry exactly the security headers, the cache rules and the file
 * types, each in its host's syntax; IIS's and Azure's (which cannot run here) are validated as
 * XML and against the Static Web Apps JSON Schema. nginx is tested for real in
 * tests/e2e/nginx.test.ts.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  azureStaticWebAppConfig,
  HOST_FILES,
  iisWebConfig,
  netlifyHeaders,
  nginxHeaders,
} from '../../src/lib/host-files.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, FILE_TYPES, HASHED_FOLDERS } from '../../src/lib/host-rules.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../helpers/host-headers.ts';

const headers: [string, string][] = [
  ...securityHeaders({ indexable: false, scriptHashes: ['sha256-x+/='] }),
  ['X-Test', 'a "quoted" <value> & more \\ end'],
];
const base = '/leren/';

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const text = netlifyHeaders(headers, base);
  const rules = parseHeadersFile(text);

  it('sends every header on every path', () => {
    expect(rules.get('/*')).toEqual(headers);
  });
  it('caches hashed folders for a year, and sets Cache-Control nowhere else (hosts join repeated values)', () => {
    for (const folder of HASHED_FOLDERS)
      expect(rules.get(`${base}${folder}*`)).toEqual([['Cache-Control', CACHE_IMMUTABLE]]);
    const cacheRules = [...rules].filter(([, hs]) => hs.some(([n]) => n === 'Cache-Control'));
    expect(cacheRules).toHaveLength(HASHED_FOLDERS.length);
  });
});

describe('nginx snippet', () => {
  const text = nginxHeaders(headers, base);
  const directives = text.split('\n').filter((l) => l && !l.startsWith('#'));

  it('adds every header with `always`, in the location itself', () => {
    const parsed = [...text.matchAll(/^add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/gm)].map((m) => [
      m[1],
      m[2]!.replace(/\\(.)/g, '$1'),
    ]);
    expect(parsed).toEqual(headers);
  });
  it('nested locations add no headers of their own, so none are lost there (add_header inheritance)', () => {
    const nested = directives.filter((l) => l.startsWith('location '));
    expect(nested.length).toBe(HASHED_FOLDERS.length + 1);
    for (const l of nested) expect(l).not.toMatch(/add_header/);
    for (const folder of HASHED_FOLDERS)
      expect(nested).toContain(
        `location ^~ ${base}${folder} { set $leerhuis_cache_control "${CACHE_IMMUTABLE}"; }`,
      );
    expect(directives).toContain(`set $leerhuis_cache_control "${CACHE_REVALIDATE}";`);
    expect(directives).toContain('add_header Cache-Control $leerhuis_cache_control always;');
  });
  it('knows every file type, compresses text, answers 404 with the site page and hides its own files', () => {
    for (const [ext, { type }] of Object.entries(FILE_TYPES))
      expect(text).toMatch(new RegExp(`^ {4}${type.replace(/[+.]/g, '\\$&')} (?:\\S+ )*${ext}[ ;]`, 'm'));
    expect(text).toMatch(/^gzip_types .*\bapplication\/wasm\b.*;$/m);
    expect(text).toMatch(
      /^gzip_types .*\btext\/calendar\b.*\bapplication\/json\b|^gzip_types .*\bapplication\/json\b.*\btext\/calendar\b/m,
    );
    expect(text).not.toMatch(/^gzip_types .*(image\/png|octet-stream)/m);
    expect(text).toContain('error_page 404 /leren/404.html;');
    for (const file of Object.values(HOST_FILES)) expect(text).toContain(file.replace(/\./g, '\\.'));
  });
  it('says how to include it with an absolute path and the redirect to the slash', () => {
    expect(text).toContain('#   location = /leren { absolute_redirect off; return 301 /leren/; }');
    expect(text).toContain('#       include /srv/leerhuis/current/nginx-headers.conf;');
    const root = nginxHeaders(headers, '/');
    expect(root).not.toMatch(/return 301/);
    expect(root).toContain('#       root /srv/leerhuis/current;');
    expect(root).toContain('location ^~ /_astro/ {');
  });
});

describe('web.config (IIS)', () => {
  const xml = iisWebConfig(headers, base);
  type El = { [key: string]: El[] | string };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const doc = parser.parse(xml) as El;
  /** The child elements of a node with this name (always a list). */
  const kids = (node: El | undefined, name: string): El[] => (node?.[name] as El[] | undefined) ?? [];
  const attrs = (node: El) =>
    Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => k.startsWith('@'))
        .map(([k, v]) => [k.slice(1), v]),
    );
  const configuration = kids(doc, 'configuration')[0];
  const server = kids(configuration, 'system.webServer')[0];

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(xml.replace('</httpErrors>', ''))).not.toBe(true);
  });
  it('sets every header, removing IIS defaults first', () => {
    const custom = kids(kids(server, 'httpProtocol')[0], 'customHeaders')[0];
    expect(kids(custom, 'add').map((a) => [attrs(a).name, attrs(a).value])).toEqual(headers);
    expect(kids(custom, 'remove').map((r) => attrs(r).name)).toContain('X-Powered-By');
  });
  it('maps every file type, revalidates by default and caches hashed folders for a year', () => {
    const staticContent = kids(server, 'staticContent')[0];
    const maps = kids(staticContent, 'mimeMap').map((m) => [attrs(m).fileExtension, attrs(m).mimeType]);
    for (const [ext, { type }] of Object.entries(FILE_TYPES))
      if (ext !== 'html') expect(maps).toContainEqual([`.${ext}`, type]);
    expect(attrs(kids(staticContent, 'clientCache')[0]!).cacheControlMode).toBe('DisableCache');
    const locations = kids(configuration, 'location');
    expect(locations.map((l) => attrs(l).path)).toEqual(HASHED_FOLDERS.map((f) => f.slice(0, -1)));
    for (const l of locations) {
      const cache = kids(kids(kids(l, 'system.webServer')[0], 'staticContent')[0], 'clientCache')[0]!;
      expect(attrs(cache)).toMatchObject({
        cacheControlMode: 'UseMaxAge',
        cacheControlMaxAge: '365.00:00:00',
      });
    }
  });
  it('shows the site 404 page and compresses static files', () => {
    const error = kids(kids(server, 'httpErrors')[0], 'error')[0]!;
    expect(attrs(error)).toMatchObject({
      statusCode: '404',
      path: '/leren/404.html',
      responseMode: 'ExecuteURL',
    });
    expect(attrs(kids(server, 'urlCompression')[0]!).doStaticCompression).toBe('true');
  });
});

describe('staticwebapp.config.json (Azure Static Web Apps)', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../schemas/staticwebapp.config.schema.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const config = JSON.parse(azureStaticWebAppConfig(headers, base)) as Record<string, unknown> & {
    globalHeaders: Record<string, string>;
    routes: { route: string; headers: Record<string, string> }[];
    mimeTypes: Record<string, string>;
  };

  it('is valid against the Static Web Apps schema, and the schema catches mistakes', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, trailingSlash: 'sometimes' })).toBe(false);
    expect(validate({ ...config, routes: [{ headers: {} }] })).toBe(false);
    expect(validate({ ...config, mimeTypes: { pagefind: 'x' } })).toBe(false);
  });
  it('carries the headers, the cache rules, the file types and the 404 page', () => {
    expect(config.globalHeaders).toEqual({
      ...Object.fromEntries(headers),
      'Cache-Control': CACHE_REVALIDATE,
    });
    expect(config.routes).toEqual(
      HASHED_FOLDERS.map((f) => ({ route: `/leren/${f}*`, headers: { 'Cache-Control': CACHE_IMMUTABLE } })),
    );
    expect(config.mimeTypes['.pf_fragment']).toBe('application/octet-stream');
    expect(config.mimeTypes['.ics']).toBe('text/calendar');
    expect(config.responseOverrides).toEqual({ '404': { rewrite: '/leren/404.html' } });
    expect(config.trailingSlash).toBe('auto');
  });
});
