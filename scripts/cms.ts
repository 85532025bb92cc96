/**
 * `npm run cms` — the web editor on this computer: Astro's dev server with the editor at
 * `/admin/` and Decap's local proxy (decap-server) on the same address, so that what you save
 * lands in the content folder (LEERHUIS_CMS_LOCAL, see src/integrations/cms.ts). Nothing is
 * committed: review the changes with `git status` and commit them yourself. Extra arguments go
 * to `astro dev` (`npm run cms -- --port 4400`).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LOCAL_MODE_ENV } from '../src/integrations/cms.ts';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const child = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, [LOCAL_MODE_ENV]: '1', ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
