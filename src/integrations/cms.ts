/**
 * The web editor at `/admin/` (Decap CMS): written into the output once per build, with its
 * configuration generated from the schemas (src/lib/cms-config.ts), and served by the dev
 * server (for `npm run cms`) from the same code, its configuration made anew on each request so
 * that new entries appear in its pickers. No public page links to it or loads any of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import {
  ADMIN_CSS,
  ADMIN_FOLDER,
  adminConfig,
  adminPage,
  decapDist,
  decapFiles,
  DECAP_SCRIPT,
  START_SCRIPT,
  STYLESHEET,
  writeAdmin,
} from '../lib/cms-admin.ts';
import { readSiteSettings } from '../lib/site-settings.ts';
import { normalizeBase } from '../lib/urls.ts';
import { isProxyPath, localProxy, repoRootFor } from './cms-local.ts';

/** Set by `npm run cms`: the dev server also answers as the editor's local proxy. */
export const LOCAL_MODE_ENV = 'LEERHUIS_CMS_LOCAL';

/** `src/client/cms.ts` bundled for the browser (the YAML library inside it), once per process. */
let bundled: Promise<string> | undefined;
export function startScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('../client/cms.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

export function cmsAdmin(contentDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'leerhuis:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const proxy = process.env[LOCAL_MODE_ENV] === '1' ? localProxy(repoRootFor(contentDir)) : undefined;
        if (proxy) logger.info(`local mode: the web editor saves into ${contentDir}`);
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (proxy && isProxyPath(path, base)) {
            req.url = '/api/v1';
            return void proxy.then((handle) => handle(req, res, next), next);
          }
          const prefix = `${base}${ADMIN_FOLDER}/`;
          if (path === `${base}${ADMIN_FOLDER}`) {
            res.writeHead(301, { Location: prefix }).end();
            return;
          }
          if (!path.startsWith(prefix)) return next();
          const file = path.slice(prefix.length) || 'index.html';
          const send = (type: string, body: string | Buffer) => {
            res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
          };
          const settings = () => readSiteSettings(contentDir);
          if (file === 'index.html') return send('text/html; charset=utf-8', adminPage(settings(), base));
          if (file === 'config.yml')
            return send('text/yaml; charset=utf-8', adminConfig(settings(), contentDir, base));
          if (file === STYLESHEET) return send('text/css; charset=utf-8', ADMIN_CSS);
          if (file === START_SCRIPT)
            return void startScript().then((js) => send('text/javascript; charset=utf-8', js), next);
          if (file === DECAP_SCRIPT || decapFiles().includes(file))
            return send(
              file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
              readFileSync(join(decapDist(), file)),
            );
          return next();
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        writeAdmin(out, readSiteSettings(contentDir), contentDir, base, await startScript());
      },
    },
  };
}
