import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  actionLines, knowledgeItemActionLines, knowledgeItemProvinces, knowledgeItems, knowledgeItemSectors, KNOWLEDGE_KINDS,
} from '../../db/schema/index.ts';
import { snippetParts, type SnippetPart } from '../../domain/knowledge/snippet.ts';
import type { ServiceContext } from '../context.ts';
import { offsetOf, type Page, type PageRequest } from '../listing.ts';
import { cardColumns, isPublicItem, toCard, type KnowledgeCard } from './public-items.ts';
import { listFacets, type KnowledgeFacets } from './list-facets.ts';

export const KnowledgeSearchFilter = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(KNOWLEDGE_KINDS).optional(),
  actionLine: z.string().regex(/^[A-Z0-9_-]{1,20}$/).optional(),
  sector: z.string().regex(/^[a-z0-9_-]{1,40}$/).optional(),
  province: z.string().regex(/^PV\d{2}$/).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type KnowledgeSearchFilter = z.infer<typeof KnowledgeSearchFilter>;

export type KnowledgeHit = KnowledgeCard & { rank: number | null; snippet: SnippetPart[] };
export type KnowledgeSearchResult = Page<KnowledgeHit> & { facets: KnowledgeFacets };

const tsQuery = (q: string) => sql`websearch_to_tsquery('dutch'::regconfig, ${q})`;

/** The conditions of a search: public items, the words (Dutch stemming) and the facet filters. */
export function searchConditions(filter: KnowledgeSearchFilter): SQL {
  const conditions: SQL[] = [isPublicItem];
  if (filter.q) conditions.push(sql`${knowledgeItems.searchVector} @@ ${tsQuery(filter.q)}`);
  if (filter.kind) conditions.push(eq(knowledgeItems.kind, filter.kind));
  if (filter.year) conditions.push(sql`extract(year from ${knowledgeItems.publishedOn}) = ${filter.year}`);
  const tagged = (table: typeof knowledgeItemSectors | typeof knowledgeItemProvinces | typeof knowledgeItemActionLines, on: SQL) =>
    sql`exists (select 1 from ${table} where ${table.itemId} = ${knowledgeItems.id} and ${on})`;
  if (filter.sector) conditions.push(tagged(knowledgeItemSectors, sql`${knowledgeItemSectors.sectorCode} = ${filter.sector}`));
  if (filter.province) conditions.push(tagged(knowledgeItemProvinces, sql`${knowledgeItemProvinces.provinceCode} = ${filter.province}`));
  if (filter.actionLine) {
    conditions.push(tagged(knowledgeItemActionLines, sql`${knowledgeItemActionLines.actionLineId} in (select ${actionLines.id} from ${actionLines} where ${actionLines.code} = ${filter.actionLine})`));
  }
  return and(...conditions) as SQL;
}

// Hits are marked with control characters (stripped from the text first) so no HTML ever comes from the database.
const headline = (q: string) => sql<string>`ts_headline('dutch'::regconfig,
  translate(${knowledgeItems.summary} || ' ' || ${knowledgeItems.body}, chr(2) || chr(3), ''), ${tsQuery(q)},
  'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/** Public search of the knowledge bank: ranked by ts_rank when there are words, newest first otherwise; with facets. */
export async function searchKnowledgeItems(ctx: ServiceContext, input: { filter: KnowledgeSearchFilter; page: PageRequest }): Promise<KnowledgeSearchResult> {
  const filter = KnowledgeSearchFilter.parse(input.filter);
  const where = searchConditions(filter);
  const q = filter.q || null;
  const rank = q ? sql<number>`ts_rank(${knowledgeItems.searchVector}, ${tsQuery(q)})` : sql<null>`null::real`;
  const snippet = q ? headline(q) : sql<null>`null::text`;
  const [rows, [total], facets] = await Promise.all([
    ctx.db.select({ ...cardColumns, rank, snippet }).from(knowledgeItems).where(where)
      .orderBy(...(q ? [desc(rank)] : []), desc(knowledgeItems.publishedOn), asc(knowledgeItems.id))
      .limit(input.page.pageSize).offset(offsetOf(input.page)),
    ctx.db.select({ n: count() }).from(knowledgeItems).where(where),
    listFacets(ctx.db, where),
  ]);
  const items = rows.map(({ rank: r, snippet: s, ...row }) => ({
    ...toCard(row), rank: r === null ? null : Number(r), snippet: s ? cleanSnippet(snippetParts(s)) : [],
  }));
  return { items, total: total?.n ?? 0, facets };
}

// The snippet is cut from Markdown source: its markup characters are noise in a one-line teaser.
function cleanSnippet(parts: SnippetPart[]): SnippetPart[] {
  return parts.map((p) => ({ ...p, text: p.text.replace(/[*_#>`[\]]+/g, '').replace(/\s+/g, ' ') })).filter((p) => p.text !== '');
}
