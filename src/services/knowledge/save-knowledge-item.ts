import { and, eq, sql } from 'drizzle-orm';
import { knowledgeItems } from '../../db/schema/index.ts';
import { canMoveTo } from '../../domain/knowledge/item-state.ts';
import { Conflict } from '../../errors.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { recordAudit } from '../record-audit.ts';
import { getItemForEdit } from './get-item-for-edit.ts';
import { writeItemTags } from './item-tags.ts';
import { amsterdamMoment, KnowledgeItemInput } from './knowledge-input.ts';
import { parseInput } from '../parse-input.ts';
import { uniqueSlug } from './unique-slug.ts';

function columnsOf(v: KnowledgeItemInput) {
  return {
    kind: v.kind, status: v.status, title: v.title, summary: v.summary, body: v.body, sourceTags: v.sourceTags, url: v.url,
    publishedOn: v.publishedOn, publishAt: amsterdamMoment(v.publishAt), startsAt: amsterdamMoment(v.startsAt), endsAt: amsterdamMoment(v.endsAt),
    location: v.location, onlineUrl: v.onlineUrl, capacity: v.capacity, results: v.results, contact: v.contact,
  };
}

/** The office writes a new item (any kind, any state); audited with the item. */
export async function createKnowledgeItem(ctx: ServiceContext, raw: unknown): Promise<{ id: number; slug: string }> {
  const actor = requireRole(ctx, 'programmabureau');
  const input = parseInput(KnowledgeItemInput, raw);
  const programme = await getCurrentProgramme(ctx);
  return ctx.db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.title);
    const [row] = await tx.insert(knowledgeItems)
      .values({ programmeId: programme.id, slug, ...columnsOf(input), isIllustrative: false })
      .returning({ id: knowledgeItems.id });
    const id = (row as { id: number }).id;
    await writeItemTags(tx, id, programme.id, input);
    await recordAudit(tx, actor, { action: 'knowledge.create', entity: 'knowledge_items', entityId: id, after: { slug, ...input } });
    return { id, slug };
  });
}

/** The office edits an item (also a proposed good practice, to review and publish it) if nobody changed it since `version`. */
export async function updateKnowledgeItem(ctx: ServiceContext, raw: unknown, target: { itemId: number; version: number }): Promise<{ version: number }> {
  const actor = requireRole(ctx, 'programmabureau');
  const input = parseInput(KnowledgeItemInput, raw);
  const before = await getItemForEdit(ctx, { itemId: target.itemId });
  if (!canMoveTo(before.status, input.status)) throw new Conflict('knowledgeStatusMove', { from: before.status, to: input.status });
  return ctx.db.transaction(async (tx) => {
    const updated = await tx.update(knowledgeItems)
      .set({ ...columnsOf(input), version: sql`${knowledgeItems.version} + 1`, updatedAt: new Date() })
      .where(and(eq(knowledgeItems.id, target.itemId), eq(knowledgeItems.version, target.version)))
      .returning({ version: knowledgeItems.version, programmeId: knowledgeItems.programmeId });
    const row = requireUpdated(updated);
    await writeItemTags(tx, target.itemId, row.programmeId, input);
    const action = before.status !== input.status ? `knowledge.${input.status}` : 'knowledge.update';
    await recordAudit(tx, actor, { action, entity: 'knowledge_items', entityId: target.itemId, before, after: { ...input, version: row.version } });
    return { version: row.version };
  });
}
