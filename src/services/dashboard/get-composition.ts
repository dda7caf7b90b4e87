import { inIds } from './in-ids.ts';
import { eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema/index.ts';
import { countComposition } from '../../domain/dashboard/composition.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

/** Stakeholders of the pps'en in scope, each organisation counted once however many pps'en it is in. */
export async function getComposition(ctx: ServiceContext, scope: Scope) {
  if (scope.ppsIds.length === 0) return countComposition([]);
  const rows = await ctx.db
    .selectDistinct({
      id: organisations.id, kind: organisations.kind, educationLevel: organisations.educationLevel,
      companySize: organisations.companySize, governmentLevel: organisations.governmentLevel,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inIds(memberships.ppsId, scope.ppsIds));
  return countComposition(rows);
}
