import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command.ts';
import { loadConfig } from '../../src/config.ts';
import { pps } from '../../src/db/schema/index.ts';
import { StartupError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { createConsortium, createProgramme } from '../helpers/factories.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// The CLI offers the same import types as the portal: a dry run prints the preview, the real run writes it.
describe('the import command', () => {
  let database: TestDatabase;
  const logger = createLogger(loadConfig({ LOG_LEVEL: 'silent' }));
  const dir = mkdtempSync(join(tmpdir(), 'pps-import-'));
  const file = join(dir, 'pps.csv');
  let slug = '';
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    ({ slug } = await createConsortium(database.db, await createProgramme(database.db)));
    writeFileSync(file, `consortium;naam;opgericht;gemeente;niveaus\n${slug};CLI Werkplaats;2022;Groningen;mbo\n`);
  });
  afterAll(() => database?.dispose());
  const named = async () => database.db.select({ id: pps.id }).from(pps).where(eq(pps.name, 'CLI Werkplaats'));

  it('prints the preview on a dry run and writes nothing; then imports', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await runImportCommand(['pps', file, '--dry-run'], database, logger);
    expect(log).toHaveBeenCalledWith(`nieuw     regel 2: CLI Werkplaats (${slug})`);
    expect(await named()).toHaveLength(0);
    await runImportCommand(['pps', file], database, logger);
    expect(await named()).toHaveLength(1);
    log.mockRestore();
  });

  it('names every import type in its usage line', async () => {
    const error = await runImportCommand(['adressen', file], database, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe('Usage: npm run cli -- import organisaties|partners|pps|begrotingen|indicatorwaarden <file.csv|file.xlsx> [--dry-run]');
  });
});
