// Builds and opens a database at a scale factor: PGlite under bench/.data, PostgreSQL as pps_bench_x<N>.
import { rmSync } from 'node:fs';
import postgres from 'postgres';
import { openPglite, openPostgres, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { hasProgramme } from '../src/seed/load-demo.ts';
import { loadScale } from '../src/seed/scale/load-scale.ts';

export type Kind = 'pglite' | 'postgres';

/**
 * With `reuse`, a database built by an earlier run is kept (migrated to the current schema, which rebuilds the
 * precomputed figures): ×100 on PostgreSQL is generated once, not on every run. Without it, it is built afresh.
 */
export async function openScale(kind: Kind, factor: number, adminUrl: string | undefined, options: { reuse: boolean; migrate?: boolean }): Promise<{ database: Database; buildSeconds: number | null; buildCpuSeconds?: number }> {
  let database: Database;
  if (kind === 'pglite') {
    const dir = new URL(`./.data/x${factor}`, import.meta.url).pathname;
    if (!options.reuse) rmSync(dir, { recursive: true, force: true });
    database = await openPglite(dir);
  } else {
    const name = `pps_bench_x${String(factor).replace('.', '_')}`;
    const admin = postgres(adminUrl as string, { max: 1, onnotice: () => {} });
    if (!options.reuse) await admin.unsafe(`drop database if exists ${name} with (force)`);
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl as string);
    url.pathname = `/${name}`;
    database = await openPostgres(url.toString(), { max: 10 });
  }
  // `migrate: false` measures a database another branch built and migrated, without moving its schema on.
  if (options.migrate !== false) await migrateDatabase(database);
  if (await hasProgramme(database.db)) return { database, buildSeconds: null };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await loadScale(database, { factor, seed: 20230706, demoPassword: 'bench-wachtwoord-2026' });
  // On a shared machine the wall clock mostly says how busy it was; this process's CPU (all of PGlite's work) does not.
  const { user, system } = process.cpuUsage(cpu);
  return { database, buildSeconds: (performance.now() - started) / 1000, buildCpuSeconds: (user + system) / 1e6 };
}
