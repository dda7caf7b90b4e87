import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, progressReports, users } from '../../src/db/schema/index.ts';
import { Conflict } from '../../src/errors.ts';
import { deliverMails } from '../../src/services/mail/deliver-mails.ts';
import { approveReport } from '../../src/services/reports/approve-report.ts';
import { commentOnReport } from '../../src/services/reports/comment-on-report.ts';
import { returnReport } from '../../src/services/reports/return-report.ts';
import { submitReport } from '../../src/services/reports/submit-report.ts';
import { makeConsortium, makeProgramme, makeReport, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Mail on submit, return, approve and comment: queued with the change, in the recipient's language, audited.
describe.each(DATABASE_KINDS)('report mails on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase(kind); }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  const mailsTo = async (emails: string[], after: number) => database.db
    .select({ id: outbox.id, to: outbox.recipient, kind: outbox.kind, subject: outbox.subject, body: outbox.body, status: outbox.status })
    .from(outbox).where(inArray(outbox.recipient, emails)).orderBy(outbox.id).then((rows) => rows.filter((r) => r.id > after));
  const emailOf = async (userId: number) => (await database.db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]!.email;
  const lastMailId = async () => (await database.db.select({ id: outbox.id }).from(outbox).orderBy(outbox.id)).at(-1)?.id ?? 0;

  it('mails the office on submit, the coordinators (in their language) on return with the reason and on approval', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db);
    const consortiumId = await makeConsortium(db, programmeId, 'Zeta');
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const dutch = await makeUser(db, [{ role: 'coordinator', consortiumId }]);
    const english = await makeUser(db, [{ role: 'coordinator', consortiumId }]);
    await makeUser(db, [{ role: 'coordinator', consortiumId }], { isActive: false });
    await db.update(users).set({ preferredLocale: 'en' }).where(eq(users.id, english.userId));
    const reportId = await makeReport(db, consortiumId, 2024, 'concept');
    const [officeMail, dutchMail, englishMail] = await Promise.all([office, dutch, english].map((u) => emailOf(u.userId)));
    const start = await lastMailId();

    const submitted = await submitReport({ db, actor: dutch }, { reportId, version: 1, today: new Date('2025-02-01T12:00:00Z'), baseUrl: 'https://monitor.test' });
    const toOffice = await mailsTo([officeMail!], start);
    expect(toOffice.map((m) => [m.kind, m.status, m.subject])).toEqual([['reportSubmitted', 'wachtend', 'Rapportage 2024 van Zeta ingediend']]);
    expect(toOffice[0]!.body).toContain(`https://monitor.test/portaal/bureau/rapportages/${reportId}`);

    const returned = await returnReport({ db, actor: office }, { reportId, version: submitted.version, note: 'Vul actielijn 2 aan.', baseUrl: 'https://monitor.test' });
    let toCoordinators = await mailsTo([dutchMail!, englishMail!], start);
    expect(toCoordinators.map((m) => [m.to, m.kind, m.subject])).toEqual([
      [dutchMail, 'reportReturned', 'Rapportage 2024 teruggestuurd'],
      [englishMail, 'reportReturned', 'Report 2024 returned'],
    ]);
    expect(toCoordinators[0]!.body).toContain('Vul actielijn 2 aan.');
    expect(toCoordinators[1]!.body).toContain(`https://monitor.test/en/portaal/rapportages/${reportId}`);
    expect(toCoordinators[1]!.body).toContain('The programme office has returned');

    const again = await submitReport({ db, actor: dutch }, { reportId, version: returned.version, today: new Date('2025-02-02T12:00:00Z') });
    await approveReport({ db, actor: office }, { reportId, version: again.version });
    toCoordinators = await mailsTo([dutchMail!, englishMail!], start);
    expect(toCoordinators.map((m) => m.kind)).toEqual(['reportReturned', 'reportReturned', 'reportApproved', 'reportApproved']);
    expect((await mailsTo([officeMail!], start)).map((m) => m.kind)).toEqual(['reportSubmitted', 'reportSubmitted']);

    // Each mail is audited in the transaction of the action.
    const ids = (await mailsTo([officeMail!, dutchMail!, englishMail!], start)).map((m) => String(m.id));
    const audited = await db.select({ id: auditLog.entityId }).from(auditLog).where(and(eq(auditLog.entity, 'outbox'), eq(auditLog.action, 'mail.queue'), inArray(auditLog.entityId, ids)));
    expect(audited).toHaveLength(ids.length);
  });

  it('mails a comment to the other side, and a refused action mails nothing', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db);
    const consortiumId = await makeConsortium(db, programmeId, 'Eta');
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const coordinator = await makeUser(db, [{ role: 'coordinator', consortiumId }]);
    const reportId = await makeReport(db, consortiumId, 2024, 'ingediend');
    const [officeMail, coordinatorMail] = await Promise.all([office, coordinator].map((u) => emailOf(u.userId)));
    const start = await lastMailId();

    await commentOnReport({ db, actor: coordinator }, { reportId, body: 'Klopt het aantal studenten?' });
    expect((await mailsTo([officeMail!, coordinatorMail!], start)).map((m) => [m.to, m.kind])).toEqual([[officeMail, 'reportComment']]);
    await commentOnReport({ db, actor: office }, { reportId, body: 'Ja, dat klopt.' });
    const mails = await mailsTo([officeMail!, coordinatorMail!], start);
    expect(mails.map((m) => [m.to, m.kind])).toEqual([[officeMail, 'reportComment'], [coordinatorMail, 'reportComment']]);
    expect(mails[1]!.body).toContain('Ja, dat klopt.');

    const [{ version }] = await db.select({ version: progressReports.version }).from(progressReports).where(eq(progressReports.id, reportId)) as [{ version: number }];
    await expect(approveReport({ db, actor: office }, { reportId, version: version + 5 })).rejects.toBeInstanceOf(Conflict);
    expect(await mailsTo([officeMail!, coordinatorMail!], start)).toHaveLength(2);
  });

  it('records a failed SMTP delivery on the mail and leaves the approval standing', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db);
    const consortiumId = await makeConsortium(db, programmeId, 'Theta');
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const coordinator = await makeUser(db, [{ role: 'coordinator', consortiumId }]);
    const reportId = await makeReport(db, consortiumId, 2024, 'ingediend');
    const start = await lastMailId();
    await approveReport({ db, actor: office }, { reportId, version: 1 });
    // Nothing listens on port 1: the connection is refused.
    const delivery = await deliverMails(db, { smtpUrl: 'smtp://127.0.0.1:1', mailFrom: 'PPS Monitor <noreply@test>' });
    expect(delivery.failed).toBeGreaterThanOrEqual(1);
    const [mail] = await mailsTo([(await emailOf(coordinator.userId))!], start);
    expect(mail!.status).toBe('mislukt');
    const [row] = await db.select({ error: outbox.error, sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.id, mail!.id));
    expect(row!.error).toMatch(/ECONNREFUSED|connect/i);
    expect(row!.sentAt).toBeNull();
    const [report] = await db.select({ status: progressReports.status }).from(progressReports).where(eq(progressReports.id, reportId));
    expect(report!.status).toBe('goedgekeurd');
    // A failed mail is not retried on its own: the office sees it in the outbox.
    expect((await deliverMails(db, { smtpUrl: 'smtp://127.0.0.1:1', mailFrom: 'x <x@test>' })).failed).toBe(0);
  });
});
