import { z } from 'zod';
import { issueReason, type FieldProblem } from '../../errors.ts';
import { PROVINCES, SECTORS } from '../code-lists.ts';

const provinceCodes = PROVINCES.map((p) => p.code) as [string, ...string[]];
const sectorCodes = SECTORS.map((s) => s.code) as [string, ...string[]];

// One filter for the dashboard, the map and their downloads: plain GET parameters, so every view is a link.
// Each refusal is a catalogue code (i18n/errors.ts), worded by the page in its own language.
const FilterSchema = z
  .object({
    consortium: z.string().regex(/^[a-z0-9-]{1,80}$/, 'filterConsortium').optional(),
    provincie: z.enum(provinceCodes, { message: 'filterProvince' }).optional(),
    sector: z.enum(sectorCodes, { message: 'filterSector' }).optional(),
    actielijn: z.string().regex(/^AL[1-9]$/, 'filterActionLine').optional(),
    jaar: z.coerce.number({ message: 'filterYear' }).int('filterYear').min(2020, 'filterYearMin').max(2035, 'filterYearMax').optional(),
  })
  .strict();
export type DashboardFilter = z.infer<typeof FilterSchema>;

/** Parses query parameters; empty values mean "no filter". Returns every problem at once, as codes. */
export function parseDashboardFilter(query: Record<string, string>): { filter: DashboardFilter } | { problems: FieldProblem[] } {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
  const parsed = FilterSchema.safeParse(present);
  if (parsed.success) return { filter: parsed.data };
  return {
    problems: parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys' ? { name: i.keys.join(', '), reason: 'filterUnknown' } : { name: String(i.path[0]), ...issueReason(i) },
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
