import { and, asc, eq } from 'drizzle-orm';
import { eventRegistrations } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { recordAudit } from '../record-audit.ts';
import { cancelledMail, promotedMail } from './event-mails.ts';
import { lockEvent, whenAndWhere, type EventLinks } from './event-facts.ts';

// Sign-ups are audited without the person, their mails too: the trail outlives the erasure of their data.
const ANONYMOUS = { anonymousAudit: true };

/** Cancels by the mailed token; a freed seat goes to the first on the waiting list, who is mailed. Idempotent per token. */
export async function cancelRegistration(
  ctx: ServiceContext, input: { token: string }, mail: { links: EventLinks },
): Promise<{ promoted: boolean }> {
  const tokenHash = hashToken(input.token);
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx.select({ itemId: eventRegistrations.itemId }).from(eventRegistrations).where(eq(eventRegistrations.tokenHash, tokenHash)).limit(1);
    if (!found) throw new NotFound('cancelLinkUnknownOrExpired');
    const event = await lockEvent(tx, { id: found.itemId });
    // Read again under the event lock: a second click or a parallel cancellation sees the first one's result.
    const [registration] = await tx.select({ id: eventRegistrations.id, status: eventRegistrations.status, name: eventRegistrations.name, email: eventRegistrations.email })
      .from(eventRegistrations).where(eq(eventRegistrations.tokenHash, tokenHash)).limit(1);
    if (!registration || registration.status === 'afgemeld') return { promoted: false };
    await tx.update(eventRegistrations).set({ status: 'afgemeld', cancelledAt: new Date() }).where(eq(eventRegistrations.id, registration.id));
    await recordAudit(tx, null, { action: 'registration.cancel', entity: 'event_registrations', entityId: registration.id, before: { status: registration.status }, after: { itemId: event.id, status: 'afgemeld' } });
    if (registration.email) await queueMail(tx, null, { ...cancelledMail({ to: registration.email, name: registration.name ?? '', title: event.title }), kind: 'eventCancelled' }, ANONYMOUS);
    if (registration.status !== 'aangemeld') return { promoted: false };
    const [next] = await tx.select({ id: eventRegistrations.id, name: eventRegistrations.name, email: eventRegistrations.email })
      .from(eventRegistrations).where(and(eq(eventRegistrations.itemId, event.id), eq(eventRegistrations.status, 'wachtlijst')))
      .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id)).limit(1);
    if (!next) return { promoted: false };
    // The promoted person gets a fresh link: only the hash is stored, so the old one cannot be mailed again.
    const token = newToken();
    await tx.update(eventRegistrations).set({ status: 'aangemeld', promotedAt: new Date(), tokenHash: hashToken(token) }).where(eq(eventRegistrations.id, next.id));
    await recordAudit(tx, null, { action: 'registration.promote', entity: 'event_registrations', entityId: next.id, before: { status: 'wachtlijst' }, after: { itemId: event.id, status: 'aangemeld' } });
    if (next.email) {
      const promoted = promotedMail({ to: next.email, name: next.name ?? '', title: event.title, ...whenAndWhere(event),
        cancelUrl: mail.links.cancelUrl(token), calendarUrl: mail.links.calendarUrl(event.slug) });
      await queueMail(tx, null, { ...promoted, kind: 'eventPromoted' }, ANONYMOUS);
    }
    return { promoted: true };
  });
}
