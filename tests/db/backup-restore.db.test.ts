import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, type Backup } from '../../src/services/backup/create-backup.ts';
import { restoreBackup } from '../../src/services/backup/restore-backup.ts';
import { Invalid } from '../../src/errors.ts';
import { count } from 'drizzle-orm';
import { organisations } from '../../src/db/schema/index.ts';
import { updateConsortiumProfile } from '../../src/services/consortia/update-consortium-profile.ts';
import { getConsortiumProfile } from '../../src/services/consortia/get-consortium-profile.ts';
import { createSite } from '../helpers/site-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type DatabaseKind, type TestDatabase } from '../helpers/test-db.ts';

// Backups travel between the embedded database and a server: the content must come back identical.
// The source is a small complete site (every role, reports, knowledge items) with one audited change.
const content = (b: Backup) => JSON.stringify(b.tables);

describe('backup and restore', () => {
  const open: TestDatabase[] = [];
  let source: TestDatabase;
  let original: Backup;
  let organisationCount: number;
  beforeAll(async () => {
    source = await createTestDatabase('pglite');
    open.push(source);
    const site = await createSite(source.db);
    const ctx = { db: source.db, actor: site.consortia[0]!.coordinator.actor };
    const profile = await getConsortiumProfile(ctx, { consortiumId: site.consortia[0]!.id });
    await updateConsortiumProfile(ctx, { ...profile, consortiumId: site.consortia[0]!.id, description: 'Bijgewerkt vóór de back-up.' });
    organisationCount = (await source.db.select({ n: count() }).from(organisations))[0]!.n;
    original = await createBackup(source.db);
  });
  afterAll(async () => {
    for (const d of open) await d.dispose();
  });

  it('holds every table, the audit log and non-public data, with counts and a checksum', () => {
    const names = original.tables.map((t) => t.name);
    for (const name of ['programmes', 'organisations', 'memberships', 'users', 'user_roles', 'audit_log', 'progress_reports']) expect(names).toContain(name);
    expect(names.indexOf('programmes')).toBeLessThan(names.indexOf('consortia'));
    expect(organisationCount).toBeGreaterThan(1);
    expect(original.counts.organisations).toBe(organisationCount);
    expect(original.counts.audit_log).toBeGreaterThan(0);
    expect(original.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(DATABASE_KINDS.map((k) => [k]))('round-trips PGlite → %s → PGlite to identical data', async (kind: DatabaseKind) => {
    const middle = await createTestDatabase(kind);
    open.push(middle);
    await restoreBackup(middle.db, JSON.parse(JSON.stringify(original)));
    const again = await createBackup(middle.db);
    expect(again.counts).toEqual(original.counts);
    expect(content(again)).toBe(content(original));
    const back = await createTestDatabase('pglite');
    open.push(back);
    await restoreBackup(back.db, again);
    expect(content(await createBackup(back.db))).toBe(content(original));
    // Sequences continue after the restored rows: a new organisation gets a fresh id.
    const [created] = await middle.db.insert(organisations).values({ name: 'Nieuw na herstel', kind: 'overig' }).returning({ id: organisations.id });
    expect(created?.id).toBeGreaterThan(original.counts.organisations as number);
  });

  it('refuses a non-empty target, a damaged file and a foreign file, and writes nothing', async () => {
    const refusal = async (db: TestDatabase['db'], input: unknown) => (await restoreBackup(db, input).catch((e: unknown) => e)) as Error;
    const target = await createTestDatabase('pglite');
    open.push(target);
    const damaged = { ...original, tables: original.tables.map((t) => (t.name === 'organisations' ? { ...t, rows: t.rows.slice(1) } : t)) };
    expect((await refusal(target.db, damaged)).message).toBe('De controlesom klopt niet: de back-up is beschadigd of bewerkt.');
    expect((await refusal(target.db, { format: 'iets anders' })).message).toBe('Dit is geen back-up van PPS Monitor.');
    expect(await refusal(source.db, original)).toBeInstanceOf(Invalid);
    expect((await refusal(source.db, original)).message).toMatch(/^De database is niet leeg/);
    expect((await createBackup(target.db)).counts.organisations).toBe(0);
  });
});
