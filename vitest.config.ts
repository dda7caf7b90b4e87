import { defineConfig, type ViteUserConfig } from 'vitest/config';

// One suite in five projects: unit tests beside the code; HTTP and API tests; database tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set); browser tests (Debian's Chromium); the one file that mocks modules.
const oxc: ViteUserConfig['oxc'] = { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } };
// vi.mock needs a module graph of its own per file, so these run isolated.
const MOCKING = ['src/services/imports/read-import-file.test.ts'];
// One migrated PGlite data folder (and PostgreSQL template) that each test database starts from.
const TEMPLATES = ['tests/helpers/global-setup.ts'];

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
          // Pure functions without module state: one module graph per worker instead of one per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['tests/http/**/*.test.{ts,tsx}', 'tests/api/**/*.test.{ts,tsx}'],
          globalSetup: TEMPLATES,
          // Each file builds its own database and app; what the app keeps in modules is caches keyed by their
          // input. Loading the app's module graph once per worker instead of once per file halves these files.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.{ts,tsx}'],
          globalSetup: TEMPLATES,
          // Each file opens and closes its own databases, child processes and servers. One module graph per
          // worker: loading the app per file cost these and the browser files 130 s of a run.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          globalSetup: TEMPLATES,
          // One entry file imports every journey, so they run one after another in one worker (see that file);
          // each journey launches and closes its own Chromium, app and database.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'mocking',
          include: MOCKING,
        },
      },
    ],
  },
});
