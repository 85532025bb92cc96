import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Builds the sample site once (under the /leren/ base path) for the browser tests.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Two cores: builds and browsers are heavy, so run at most two files at once.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
