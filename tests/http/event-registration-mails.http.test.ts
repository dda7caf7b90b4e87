import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../src/db/schema/index.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { openForm } from '../helpers/login.ts';
import { startTestSmtpServer } from '../helpers/smtp-server.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Event mails take the one mail path (outbox, audited, sent after the commit), but the audit names nobody.
describe.each(DATABASE_KINDS)('event registration mails through the outbox on %s', (kind) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let programmeId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    smtp = await startTestSmtpServer();
    ({ programmeId } = await createProgramme(database.db, { retentionDays: 30 }));
  }, 240_000);
  afterAll(async () => {
    await smtp?.close();
    await database?.dispose();
  });

  const newEvent = (title: string) => {
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    return createItem(database.db, programmeId, { title, kind: 'evenement', capacity: 5, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), location: 'Utrecht' });
  };
  const mailsTo = (email: string) => database.db.select({ id: outbox.id, kind: outbox.kind, status: outbox.status, subject: outbox.subject, body: outbox.body })
    .from(outbox).where(eq(outbox.recipient, email)).orderBy(outbox.id);
  const auditOf = (id: number) => database.db.select({ action: auditLog.action, after: auditLog.after })
    .from(auditLog).where(and(eq(auditLog.entity, 'outbox'), eq(auditLog.entityId, String(id))));

  it('queues the confirmation and the cancellation in the outbox, audited without the address', async () => {
    const event = await newEvent('Netwerkdag zonder SMTP');
    const app = createTestApp(database.db);
    const email = `deelnemer-${kind}@voorbeeld.nl`;
    const form = await openForm(app, `/aanmelden/${event.slug}`);
    expect((await form.post(`/aanmelden/${event.slug}`, { name: 'Dee Nemer', email, organisation: 'ROC' })).status).toBe(303);
    const [confirmation] = await mailsTo(email);
    expect([confirmation!.kind, confirmation!.status]).toEqual(['eventRegistration', 'wachtend']);
    expect(confirmation!.subject).toBe('Aanmelding bevestigd: Netwerkdag zonder SMTP');
    const audit = await auditOf(confirmation!.id);
    expect(audit).toEqual([{ action: 'mail.queue', after: { kind: 'eventRegistration' } }]);
    expect(JSON.stringify(audit)).not.toContain(email);

    const token = /\/afmelden\/([A-Za-z0-9_-]{43})/.exec(confirmation!.body)![1]!;
    const cancel = await openForm(app, `/afmelden/${token}`);
    expect((await cancel.post(`/afmelden/${token}`)).status).toBe(303);
    const [, cancelled] = await mailsTo(email);
    expect(cancelled!.kind).toBe('eventCancelled');
    expect(JSON.stringify(await auditOf(cancelled!.id))).not.toContain(email);
  });

  it('delivers the confirmation over SMTP after the sign-up and marks it sent', async () => {
    const event = await newEvent('Netwerkdag met SMTP');
    const app = createTestApp(database.db, { SMTP_URL: smtp.url });
    const email = `smtp-deelnemer-${kind}@voorbeeld.nl`;
    const form = await openForm(app, `/aanmelden/${event.slug}`);
    expect((await form.post(`/aanmelden/${event.slug}`, { name: 'Dee Nemer', email, organisation: 'ROC' })).status).toBe(303);
    const [confirmation] = await mailsTo(email);
    expect([confirmation!.kind, confirmation!.status]).toEqual(['eventRegistration', 'verzonden']);
    const sent = smtp.received.filter((m) => m.to.some((to) => to.includes(email)));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.data).toContain('/afmelden/');
    expect(JSON.stringify(await auditOf(confirmation!.id))).not.toContain(email);
  });
});
