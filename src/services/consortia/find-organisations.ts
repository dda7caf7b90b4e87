import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { municipalities, organisations } from '../../db/schema/index.ts';
import { classifyOrganisationQuery } from '../../domain/consortia/organisation-identifiers.ts';
import { Forbidden } from '../../errors.ts';
import { coordinatedConsortia, hasRole, isApplicant, requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export const OrganisationSearch = z.object({ q: z.string().trim().min(2, 'min2Typed').max(100, 'max100') });
export type OrganisationSearch = z.infer<typeof OrganisationSearch>;

export type OrganisationHit = { id: number; name: string; kind: string; kvkNumber: string | null; brinCode: string | null; municipalityName: string | null };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search before create (coordinators) or to add partners to an application (applicants): by KvK number or BRIN code when the query looks like one, else by (part of) the name. */
export async function findOrganisations(ctx: ServiceContext, input: OrganisationSearch & { limit?: number }): Promise<OrganisationHit[]> {
  const actor = requireActor(ctx);
  if (!hasRole(actor, 'programmabureau') && coordinatedConsortia(actor).length === 0 && !isApplicant(actor)) throw new Forbidden('forbiddenOrganisationSearch');
  const q = classifyOrganisationQuery(input.q);
  const where =
    q.kind === 'kvk' ? eq(organisations.kvkNumber, q.kvkNumber)
      : q.kind === 'brin' ? or(eq(organisations.brinCode, q.brinCode), ilike(organisations.name, `%${escapeLike(input.q.trim())}%`))
        : ilike(organisations.name, `%${escapeLike(q.text)}%`);
  return ctx.db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, kvkNumber: organisations.kvkNumber, brinCode: organisations.brinCode, municipalityName: municipalities.name })
    .from(organisations)
    .leftJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .where(where)
    // Exact name matches first, then shorter names: the likeliest hit on top.
    .orderBy(sql`lower(${organisations.name}) = lower(${input.q.trim()}) desc`, sql`length(${organisations.name})`, asc(organisations.name))
    .limit(input.limit ?? 20);
}
