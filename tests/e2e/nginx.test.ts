/**
 * The built sample site behind a real nginx, configured as docs/hosting.md says (an `alias`
 * location under /leren/ that includes the generated nginx-headers.conf): calendar files go
 * out as text/calendar (nginx's own mime.types has no .ics), with the same security headers
 * as the pages; the configuration files and unknown addresses get the 404 page. nginx runs
 * as one foreground process on a Unix socket in a temporary folder, and is stopped after.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCalendar } from '../helpers/ical.ts';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
const dir = inject('sampleDir');
const base = inject('sampleBase');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let work: string;
let nginx: ChildProcess | undefined;
let log = '';

const socket = () => join(work, 'nginx.sock');

function get(path: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ socketPath: socket(), path, headers: { host: 'intranet.test' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe.skipIf(!existsSync(NGINX) || !existsSync(MIME_TYPES))('nginx with the generated snippet', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'leerhuis-nginx-'));
    writeFileSync(
      join(work, 'nginx.conf'),
      [
        'daemon off;',
        'master_process off;',
        `pid ${join(work, 'nginx.pid')};`,
        `error_log ${join(work, 'error.log')} warn;`,
        'events {}',
        'http {',
        `  include ${MIME_TYPES};`,
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${work};`),
        '  server {',
        `    listen unix:${socket()};`,
        `    location ${base} {`,
        `      alias ${dir}/;`,
        `      include ${join(dir, 'nginx-headers.conf')};`,
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout!.on('data', (d) => (log += d));
    nginx.stderr!.on('data', (d) => (log += d));
    // Ready when it answers; at most 10 s.
    for (let i = 0; i < 100; i++) {
      if (nginx.exitCode !== null) break;
      if (
        existsSync(socket()) &&
        (await get(base).then(
          () => true,
          () => false,
        ))
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    const errors = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not start:\n${log}\n${errors}`);
  }, 30_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once('exit', r));
      nginx.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves the calendar to subscribe to as text/calendar, with the security headers', async () => {
    const reply = await get(`${base}agenda/agenda.ics`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(parseCalendar(reply.body).events.length).toBeGreaterThan(0);
  });

  it('serves each run file as text/calendar too', async () => {
    const agenda = await get(`${base}agenda/`);
    const href = /href="([^"]+\/agenda\/[^"]+\/[^"]+\.ics)"/.exec(agenda.body)?.[1];
    expect(href).toBeDefined();
    const reply = await get(href!);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(parseCalendar(reply.body).events).toHaveLength(1);
  });

  it('keeps pages as HTML with their headers, and hides the configuration files', async () => {
    const page = await get(`${base}agenda/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    for (const file of ['nginx-headers.conf', '_headers', 'web.config']) {
      expect((await get(`${base}${file}`)).status, file).toBe(404);
    }
    const missing = await get(`${base}bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1');
  });
});
