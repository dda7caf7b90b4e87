import type { KNOWLEDGE_STATUSES } from '../../db/schema/knowledge.ts';

export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** Published, or scheduled and its moment has come: what the public may see. */
export function isVisible(item: { status: KnowledgeStatus; publishAt: Date | null }, now: Date): boolean {
  if (item.status === 'gepubliceerd') return true;
  return item.status === 'gepland' && item.publishAt !== null && item.publishAt.getTime() <= now.getTime();
}

// Archived items may come back as a concept; nothing goes from archive straight to the public.
const NEXT: Record<KnowledgeStatus, KnowledgeStatus[]> = {
  concept: ['gepland', 'gepubliceerd', 'gearchiveerd'],
  gepland: ['concept', 'gepubliceerd', 'gearchiveerd'],
  gepubliceerd: ['concept', 'gearchiveerd'],
  gearchiveerd: ['concept'],
};

export function canMoveTo(from: KnowledgeStatus, to: KnowledgeStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
