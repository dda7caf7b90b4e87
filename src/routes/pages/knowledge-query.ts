import type { Context } from 'hono';
import { z } from 'zod';
import { KNOWLEDGE_KINDS } from '../../db/schema/index.ts';
import type { KnowledgeSearchFilter } from '../../services/knowledge/search-knowledge-items.ts';
import type { SearchQuery } from '../../views/public/knowledge/search-href.ts';

// Each key on its own: a bad facet value in a shared link is dropped rather than failing the whole page.
const KEYS = {
  q: z.string().trim().min(1).max(200),
  soort: z.enum(KNOWLEDGE_KINDS),
  actielijn: z.string().regex(/^[A-Z0-9_-]{1,20}$/),
  sector: z.string().regex(/^[a-z0-9_-]{1,40}$/),
  provincie: z.string().regex(/^PV\d{2}$/),
  jaar: z.string().regex(/^(19|20|21)\d{2}$/),
  pagina: z.string().regex(/^[1-9]\d{0,4}$/),
};

export type ParsedSearch = { query: SearchQuery; filter: KnowledgeSearchFilter; page: number; tooLong: boolean };

/** The search page's query string as the view's query (only valid keys) and the service's filter. */
export function parseKnowledgeQuery(c: Context): ParsedSearch {
  const raw = c.req.query();
  const ok = <K extends keyof typeof KEYS>(key: K): z.output<(typeof KEYS)[K]> | undefined => {
    const parsed = KEYS[key].safeParse(raw[key]);
    return parsed.success ? (parsed.data as z.output<(typeof KEYS)[K]>) : undefined;
  };
  const query: SearchQuery = { q: ok('q'), soort: ok('soort'), actielijn: ok('actielijn'), sector: ok('sector'), provincie: ok('provincie'), jaar: ok('jaar') };
  const filter: KnowledgeSearchFilter = {
    q: query.q, kind: ok('soort'), actionLine: query.actielijn, sector: query.sector, province: query.provincie,
    year: query.jaar ? Number(query.jaar) : undefined,
  };
  return { query, filter, page: Number(ok('pagina') ?? 1), tooLong: (raw.q ?? '').trim().length > 200 };
}
