/**
 * `npm run dev` shows entries that will not appear (a draft, one planned for later, an expert
 * without consent) with a banner saying why, instead of a bare 404, and keeps them out of the
 * lists. (The production build leaves them out entirely: valid-site.test.ts and the output
 * checks prove that.) The dev server warns about content problems in the site's language.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withBuildLock } from '../helpers/build-lock.ts';
import { projectRoot } from '../helpers/build-site.ts';

const tmp = mkdtempSync(join(tmpdir(), 'leerhuis-dev-'));
const content = join(tmp, 'content');
const port = 4400 + (process.pid % 500);
const base = `http://127.0.0.1:${port}/leren`;
let server: ChildProcess | undefined;
let log = '';
let release: () => void = () => {};

beforeAll(async () => {
  cpSync(join(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
  // A problem for the dev server to warn about, in Dutch. (A page whose fields do not fit its
  // schema at all stops Astro's dev server with its own error, also in Dutch.)
  writeFileSync(
    join(content, 'paginas', 'kapot.md'),
    '---\ntitle: Kapot\ndescription: Een pagina met een fout.\nrelated: [bestaat-niet]\n---\nTekst.\n',
  );
  // The dev server syncs content into .astro/ like a build does: take the build lock meanwhile.
  let started!: () => void;
  const ready = new Promise<void>((done) => (started = done));
  void withBuildLock(async () => {
    started();
    await new Promise<void>((done) => (release = done));
  });
  await ready;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      env: {
        // Vite lets these override import.meta.env; the test runner sets them for itself.
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) =>
              !/^(BASE_URL|SITE|ASSETS_PREFIX|MODE|DEV|PROD|SSR|VITEST.*|NODE_ENV|TEST)$/.test(name),
          ),
        ),
        LEERHUIS_CONTENT: content,
        LEERHUIS_NOW: '2026-11-28T12:00:00Z',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  // Ready when it answers (the first request also waits for Vite to prepare its modules).
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    await sleep(500);
  }
}, 180_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await sleep(500);
  release();
  rmSync(tmp, { recursive: true, force: true });
});

const page = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, html: await response.text() };
};

test('a draft has its page in dev, with a banner saying it is a draft', async () => {
  const { status, html } = await page('/blog/concept-bericht/');
  expect(status, `${log}\n${html.slice(0, 2000)}`).toBe(200);
  expect(html).toContain('class="preview-banner"');
  expect(html).toContain('Concept — niet zichtbaar op de gepubliceerde site');
}, 120_000);

test('an entry planned for later says from when it appears', async () => {
  const { status, html } = await page('/blog/toekomstig-bericht/');
  expect(status).toBe(200);
  expect(html).toMatch(/Gepland voor <time datetime="2099-01-01">1 januari 2099<\/time>/);
}, 120_000);

test('an expert without consent is previewed with the reason, and published pages have no banner', async () => {
  const { html } = await page('/experts/piet-geen-toestemming/');
  expect(html).toContain('Geen toestemming');
  expect((await page('/blog/welkom/')).html).not.toContain('class="preview-banner"');
}, 120_000);

test('unpublished entries stay out of the lists', async () => {
  const { html } = await page('/blog/');
  expect(html).toContain('/leren/blog/welkom/');
  expect(html).not.toContain('concept-bericht');
  expect(html).not.toContain('toekomstig-bericht');
}, 120_000);

test('the dev server warns about content problems in the site language', () => {
  expect(log).toMatch(/paginas\/kapot\.md: related\[0\]: "bestaat-niet" bestaat niet als item/);
});
