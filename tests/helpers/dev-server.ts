/**
 * `npm run dev` (or the floor's dev server) as a child process on a free port of 127.0.0.1, for
 * the tests that edit content under a running dev server and for `npm run bench`, which times
 * it (scripts/bench/dev-speed.ts). The server runs in its own process group and is stopped
 * with everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DevServerOptions {
  /** The project folder (Leerhuis, or bench/floor). */
  root: string;
  /** Extra arguments for `astro dev` (the floor passes `--root bench/floor`). */
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** Every chunk the server writes. */
  onOutput?: (chunk: string) => void;
  /**
   * The port to listen on (default: a free one). Astro keeps its content store only while the
   * configuration stays the same, port included: a second start on the same port reuses it.
   */
  port?: number;
  /** Node flags for the server's process, like `--cpu-prof`. */
  nodeArgs?: string[];
}

export interface DevServer {
  /** `http://127.0.0.1:port` (no trailing slash). */
  origin: string;
  child: ChildProcess;
  /** When it was started (performance.now()). */
  started: number;
  /** Everything the server wrote so far. */
  output: () => string;
  /** Stops the server and everything it started. */
  stop: () => Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Variables a test runner sets that Vite would take as the site's own (a BASE_URL of "/" would
 * put every link outside the base path): an editor's shell does not have them.
 */
const RUNNER_VARIABLES = /^(BASE_URL|SITE|ASSETS_PREFIX|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** Starts `astro dev` on a free port of 127.0.0.1 in its own process group. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const astro = resolve(options.root, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      astro,
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...(options.args ?? []),
    ],
    {
      cwd: options.root,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLES.test(name))),
        ASTRO_TELEMETRY_DISABLED: '1',
        BROWSER: 'none',
        ...options.env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const closed = new Promise<void>((done) => child.once('close', () => done()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    const killed = await Promise.race([closed.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await closed;
    }
  };
  return { origin: `http://127.0.0.1:${port}`, child, started, output: () => output, stop };
}

/** The end of what the server wrote, without its line per answered request. */
const serverLog = (server: DevServer) =>
  server
    .output()
    .split('\n')
    .filter((line) => !/\[\d{3}\] \//.test(line))
    .join('\n')
    .slice(-3000);

export interface Fetched {
  status: number;
  text: string;
}

/**
 * One GET on a fresh connection (no pooling: a request sent while the server was still starting
 * once stayed pending with no connection left); undefined while the server does not listen yet,
 * or when it does not answer within `timeoutMs`.
 */
export function get(url: string, timeoutMs = 120_000): Promise<Fetched | undefined> {
  return new Promise((done) => {
    const request = httpGet(url, { agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', () => done(undefined));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => done(undefined));
  });
}

/**
 * Requests `url` until `ready` accepts the answer (one request at a time, the next 100 ms after
 * the last answer); fails when `server` exits or after `timeoutMs`.
 */
export async function waitForPage(
  server: DevServer,
  url: string,
  ready: (page: Fetched) => boolean,
  timeoutMs: number,
): Promise<Fetched> {
  const until = performance.now() + timeoutMs;
  let last: Fetched | undefined;
  while (performance.now() < until) {
    if (server.child.exitCode !== null)
      throw new Error(`the dev server exited (code ${server.child.exitCode}):\n${serverLog(server)}`);
    last = await get(url, Math.min(120_000, Math.max(1000, until - performance.now())));
    if (last && ready(last)) return last;
    await sleep(100);
  }
  throw new Error(
    `${url} did not answer as expected within ${Math.round(timeoutMs / 1000)} s (last status ${last?.status ?? 'none'}):\n${serverLog(server)}`,
  );
}

/**
 * Moves a dev server's content store aside (for a first start without it) and returns the
 * function that puts it back, so a developer's own store of the sample site survives tests and
 * benchmarks. Without a store to keep, the one the server wrote meanwhile is removed.
 */
export function moveStoreAside(store: string): () => void {
  const aside = `${store}.aside-${process.pid}`;
  const had = existsSync(store);
  if (had) renameSync(store, aside);
  return () => {
    if (had) renameSync(aside, store);
    else rmSync(store, { force: true });
  };
}

/** Runs `run` with the content store moved aside (see moveStoreAside). */
export async function withoutStore<T>(store: string, run: () => Promise<T>): Promise<T> {
  const restore = moveStoreAside(store);
  try {
    return await run();
  } finally {
    restore();
  }
}

/** Where Astro's dev server keeps its content store: in `.astro/` of the project, whatever the content. */
export const devStore = (root: string): string => resolve(root, '.astro', 'data-store.json');
