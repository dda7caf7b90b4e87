import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../src/db/schema/index.ts';
import { createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { loginAs, openForm } from '../helpers/login.ts';
import { startTestSmtpServer } from '../helpers/smtp-server.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// Invitations and password resets take the one mail path: an outbox row, audited, sent by deliverMails.
describe.each(DATABASE_KINDS)('account mails through the outbox on %s', (kind) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    smtp = await startTestSmtpServer();
  }, 240_000);
  afterAll(async () => {
    await smtp?.close();
    await database?.dispose();
  });

  const mailsTo = (email: string) => database.db
    .select({ id: outbox.id, kind: outbox.kind, status: outbox.status, body: outbox.body, sentAt: outbox.sentAt })
    .from(outbox).where(eq(outbox.recipient, email)).orderBy(outbox.id);
  const auditOf = (ids: number[]) => database.db.select({ action: auditLog.action, after: auditLog.after })
    .from(auditLog).where(and(eq(auditLog.entity, 'outbox'), inArray(auditLog.entityId, ids.map(String))));
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
  };

  it('queues both without SMTP, lists them in the outbox and masks the reset token there', async () => {
    const app = createTestApp(database.db);
    const office = await createUser(database.db, { role: 'programmabureau' });
    const member = await createUser(database.db, { role: 'beoordelaar' });
    const visitor = await loginAs(app, office.email, TEST_PASSWORD);
    const invited = `nieuw-${Date.now()}@test.example`;
    expect((await visitor.post('/portaal/gebruikers/uitnodigen', { email: invited, role: 'beoordelaar' })).status).toBe(303);
    expect((await (await openForm(app, '/wachtwoord-vergeten')).post('/wachtwoord-vergeten', { email: member.email })).status).toBe(303);

    const [invitation] = await mailsTo(invited);
    const [reset] = await mailsTo(member.email);
    expect([invitation!.kind, invitation!.status, reset!.kind, reset!.status]).toEqual(['invitation', 'wachtend', 'passwordReset', 'wachtend']);
    const token = /\/wachtwoord-herstellen\/([A-Za-z0-9_-]{43})/.exec(reset!.body)![1]!;
    const audit = await auditOf([invitation!.id, reset!.id]);
    expect(audit.map((a) => a.action)).toEqual(['mail.queue', 'mail.queue']);

    const html = await (await visitor.request('/portaal/outbox')).text();
    expect(html).toContain(invited);
    expect(html).toContain(member.email);
    expect(html).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}/);
    expect(html).toContain('/wachtwoord-herstellen/…');
    expect(html).not.toContain(token);
  });

  it('sends both over SMTP after the change and marks them sent', async () => {
    const app = createTestApp(database.db, { SMTP_URL: smtp.url });
    const office = await createUser(database.db, { role: 'programmabureau' });
    const member = await createUser(database.db, { role: 'beoordelaar' });
    const visitor = await loginAs(app, office.email, TEST_PASSWORD);
    const invited = `smtp-${Date.now()}@test.example`;
    expect((await visitor.post('/en/portaal/gebruikers/uitnodigen', { email: invited, role: 'beoordelaar' })).status).toBe(303);
    expect((await (await openForm(app, '/wachtwoord-vergeten')).post('/wachtwoord-vergeten', { email: member.email })).status).toBe(303);
    // The reset answer does not wait for the mail (same timing with or without an account).
    const sent = (email: string) => smtp.received.filter((m) => m.to.some((to) => to.includes(email)));
    await until(async () => sent(member.email).length > 0);

    const [invitation] = await mailsTo(invited);
    const [reset] = await mailsTo(member.email);
    expect([invitation!.status, reset!.status]).toEqual(['verzonden', 'verzonden']);
    expect(invitation!.sentAt).not.toBeNull();
    expect(sent(invited)).toHaveLength(1);
    expect(sent(member.email)).toHaveLength(1);
    // An invitation from the English page is written in English and links to the English portal.
    expect(invitation!.body).toMatch(/You have been invited[\s\S]*\/en\/uitnodiging\//);
    expect(sent(member.email)[0]!.data).toContain('wachtwoord-herstellen');
    expect((await auditOf([invitation!.id, reset!.id])).length).toBe(2);
  });
});
