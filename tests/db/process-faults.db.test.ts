import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { count, eq, like } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { auditLog, organisations, progressReports, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { startChildServer, stopChild, type ChildServer } from '../helpers/child-server.ts';
import { buildServerBundle, type ServerBundle } from '../helpers/server-bundle.ts';
import { loginAs, overHttp } from '../helpers/login.ts';
import { makeConsortium, makeProgramme, makeReport, makeUser } from '../helpers/portal-factory.ts';
import { createPgliteFolder, DATABASE_KINDS } from '../helpers/test-db.ts';

// The real server in a child process, killed (SIGKILL) or stopped (SIGTERM) while a transaction is open: a
// test-only pause (PPS_TEST_PAUSE_IN) holds it after its writes, before its commit. Nothing half-written survives.
const PASSWORD = 'noodstop-wachtwoord-2026';
const ROWS = 450; // a CSV of at most 500 lines is checked inline: no reader thread to start in the child
// Each import test names its organisations with a prefix of its own, so neither sees the other's rows.
const importFile = (prefix: string) =>
  Buffer.from(`naam;soort\n${Array.from({ length: ROWS }, (_, i) => `${prefix} ${String(i).padStart(4, '0')};overig\n`).join('')}`).toString('base64');

let bundle: ServerBundle;
beforeAll(async () => { bundle = await buildServerBundle(); });
afterAll(() => bundle?.dispose());

describe.each(DATABASE_KINDS)('the server killed or stopped mid-transaction on %s', (kind) => {
  let target: { env: Record<string, string>; open: () => Promise<Database>; dispose: () => Promise<void> };
  let email = '';
  let reportId = 0;
  let server: ChildServer | undefined;

  beforeAll(async () => {
    target = kind === 'pglite' ? await pgliteFolder() : await postgresDatabase();
    const database = await target.open();
    try {
      const db = database.db;
      const consortiumId = await makeConsortium(db, await makeProgramme(db), 'Noodstop');
      const office = await makeUser(db, [{ role: 'programmabureau' }]);
      const [row] = await db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, office.userId)).returning({ email: users.email });
      email = row!.email;
      reportId = await makeReport(db, consortiumId, 2025, 'ingediend');
    } finally {
      await database.close();
    }
  }, 120_000);
  afterEach(async () => { await stopChild(server); server = undefined; });
  afterAll(async () => { await target?.dispose(); });

  /** What the fault may not leave half-done, read from the database reopened after the process ended. */
  const stateAfter = async (prefix = 'Noodstop') => {
    const database = await target.open();
    try {
      const [imported] = await database.db.select({ n: count() }).from(organisations).where(like(organisations.name, `${prefix} %`));
      const [report] = await database.db.select({ status: progressReports.status, version: progressReports.version }).from(progressReports).where(eq(progressReports.id, reportId));
      const audit = await database.db.select({ action: auditLog.action, entity: auditLog.entity, occurredAt: auditLog.occurredAt }).from(auditLog);
      return { imported: imported!.n, report, audit };
    } finally {
      await database.close();
    }
  };
  const signIn = async (pause: string, ms: string) => {
    server = await startChildServer(bundle, { ...target.env, PPS_TEST_PAUSE_IN: pause, PPS_TEST_PAUSE_MS: ms });
    return loginAs(overHttp(server.base), email, PASSWORD);
  };

  it('leaves no organisation and no audit row when killed inside an import commit', async () => {
    // Rows of this test only: an import another test finished may be in the same database.
    const startedAt = new Date();
    const office = await signIn('import-commit', '30000');
    const commit = office.post('/portaal/import/inlezen', { soort: 'organisaties', inhoud: importFile('Noodstop'), bestandsnaam: 'noodstop.csv' }).catch((error: unknown) => error);
    await server!.waitForLog(/test pause reached/);
    server!.child.kill('SIGKILL');
    expect((await server!.exited).signal).toBe('SIGKILL');
    expect(await commit).toBeInstanceOf(Error);
    const state = await stateAfter();
    expect(state.imported).toBe(0);
    expect(state.audit.filter((a) => a.action === 'import' && a.occurredAt >= startedAt)).toEqual([]);
  }, 60_000);

  it('leaves the report submitted, unchanged and unaudited when killed inside its approval', async () => {
    const office = await signIn('report-approval', '30000');
    const approval = office.post(`/portaal/bureau/rapportages/${reportId}/goedkeuren`, { version: '1' }).catch((error: unknown) => error);
    await server!.waitForLog(/test pause reached/);
    server!.child.kill('SIGKILL');
    await server!.exited;
    expect(await approval).toBeInstanceOf(Error);
    const state = await stateAfter();
    expect(state.report).toEqual({ status: 'ingediend', version: 1 });
    expect(state.audit.filter((a) => a.entity === 'progress_reports')).toEqual([]);
  }, 60_000);

  it('finishes the commit in flight after SIGTERM, answers it, then exits 0', async () => {
    const startedAt = new Date();
    const office = await signIn('import-commit', '1500');
    const commit = office.post('/portaal/import/inlezen', { soort: 'organisaties', inhoud: importFile('Afsluiten'), bestandsnaam: 'afsluiten.csv' });
    await server!.waitForLog(/test pause reached/);
    server!.child.kill('SIGTERM');
    const response = await commit;
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain(`nieuw=${ROWS}`);
    expect(await server!.exited).toEqual({ code: 0, signal: null });
    const state = await stateAfter('Afsluiten');
    expect(state.imported).toBe(ROWS);
    expect(state.audit.filter((a) => a.action === 'import' && a.occurredAt >= startedAt)).toHaveLength(1);
  }, 60_000);
});

/** A PGlite data folder of its own, started from the migrated test template (no initdb). */
async function pgliteFolder() {
  const dir = await createPgliteFolder('pps-faults-');
  return { env: { DATA_DIR: dir }, open: () => openPglite(dir), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database on the test server, a copy of the migrated template (or migrated), dropped at the end. */
async function postgresDatabase() {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `pps_faults_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const template = inject('postgresTemplate');
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (!template) {
    const database = await openPostgres(url.toString());
    await migrateDatabase(database);
    await database.close();
  }
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openPostgres(url.toString(), { max: 2 }),
    dispose: async () => { await admin.unsafe(`drop database if exists ${name} with (force)`); await admin.end({ timeout: 5 }); },
  };
}
