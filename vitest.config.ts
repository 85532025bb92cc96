/**
 * One test command (`npm test`), three kinds of tests, each a Vitest project so that a failure
 * names its kind (`|unit|`, `|build|`, `|browser|`) and each kind can run alone
 * (`npm run test:unit`, `test:build`, `test:browser`):
 * - unit: pure functions and modules, no build, no browser;
 * - build: real builds of small fixture sites, the checker's CLI and the benchmark's smoke run;
 * - browser: Chromium against the sample site, built once (under /leren/) for every file.
 *
 * Time limits are generous on purpose: the suite must pass on a busy two-core machine three
 * times slower than a developer's laptop. Tests that visit many pages derive their limits from
 * the number of pages (tests/helpers/site-pages.ts). Nothing asserts elapsed time.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Two cores: builds and browsers are heavy, so run at most two files at once.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll gives up after 1 s by default: too short for a page on a busy, slow machine.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        // A fixture build takes seconds on a quiet machine; a busy slow one may need a minute.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the sample site once (under the /leren/ base path) for every browser test.
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
