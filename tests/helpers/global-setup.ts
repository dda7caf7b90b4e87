import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext { pgliteTemplate: string }
}

// Starting PGlite (initdb in WebAssembly) and migrating costs seconds per database: do it once, and let each
// test database start from a copy of the migrated data folder. Every test file still gets its own database.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'pps-test-template-'));
  const database = await openPglite('memory');
  await migrateDatabase(database);
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: 'none') => Promise<Blob> } }).$client;
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
