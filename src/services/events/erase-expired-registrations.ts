import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { eventRegistrations, knowledgeItems } from '../../db/schema/index.ts';
import { Forbidden } from '../../errors.ts';
import { hasRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { recordAudit } from '../record-audit.ts';

export const RETENTION_RULE = 'registratie_bewaartermijn_dagen';
const Days = z.number().int().min(0);

/**
 * Erases name, e-mail and organisation of registrations for events that ended more than the rule's number of days
 * before `now`; the rows and their states stay, so the counts do. One audit row per event. System job or office.
 */
export async function eraseExpiredRegistrations(ctx: ServiceContext, input: { now: Date }): Promise<{ events: number; erased: number; days: number | null }> {
  if (ctx.actor && !hasRole(ctx.actor, 'programmabureau')) throw new Forbidden('forbiddenAction');
  const programme = await getCurrentProgramme(ctx);
  const days = await findProgrammeRule(ctx, { programmeId: programme.id, code: RETENTION_RULE, schema: Days, on: input.now.toISOString().slice(0, 10) });
  if (days === null) return { events: 0, erased: 0, days: null };
  const cutoff = new Date(input.now.getTime() - days * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const expired = await tx.select({ id: knowledgeItems.id }).from(knowledgeItems)
      .where(and(eq(knowledgeItems.programmeId, programme.id), sql`coalesce(${knowledgeItems.endsAt}, ${knowledgeItems.startsAt}) < ${cutoff.toISOString()}`));
    if (!expired.length) return { events: 0, erased: 0, days };
    const erased = await tx.update(eventRegistrations)
      .set({ name: null, email: null, organisation: null, tokenHash: null, erasedAt: input.now })
      .where(and(inArray(eventRegistrations.itemId, expired.map((e) => e.id)), isNull(eventRegistrations.erasedAt)))
      .returning({ itemId: eventRegistrations.itemId });
    const perEvent = new Map<number, number>();
    for (const r of erased) perEvent.set(r.itemId, (perEvent.get(r.itemId) ?? 0) + 1);
    for (const [itemId, n] of perEvent) {
      await recordAudit(tx, ctx.actor, { action: 'registration.erase', entity: 'knowledge_items', entityId: itemId, after: { erased: n, rule: RETENTION_RULE, days } });
    }
    return { events: perEvent.size, erased: erased.length, days };
  });
}
