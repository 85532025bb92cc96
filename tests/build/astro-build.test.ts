/**
 * `npm run build` spreads a build over processes and worker threads (scripts/build.ts) and the
 * integrations leave those steps to it. `astro build` on its own must still run every step in
 * its one process: the content check before any content is read, the pages, the search index,
 * the check of the finished output and the header files.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withBuildLock } from '../helpers/build-lock.ts';
import { projectRoot } from '../helpers/build-site.ts';

const work = resolve(projectRoot, 'tests/.tmp/astro-build');
const content = join(work, 'content');
const out = join(work, 'dist');

const astroBuild = () => withBuildLock(runAstroBuild);

function runAstroBuild(): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEERHUIS_CONTENT: content,
    LEERHUIS_OUT: out,
    LEERHUIS_NOW: '2026-06-01T00:00:00Z',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Whatever the test runner or CI sets, this must be Astro in its own process, in plain text.
  delete env.LEERHUIS_BUILD_STAGE;
  delete env.BASE_URL;
  delete env.FORCE_COLOR;
  env.NO_COLOR = '1';
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: projectRoot,
      env,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    // Colour codes, should a terminal library ignore NO_COLOR.
    child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(resolve(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('astro build checks the output, indexes for search and writes the header files', async () => {
  const { code, output } = await astroBuild();
  expect(code, output).toBe(0);
  expect(output).toMatch(/\[leerhuis:output-check\] checked \d+ links on \d+ pages/);
  const indexed = /\[leerhuis:search-index\] indexed (\d+) pages for search/.exec(output);
  expect(indexed, output).not.toBeNull();
  const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  // Every published entry of the fixture (the lists and the home page are not indexed).
  expect(Object.values(entry.languages)[0]?.page_count).toBe(Number(indexed?.[1]));
  expect(Number(indexed?.[1])).toBeGreaterThanOrEqual(9);
  for (const file of ['_headers', 'nginx-headers.conf', 'web.config', 'robots.txt'])
    expect(existsSync(join(out, file)), file).toBe(true);
  expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('Content-Security-Policy');
}, 180_000);

test('astro build refuses invalid content with the checker’s line before reading any content', async () => {
  const file = join(content, 'opleidingen', 'excel-basis.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^method: .*$/m, 'method: klasikaal'));
  const { code, output } = await astroBuild();
  expect(code).not.toBe(0);
  expect(output).toMatch(/content\/opleidingen\/excel-basis\.md.*method.*bedoel je "klassikaal"/);
  // The checker stopped the build in astro:config:setup, before Astro synced any content.
  expect(output).not.toContain('Synced content');
}, 180_000);
