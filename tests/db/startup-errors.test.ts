import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openPglite, openPostgres } from '../../src/db/client.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/db/migrate.ts';
import { StartupError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { createPgliteFolder } from '../helpers/test-db.ts';

// Each start-up failure is one line that says what to do.
describe('start-up errors', () => {
  it('explains an unreachable DATABASE_URL', async () => {
    const error = await openPostgres('postgres://postgres@127.0.0.1:1/nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere .*check DATABASE_URL/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('explains a DATA_DIR that cannot be used', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pps-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const error = await openPglite(join(file, 'data')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/DATA_DIR .* is not readable and writable \(ENOTDIR\): choose another folder with DATA_DIR=/);
  });

  it('explains a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: await createPgliteFolder(), SEED_DEMO: 'false' });
    try {
      const error = await startServer(config, createLogger(config)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toBe(`Port ${port} is already in use: stop the other process or start with PORT=${port + 1}`);
    } finally {
      blocker.close();
    }
  });

  it('rolls a failed migration back completely and says so', async () => {
    // The committed migrations plus a broken one that first creates a table, then fails.
    const folder = mkdtempSync(join(tmpdir(), 'pps-migrations-'));
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    writeFileSync(join(folder, '9999_broken.sql'), 'CREATE TABLE half_done (id int);\n--> statement-breakpoint\nSELECT * FROM no_such_table;');
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '7', when: Date.now(), tag: '9999_broken', breakpoints: true });
    writeFileSync(journalPath, JSON.stringify(journal));

    const database = await openPglite('memory');
    try {
      const error = await migrateDatabase(database, { migrationsFolder: folder }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/^Migration failed and was rolled back \(.*no_such_table.*\): fix the migration or the database, then run "npm run migrate" again$/);
      const tables = await database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
      expect((tables as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
      // The good migrations still apply afterwards: nothing was left half-done.
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
  });
});
