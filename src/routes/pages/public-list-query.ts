import type { Context } from 'hono';
import { z } from 'zod';
import { PPS_STATUSES } from '../../domain/enums.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { Invalid, issueProblems } from '../../errors.ts';
import { MAX_INT4 } from '../../domain/input/safe-input.ts';

// Query parameters of the public list and profile pages; a bad value is a 400 page that says which and why.
const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1);
const direction = z.enum(['op', 'af']).default('op');
const province = z.enum(PROVINCES.map((p) => p.code) as [string, ...string[]]).optional();
const sector = z.enum(SECTORS.map((s) => s.code) as [string, ...string[]]).optional();

export const CONSORTIUM_SORT_KEYS = { naam: 'name', aantalPps: 'ppsCount', toegekendBedrag: 'awardedAmount', aantalPartners: 'partnerCount' } as const;
export const PPS_SORT_KEYS = { naam: 'name', consortium: 'consortium', gemeente: 'municipality', oprichtingsjaar: 'foundedYear', aantalPartners: 'partnerCount' } as const;
const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const ConsortiaPageQuery = z.object({
  sorteer: z.enum(keysOf(CONSORTIUM_SORT_KEYS)).default('naam'), richting: direction, pagina: pageNumber, provincie: province, sector,
});
export type ConsortiaPageQuery = z.infer<typeof ConsortiaPageQuery>;

export const PpsPageQuery = z.object({
  sorteer: z.enum(keysOf(PPS_SORT_KEYS)).default('naam'), richting: direction, pagina: pageNumber, provincie: province, sector,
  consortium: z.coerce.number().int().min(1).max(MAX_INT4).optional(), status: z.enum(PPS_STATUSES).optional(),
});
export type PpsPageQuery = z.infer<typeof PpsPageQuery>;

export const ConsortiumPageQuery = z.object({ partners: pageNumber });

/** Parses the query (empty values count as absent, unknown keys are ignored) or throws Invalid with a code per parameter. */
export function parsePageQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const values = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new Invalid('publicQueryInvalid', issueProblems(result.error.issues));
}
