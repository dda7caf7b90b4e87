import { afterAll, beforeAll } from 'vitest';
import { createConsortium, createProgramme, TEST_PASSWORD, type TestProgramme } from './factories.ts';
import { loginAs, type Visitor } from './login.ts';
import { createTestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export type OfficeApp = { database: TestDatabase; app: ReturnType<typeof createTestApp>; office: Visitor; programme: TestProgramme };

/** A file's own PGlite with one programme (and a consortium, if asked) and its office signed in, for the portal's HTTP tests. */
export function useOfficeApp(options: { consortium?: boolean } = {}): OfficeApp {
  const state = {} as OfficeApp;
  beforeAll(async () => {
    state.database = await createTestDatabase('pglite');
    state.programme = await createProgramme(state.database.db);
    if (options.consortium) await createConsortium(state.database.db, state.programme);
    state.app = createTestApp(state.database.db);
    state.office = await loginAs(state.app, state.programme.office.email, TEST_PASSWORD);
  });
  afterAll(() => state.database?.dispose());
  return state;
}
