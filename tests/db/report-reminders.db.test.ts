import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, programmeRules, users } from '../../src/db/schema/index.ts';
import { sendReportReminders } from '../../src/services/mail/send-report-reminders.ts';
import { makeConsortium, makeProgramme, makeReport, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Reminders with a fixed clock: the report over 2025 is due 2026-03-31 (3 months), reminders 14 days before.
describe.each(DATABASE_KINDS)('report reminders on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase(kind); }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  const at = (iso: string) => new Date(`${iso}T06:00:00Z`);
  async function world(name: string) {
    const db = database.db;
    // One programme per test: the reminders of other tests' programmes then never show in this one's mailboxes.
    const programmeId = await makeProgramme(db, { startsOn: '2025-01-01', endsOn: '2027-12-31', deadline: 3 });
    await db.insert(programmeRules).values({ programmeId, code: 'herinnering_dagen_voor_deadline', value: 14, descriptionNl: 'Herinnering', validFrom: '2020-01-01' });
    const consortiumId = await makeConsortium(db, programmeId, name);
    const coordinators = [await makeUser(db, [{ role: 'coordinator', consortiumId }]), await makeUser(db, [{ role: 'coordinator', consortiumId }])];
    const emails = (await db.select({ email: users.email }).from(users).where(inArray(users.id, coordinators.map((c) => c.userId)))).map((u) => u.email);
    const mails = () => db.select({ id: outbox.id, to: outbox.recipient, kind: outbox.kind, subject: outbox.subject, body: outbox.body })
      .from(outbox).where(inArray(outbox.recipient, emails)).orderBy(outbox.id);
    return { consortiumId, emails, mails };
  }

  it('sends nothing before the window, one reminder per coordinator in it, nothing on a second run, one overdue mail after', async () => {
    const { emails, mails } = await world('Iota');
    await sendReportReminders(database.db, { now: at('2026-03-16') });
    expect(await mails()).toEqual([]);

    await sendReportReminders(database.db, { now: at('2026-03-17'), baseUrl: 'https://monitor.test' });
    const due = await mails();
    expect(due.map((m) => [m.to, m.kind])).toEqual(emails.map((e) => [e, 'reminderDue']));
    expect(due[0]!.subject).toBe('Herinnering: rapportage 2025 uiterlijk 31 maart 2026');
    // Two runs on the same or a later day, as two instances would: nothing twice.
    await Promise.all([sendReportReminders(database.db, { now: at('2026-03-17') }), sendReportReminders(database.db, { now: at('2026-03-17') })]);
    await sendReportReminders(database.db, { now: at('2026-03-30') });
    expect(await mails()).toHaveLength(2);

    await sendReportReminders(database.db, { now: at('2026-04-01') });
    await sendReportReminders(database.db, { now: at('2026-04-20') });
    const all = await mails();
    expect(all.map((m) => m.kind)).toEqual(['reminderDue', 'reminderDue', 'reminderOverdue', 'reminderOverdue']);
    expect(all[2]!.subject).toBe('Termijn verstreken: rapportage 2025');
    const audited = await database.db.select({ id: auditLog.id }).from(auditLog)
      .where(and(eq(auditLog.action, 'mail.queue'), inArray(auditLog.entityId, all.map((m) => String(m.id)))));
    expect(audited).toHaveLength(4);
  });

  it('sends nothing for a submitted report, and reminds about a concept in its window', async () => {
    const { consortiumId, mails } = await world('Kappa');
    await makeReport(database.db, consortiumId, 2025, 'ingediend');
    await sendReportReminders(database.db, { now: at('2026-03-20') });
    await sendReportReminders(database.db, { now: at('2026-04-20') });
    expect(await mails()).toEqual([]);

    const other = await world('Lambda');
    const reportId = await makeReport(database.db, other.consortiumId, 2025, 'concept');
    await sendReportReminders(database.db, { now: at('2026-03-20'), baseUrl: 'https://monitor.test' });
    const sent = await other.mails();
    expect(sent.map((m) => m.kind)).toEqual(['reminderDue', 'reminderDue']);
    expect(sent[0]!.body).toContain(`https://monitor.test/portaal/rapportages/${reportId}`);
  });
});
