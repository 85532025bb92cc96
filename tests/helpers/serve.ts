/** A small static server for a built site, on loopback only, honouring the base path. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/leren/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Path the site lives under, e.g. "/leren/". */
  base?: string;
  /** Extra response headers on every response (e.g. the generated CSP). */
  headers?: Record<string, string>;
  /** Answers a request itself instead of the files (returns true), e.g. the web editor's local proxy. */
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export async function serve(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    if (options.handle?.(req, res)) return;
    const send404 = () => {
      const page = join(dir, '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return send404();
    path = normalize(path.slice(base.length));
    if (path.startsWith('..')) return send404();
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send404();
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
