import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { getRound } from '../rounds/get-round.ts';
import { requireApplicationEditor } from './application-access.ts';

export const NewApplication = z.object({
  roundId: z.number().int().min(1),
  leadOrganisationId: z.number().int().min(1),
  title: z.string().trim().min(3, 'applicationTitleMin3').max(200),
});

/** Starts a draft for the lead organisation: by one of its applicants, or by the office on its behalf. */
export async function createApplication(ctx: ServiceContext, input: z.input<typeof NewApplication>): Promise<{ id: number; reference: string }> {
  const data = parseInput(NewApplication, input);
  const actor = await requireApplicationEditor(ctx, data);
  const round = await getRound(ctx.db, data.roundId);
  if (round.status === 'gesloten' || round.status === 'afgerond') throw new Invalid('roundClosed', [{ name: 'roundId', reason: 'selection.round.closed' }]);
  return ctx.db.transaction(async (tx) => {
    // The reference carries the id, so it is set once the id is known; the placeholder never leaves the transaction.
    const [row] = await tx.insert(applications)
      .values({ roundId: round.id, reference: randomUUID(), title: data.title, leadOrganisationId: data.leadOrganisationId, status: 'concept', submittedAt: null })
      .returning({ id: applications.id });
    const reference = `NGF-PPS-${round.opensOn.slice(0, 4)}-${String(row!.id).padStart(3, '0')}`;
    await tx.update(applications).set({ reference }).where(eq(applications.id, row!.id));
    await recordAudit(tx, actor, { action: 'create', entity: 'applications', entityId: row!.id, after: data });
    return { id: row!.id, reference };
  });
}
