import { z } from 'zod';
import { rounds } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';

export const RoundInput = z.object({
  programmeId: z.number().int().min(1),
  name: z.string().trim().min(3).max(200),
  opensOn: z.iso.date(),
  closesOn: z.iso.date(),
  budget: z.number().int().min(0),
}).refine((r) => r.opensOn <= r.closesOn, { path: ['closesOn'], message: 'roundClosesBeforeOpens' });
export type RoundInput = z.infer<typeof RoundInput>;

/** The office plans a round; it opens (and its rules are fixed) with openRound. */
export async function createRound(ctx: ServiceContext, input: RoundInput): Promise<{ id: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const data = parseInput(RoundInput, input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(rounds).values({ ...data, status: 'gepland' }).returning({ id: rounds.id });
    await recordAudit(tx, actor, { action: 'create', entity: 'rounds', entityId: row!.id, after: data });
    return { id: row!.id };
  });
}
