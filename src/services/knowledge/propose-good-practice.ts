import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { knowledgeItems, pps } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { parseInput } from '../parse-input.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { recordAudit } from '../record-audit.ts';
import { writeItemTags } from './item-tags.ts';
import { uniqueSlug } from './unique-slug.ts';

export const GoodPracticeProposal = z.object({
  ppsId: z.coerce.number({ message: 'Kies een pps.' }).int().min(1, 'Kies een pps.'),
  title: z.string().trim().min(3, 'Vul een titel in van ten minste 3 tekens.').max(200, 'Gebruik ten hoogste 200 tekens.'),
  summary: z.string().trim().min(10, 'Vat het voorbeeld samen in ten minste 10 tekens.').max(500, 'Gebruik ten hoogste 500 tekens.'),
  body: z.string().trim().min(20, 'Beschrijf wat er gedaan is in ten minste 20 tekens.').max(20_000, 'Gebruik ten hoogste 20.000 tekens.'),
  results: z.string().trim().max(10_000, 'Gebruik ten hoogste 10.000 tekens.').default(''),
  contact: z.string().trim().min(3, 'Vul een contactpersoon of -adres in.').max(300, 'Gebruik ten hoogste 300 tekens.'),
});
export type GoodPracticeProposal = z.output<typeof GoodPracticeProposal>;

/** A coordinator proposes a good practice of their own pps: a concept for the office to review; tagged with the pps and its consortium. */
export async function proposeGoodPractice(ctx: ServiceContext, raw: unknown): Promise<{ id: number }> {
  requireActor(ctx);
  const input = parseInput(GoodPracticeProposal, raw);
  const [target] = await ctx.db.select({ consortiumId: pps.consortiumId }).from(pps).where(eq(pps.id, input.ppsId)).limit(1);
  if (!target?.consortiumId) throw new NotFound('ppsNotFound');
  // Scope from the pps's own consortium, never from the form.
  const actor = requireConsortiumScope(ctx, target.consortiumId);
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.title);
    const [row] = await tx.insert(knowledgeItems).values({
      programmeId: programme.id, slug, kind: 'goede_praktijk', status: 'concept', title: input.title, summary: input.summary, body: input.body,
      results: input.results, contact: input.contact, publishedOn: new Date().toISOString().slice(0, 10), proposedByUserId: actor.userId, isIllustrative: false,
    }).returning({ id: knowledgeItems.id });
    const id = (row as { id: number }).id;
    await writeItemTags(tx, id, programme.id, { actionLines: [], sectors: [], provinces: [], consortia: [target.consortiumId as number], pps: [input.ppsId] });
    await recordAudit(tx, actor, { action: 'knowledge.propose', entity: 'knowledge_items', entityId: id, after: { slug, ...input } });
    return { id };
  });
}
