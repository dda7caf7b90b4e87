import { and, count, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { eventRegistrations } from '../../db/schema/index.ts';
import { Conflict } from '../../errors.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { registrationMail } from './event-mails.ts';
import { lockEvent, whenAndWhere, type EventLinks } from './event-facts.ts';

export const RegistrationInput = z.object({
  name: z.string().trim().min(2, 'nameRequired').max(200, 'max200'),
  email: z.string().trim().toLowerCase().max(254, 'max254').pipe(z.email('emailInvalid')),
  organisation: z.string().trim().max(200, 'max200').default(''),
});
export type RegistrationInput = z.output<typeof RegistrationInput>;

/** Why a sign-up is refused, as a code the edge words. */
export class RegistrationRefused extends Conflict {
  constructor(readonly reason: 'closed' | 'duplicate', code: 'registrationClosed' | 'registrationDuplicate') {
    super(code);
  }
}

export type RegistrationResult = { status: 'aangemeld' | 'wachtlijst'; token: string };

/** Signs someone up: a seat while there is one, else the waiting list; never more seats than the capacity, however many sign up at once. */
export async function registerForEvent(
  ctx: ServiceContext, input: { slug: string; form: unknown }, mail: { links: EventLinks },
): Promise<RegistrationResult> {
  const person = parseInput(RegistrationInput, input.form);
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, { slug: input.slug });
    if (event.startsAt && event.startsAt.getTime() <= Date.now()) throw new RegistrationRefused('closed', 'registrationClosed');
    const [already] = await tx.select({ id: eventRegistrations.id }).from(eventRegistrations)
      .where(and(eq(eventRegistrations.itemId, event.id), eq(eventRegistrations.email, person.email), ne(eventRegistrations.status, 'afgemeld'))).limit(1);
    if (already) throw new RegistrationRefused('duplicate', 'registrationDuplicate');
    const [taken] = await tx.select({ n: count() }).from(eventRegistrations)
      .where(and(eq(eventRegistrations.itemId, event.id), eq(eventRegistrations.status, 'aangemeld')));
    const status = event.capacity === null || (taken?.n ?? 0) < event.capacity ? 'aangemeld' : 'wachtlijst';
    const token = newToken();
    const [row] = await tx.insert(eventRegistrations).values({
      itemId: event.id, status, name: person.name, email: person.email, organisation: person.organisation, tokenHash: hashToken(token),
      createdAt: sql`clock_timestamp()`,
    }).returning({ id: eventRegistrations.id });
    // The audit trail names no person: it outlives the erasure of their data.
    await recordAudit(tx, null, { action: `registration.${status}`, entity: 'event_registrations', entityId: (row as { id: number }).id, after: { itemId: event.id, status } });
    const facts = { to: person.email, name: person.name, title: event.title, ...whenAndWhere(event), cancelUrl: mail.links.cancelUrl(token), calendarUrl: mail.links.calendarUrl(event.slug) };
    const kind = status === 'wachtlijst' ? 'eventWaitingList' : 'eventRegistration';
    await queueMail(tx, null, { ...registrationMail(facts, status === 'wachtlijst'), kind }, { anonymousAudit: true });
    return { status, token };
  });
}
