/**
 * A real nginx for tests: runs in the foreground as a child process on a loopback port, with
 * its configuration, pid file, logs and temporary files in a folder of its own, and is stopped
 * by `close()`. The `server` block comes from the caller (the guide's own example).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

/** nginx's binary: NGINX_PATH, or where Debian and most systems put it. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export interface RunningNginx {
  origin: string;
  port: number;
  /** The error log so far, for failure messages. */
  errors: () => string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** A response with its body exactly as it came over the wire (not decompressed). */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', fail);
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.end();
  });
}

/**
 * Starts nginx with `server` (a `server { … }` block whose `listen` line is replaced by the
 * loopback port) inside a minimal `http` block, and waits until it answers.
 */
export async function startNginx(binary: string, dir: string, server: string): Promise<RunningNginx> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const log = join(dir, 'error.log');
  const temp = (name: string) => join(dir, name);
  const conf = [
    'daemon off;',
    'master_process off;',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${log} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `  ${t}_temp_path ${temp(`${t}-temp`)};`,
    ),
    server.replace(/^(\s*)listen [^;]*;/m, `$1listen 127.0.0.1:${port};`),
    '}',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), conf);
  writeFileSync(log, '');
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', log], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const errors = () => `${stderr}${readFileSync(log, 'utf8')}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`nginx did not start (exit ${child.exitCode}):\n${errors()}\n${conf}`);
    try {
      await get(`${origin}/`);
      return { origin, port, errors, close };
    } catch (error) {
      if (attempt > 200) {
        await close();
        throw new Error(`nginx did not answer on port ${port}: ${String(error)}\n${errors()}`);
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
}
