/**
 * The web editor's local mode (`npm run cms`): Decap's own proxy (`decap-server`, file-system
 * mode) answering on the same address as the editor, at `<base>admin/api/v1`, so that the
 * editor reads and writes the files of a content folder on this computer. Used by the dev
 * server and by the browser tests; it answers only requests from this computer (loopback).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { LOCAL_API } from '../lib/cms-config.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
interface ExpressApp extends Handler {
  disable(setting: string): void;
}

const require = createRequire(import.meta.url);

/** The folder the editor's paths (`content/blog/…`) are relative to: the project, or the content folder's parent. */
export function repoRootFor(contentDir: string, root = process.cwd()): string {
  const path = relative(resolve(root), resolve(contentDir));
  return path.startsWith('..') || path === '' ? dirname(resolve(contentDir)) : resolve(root);
}

const loopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1');

/**
 * A request handler for the proxy's address (`/api/v1` after the mount point is stripped) that
 * reads and writes under `repoRoot`. Requests from other computers get 403.
 */
export async function localProxy(repoRoot: string): Promise<Handler> {
  const express = require('express') as () => ExpressApp;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as {
    registerLocalFs(app: ExpressApp, options?: { logLevel?: string }): Promise<void>;
  };
  const app = express();
  app.disable('x-powered-by');
  // decap-server reads its folder from the environment when it registers, once.
  const before = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repoRoot;
  try {
    await registerLocalFs(app, { logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = before;
  }
  return (req, res, next) => {
    if (!loopback(req.socket.remoteAddress)) {
      res.writeHead(403).end();
      return;
    }
    app(req, res, next);
  };
}

/** Whether a path (without query) is the proxy's address for a site under `base`. */
export const isProxyPath = (path: string, base: string) => path === `${base}${LOCAL_API}`;
