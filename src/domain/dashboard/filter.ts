import { z } from 'zod';
import { PROVINCES, SECTORS } from '../code-lists.ts';

const provinceCodes = PROVINCES.map((p) => p.code) as [string, ...string[]];
const sectorCodes = SECTORS.map((s) => s.code) as [string, ...string[]];

// One filter for the dashboard, the map and their downloads: plain GET parameters, so every view is a link.
export const DashboardFilter = z
  .object({
    consortium: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Kies een consortium uit de lijst.').optional(),
    provincie: z.enum(provinceCodes, { message: 'Kies een provincie met haar CBS-code (PV20 tot en met PV31).' }).optional(),
    sector: z.enum(sectorCodes, { message: 'Kies een sector uit de lijst.' }).optional(),
    actielijn: z.string().regex(/^AL[1-9]$/, 'Kies een actielijn (AL1 tot en met AL5).').optional(),
    jaar: z.coerce.number({ message: 'Geef een jaar op, bijvoorbeeld 2025.' }).int().min(2020, 'Kies een jaar vanaf 2020.').max(2035, 'Kies een jaar tot en met 2035.').optional(),
  })
  .strict();
export type DashboardFilter = z.infer<typeof DashboardFilter>;

export type FilterProblem = { name: string; reason: string };

/** Parses query parameters; empty values mean "no filter". Returns every problem at once. */
export function parseDashboardFilter(query: Record<string, string>): { filter: DashboardFilter } | { problems: FilterProblem[] } {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
  const parsed = DashboardFilter.safeParse(present);
  if (parsed.success) return { filter: parsed.data };
  return {
    problems: parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? { name: i.keys.join(', '), reason: 'Dit filter bestaat niet.' }
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
