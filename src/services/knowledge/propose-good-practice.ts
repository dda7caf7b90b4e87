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

// Messages are error codes (i18n/errors.ts), worded in the page's language by the form kit.
export const GoodPracticeProposal = z.object({
  ppsId: z.coerce.number({ message: 'ppsChoose' }).int().min(1, 'ppsChoose'),
  title: z.string().trim().min(3, 'titleMin3').max(200, 'max200'),
  summary: z.string().trim().min(10, 'summaryMin10').max(500, 'max500'),
  body: z.string().trim().min(20, 'bodyMin20').max(20_000, 'max20000'),
  results: z.string().trim().max(10_000, 'max10000').default(''),
  contact: z.string().trim().min(3, 'contactRequired').max(300, 'max300'),
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
