import { z } from 'zod';
import { PROVINCES, SECTORS } from '../code-lists.ts';

const provinceCodes = PROVINCES.map((p) => p.code) as [string, ...string[]];
const sectorCodes = SECTORS.map((s) => s.code) as [string, ...string[]];

/** What to tell the reader about each bad value, in the page's language (src/i18n/dashboard.ts). */
export type FilterTexts = Record<'consortium' | 'unknownConsortium' | 'provincie' | 'sector' | 'actielijn' | 'jaar' | 'jaarMin' | 'jaarMax' | 'unknownFilter', string>;

// One filter for the dashboard, the map and their downloads: plain GET parameters, so every view is a link.
function filterSchema(t: FilterTexts) {
  return z
    .object({
      consortium: z.string().regex(/^[a-z0-9-]{1,80}$/, t.consortium).optional(),
      provincie: z.enum(provinceCodes, { message: t.provincie }).optional(),
      sector: z.enum(sectorCodes, { message: t.sector }).optional(),
      actielijn: z.string().regex(/^AL[1-9]$/, t.actielijn).optional(),
      jaar: z.coerce.number({ message: t.jaar }).int(t.jaar).min(2020, t.jaarMin).max(2035, t.jaarMax).optional(),
    })
    .strict();
}
export type DashboardFilter = z.infer<ReturnType<typeof filterSchema>>;

export type FilterProblem = { name: string; reason: string };

/** Parses query parameters; empty values mean "no filter". Returns every problem at once, in the texts given. */
export function parseDashboardFilter(query: Record<string, string>, t: FilterTexts): { filter: DashboardFilter } | { problems: FilterProblem[] } {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
  const parsed = filterSchema(t).safeParse(present);
  if (parsed.success) return { filter: parsed.data };
  return {
    problems: parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? { name: i.keys.join(', '), reason: t.unknownFilter }
        : { name: String(i.path[0]), reason: i.message },
    ),
  };
}

/** The filter as a query string ("" or "?a=b&c=d"), for links that keep it. */
export function filterQuery(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value !== undefined && value !== '') params.set(key, String(value));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isFiltered(filter: DashboardFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}
