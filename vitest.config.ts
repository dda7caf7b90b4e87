import { defineConfig } from 'vitest/config';

// One suite: unit and HTTP tests beside the code, database tests on PGlite (and PostgreSQL when
// TEST_DATABASE_URL is set), browser tests in Debian's Chromium.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    // One migrated PGlite data folder that each test database starts from (tests/helpers/global-setup.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: each worker runs its own embedded databases, so more workers only thrash.
    maxWorkers: 2,
    onConsoleLog: (log, type) => (type === 'stderr' && /error/i.test(log) ? true : undefined),
  },
});
