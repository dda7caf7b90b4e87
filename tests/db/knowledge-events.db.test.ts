import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema/index.ts';
import { cancelRegistration } from '../../src/services/events/cancel-registration.ts';
import { eraseExpiredRegistrations } from '../../src/services/events/erase-expired-registrations.ts';
import { listRegistrations } from '../../src/services/events/list-registrations.ts';
import { registerForEvent } from '../../src/services/events/register-for-event.ts';
import { Conflict, Forbidden } from '../../src/errors.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { makeConsortium, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

const mail = { config: { smtpUrl: undefined, mailFrom: 'test@voorbeeld.nl' }, links: { cancelUrl: (t: string) => `https://pps.test/afmelden/${t}`, calendarUrl: (slug: string) => `https://pps.test/kennisbank/${slug}/agenda.ics` } };
const future = (days: number) => new Date(Date.now() + days * 86_400_000);

describe.each(DATABASE_KINDS)('event registrations on %s', (kind) => {
  let database: TestDatabase;
  let programmeId: number;
  const ctx = () => ({ db: database.db, actor: null });
  const newEvent = (title: string, capacity: number, startsAt = future(10)) =>
    createItem(database.db, programmeId, { title, kind: 'evenement', capacity, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), location: 'Utrecht' });
  const register = (slug: string, n: number) => registerForEvent(ctx(), { slug, form: { name: `Persoon ${n}`, email: `persoon${n}@voorbeeld.nl`, organisation: 'ROC' } }, mail);
  const statuses = async (itemId: number) => database.db.select({ status: s.eventRegistrations.status, email: s.eventRegistrations.email })
    .from(s.eventRegistrations).where(eq(s.eventRegistrations.itemId, itemId)).orderBy(asc(s.eventRegistrations.id));
  const mailsTo = (email: string) => database.db.select({ subject: s.outbox.subject, body: s.outbox.body }).from(s.outbox).where(eq(s.outbox.recipient, email)).orderBy(asc(s.outbox.id));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ({ programmeId } = await createProgramme(database.db, { retentionDays: 30 }));
  });
  afterAll(() => database?.dispose());

  it('never gives more seats than the capacity when many sign up at once', async () => {
    const event = await newEvent('Drukke dag', 3);
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => register(event.slug, 100 + i)));
    expect(results.filter((r) => r.status === 'aangemeld')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'wachtlijst')).toHaveLength(13);
    const rows = await statuses(event.id);
    expect(rows.filter((r) => r.status === 'aangemeld')).toHaveLength(3);
    // Seats went to the first three rows in sign-up order; the rest wait in that order.
    expect(rows.slice(0, 3).every((r) => r.status === 'aangemeld')).toBe(true);
    const mails = await database.db.select({ subject: s.outbox.subject }).from(s.outbox).where(like(s.outbox.recipient, 'persoon1__@voorbeeld.nl'));
    expect(mails.filter((m) => m.subject.startsWith('Aanmelding bevestigd'))).toHaveLength(3);
    expect(mails.filter((m) => m.subject.startsWith('Wachtlijst'))).toHaveLength(13);
  });

  it('moves the first on the waiting list up on a cancellation, mails them, and only once per link', async () => {
    const event = await newEvent('Kleine sessie', 1);
    const first = await register(event.slug, 1);
    const second = await register(event.slug, 2);
    const third = await register(event.slug, 3);
    expect([first.status, second.status, third.status]).toEqual(['aangemeld', 'wachtlijst', 'wachtlijst']);
    expect((await mailsTo('persoon1@voorbeeld.nl'))[0]!.body).toContain(`https://pps.test/afmelden/${first.token}`);

    expect(await cancelRegistration(ctx(), { token: first.token }, mail)).toEqual({ promoted: true });
    expect((await statuses(event.id)).map((r) => r.status)).toEqual(['afgemeld', 'aangemeld', 'wachtlijst']);
    const promoted = await mailsTo('persoon2@voorbeeld.nl');
    expect(promoted.at(-1)!.subject).toBe('Er is een plaats vrij: Kleine sessie');
    expect(promoted.at(-1)!.body).toMatch(/https:\/\/pps\.test\/afmelden\/[A-Za-z0-9_-]{20,}/);

    expect(await cancelRegistration(ctx(), { token: first.token }, mail)).toEqual({ promoted: false });
    expect((await statuses(event.id)).map((r) => r.status)).toEqual(['afgemeld', 'aangemeld', 'wachtlijst']);
    // Leaving the waiting list frees no seat and promotes nobody.
    expect(await cancelRegistration(ctx(), { token: third.token }, mail)).toEqual({ promoted: false });
    expect((await statuses(event.id)).map((r) => r.status)).toEqual(['afgemeld', 'aangemeld', 'afgemeld']);
  });

  it('refuses a second registration with the same address and one after the start', async () => {
    const event = await newEvent('Eenmalig', 5);
    await register(event.slug, 7);
    await expect(register(event.slug, 7)).rejects.toBeInstanceOf(Conflict);
    const started = await newEvent('Al begonnen', 5, new Date(Date.now() - 60_000));
    await expect(register(started.slug, 8)).rejects.toBeInstanceOf(Conflict);
  });

  it('erases personal data the rule number of days after the event, keeps the counts, audits it', async () => {
    const event = await newEvent('Voorbij', 2, future(1));
    for (const n of [21, 22, 23]) await register(event.slug, n);
    const end = future(1).getTime() + 3_600_000;
    await eraseExpiredRegistrations(ctx(), { now: new Date(end - 60_000 + 30 * 86_400_000) });
    expect((await statuses(event.id)).map((r) => r.email)).toEqual(['persoon21@voorbeeld.nl', 'persoon22@voorbeeld.nl', 'persoon23@voorbeeld.nl']);
    const result = await eraseExpiredRegistrations(ctx(), { now: new Date(end + 31 * 86_400_000) });
    expect(result).toMatchObject({ days: 30 });
        const rows = await database.db.select({ status: s.eventRegistrations.status, name: s.eventRegistrations.name, email: s.eventRegistrations.email,
      organisation: s.eventRegistrations.organisation, tokenHash: s.eventRegistrations.tokenHash, erasedAt: s.eventRegistrations.erasedAt })
      .from(s.eventRegistrations).where(eq(s.eventRegistrations.itemId, event.id));
    expect(rows.map((r) => r.status)).toEqual(['aangemeld', 'aangemeld', 'wachtlijst']);
    expect(rows.every((r) => r.name === null && r.email === null && r.organisation === null && r.tokenHash === null && r.erasedAt !== null)).toBe(true);
    const audit = await database.db.select({ after: s.auditLog.after }).from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'registration.erase'), eq(s.auditLog.entityId, String(event.id))));
    expect(audit).toEqual([{ after: { erased: 3, rule: 'registratie_bewaartermijn_dagen', days: 30 } }]);
    // The audit trail of the sign-ups never held the personal data.
    const trail = JSON.stringify(await database.db.select({ after: s.auditLog.after }).from(s.auditLog).where(like(s.auditLog.action, 'registration.%')));
    expect(trail).not.toContain('persoon21');
    // A later run erases nothing of this event again.
    await eraseExpiredRegistrations(ctx(), { now: new Date(end + 40 * 86_400_000) });
    const audits = await database.db.select({ id: s.auditLog.id }).from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'registration.erase'), eq(s.auditLog.entityId, String(event.id))));
    expect(audits).toHaveLength(1);
  });

  it('shows the registrations to the office only', async () => {
    const event = await newEvent('Lijst', 2);
    await register(event.slug, 31);
    const office = await makeUser(database.db, [{ role: 'programmabureau' }]);
    const coordinator = await makeUser(database.db, [{ role: 'coordinator', consortiumId: await makeConsortium(database.db, programmeId, 'Lijst') }]);
    const list = await listRegistrations({ db: database.db, actor: office }, { itemId: event.id });
    expect(list.rows.map((r) => r.email)).toEqual(['persoon31@voorbeeld.nl']);
    await expect(listRegistrations({ db: database.db, actor: coordinator }, { itemId: event.id })).rejects.toBeInstanceOf(Forbidden);
    await expect(eraseExpiredRegistrations({ db: database.db, actor: coordinator }, { now: new Date() })).rejects.toBeInstanceOf(Forbidden);
  });
});
