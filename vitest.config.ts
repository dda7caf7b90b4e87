import { defineConfig, type ViteUserConfig } from 'vitest/config';

// One suite in two projects: unit tests beside the code, and the app's tests (HTTP, database on PGlite and
// PostgreSQL when TEST_DATABASE_URL is set, browser in Debian's Chromium).
const oxc: ViteUserConfig['oxc'] = { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } };
// vi.mock needs a module graph of its own per file, so these stay in the isolated project.
const MOCKING = ['src/services/imports/read-import-file.test.ts'];

export default defineConfig({
  oxc,
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: each worker runs its own embedded databases, so more workers only thrash.
    maxWorkers: 2,
    onConsoleLog: (log, type) => (type === 'stderr' && /error/i.test(log) ? true : undefined),
    reporters: ['default', './tests/helpers/slowest-tests-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: MOCKING,
          // Pure functions without module state: one module graph per worker instead of one per file halves
          // their run (measured in the suite's closing note).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/**/*.test.{ts,tsx}', ...MOCKING],
          // One migrated PGlite data folder that each test database starts from (tests/helpers/global-setup.ts).
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
