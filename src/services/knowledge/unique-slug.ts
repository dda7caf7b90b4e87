import { like } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { knowledgeItems } from '../../db/schema/index.ts';

/** A readable, unique address part from a title: "Kennisdag 2026" → kennisdag-2026, then -2, -3, ... */
export async function uniqueSlug(tx: Tx, title: string): Promise<string> {
  const base = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'item';
  const taken = new Set((await tx.select({ slug: knowledgeItems.slug }).from(knowledgeItems).where(like(knowledgeItems.slug, `${base}%`))).map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
