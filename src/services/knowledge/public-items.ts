import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { knowledgeItems } from '../../db/schema/index.ts';
import { markdownToText } from '../../domain/knowledge/render-markdown.ts';
import { readingMinutes } from '../../domain/knowledge/reading-time.ts';

export type KnowledgeKind = (typeof knowledgeItems.kind.enumValues)[number];

/** Published, or scheduled with its moment passed: the database clock decides, the same for every instance. */
export const isPublicItem: SQL = or(
  eq(knowledgeItems.status, 'gepubliceerd'),
  and(eq(knowledgeItems.status, 'gepland'), sql`${knowledgeItems.publishAt} <= now()`),
) as SQL;

// The columns a card (list, search result, home page) shows; never the proposer or personal data.
export const cardColumns = {
  id: knowledgeItems.id, slug: knowledgeItems.slug, kind: knowledgeItems.kind, title: knowledgeItems.title,
  summary: knowledgeItems.summary, body: knowledgeItems.body, sourceTags: knowledgeItems.sourceTags,
  publishedOn: knowledgeItems.publishedOn, startsAt: knowledgeItems.startsAt, endsAt: knowledgeItems.endsAt,
  location: knowledgeItems.location, isIllustrative: knowledgeItems.isIllustrative, updatedAt: knowledgeItems.updatedAt,
};

export type KnowledgeCard = {
  id: number; slug: string; kind: KnowledgeKind; title: string; summary: string; sourceTags: string[];
  publishedOn: string; startsAt: Date | null; endsAt: Date | null; location: string | null;
  readingMinutes: number; isIllustrative: boolean; updatedAt: Date;
};

type CardRow = Omit<KnowledgeCard, 'readingMinutes'> & { body: string };

export function toCard({ body, ...row }: CardRow): KnowledgeCard {
  return { ...row, readingMinutes: readingMinutes(`${row.title} ${row.summary} ${markdownToText(body)}`) };
}

export function selectCards(db: Db | Tx) {
  return db.select(cardColumns).from(knowledgeItems);
}
