import { defineConfig } from 'drizzle-kit';

// Generation needs no database: migrations are plain SQL files, applied by src/db/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
