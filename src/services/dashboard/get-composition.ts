import { and, eq } from 'drizzle-orm';
import { publicComposition } from '../../db/derived/public-figures.ts';
import { memberships, organisations } from '../../db/schema/index.ts';
import { countComposition } from '../../domain/dashboard/composition.ts';
import type { ServiceContext } from '../context.ts';
import type { Scope } from './resolve-scope.ts';

/** Stakeholders of the pps'en in scope, each organisation counted once however many pps'en it is in. */
export async function getComposition(ctx: ServiceContext, scope: Scope) {
  if (scope.key === null) return compositionFromMemberships(ctx, scope);
  // A dozen precomputed rows instead of a distinct over every membership in scope (a million at ×100).
  const groups = await ctx.db
    .select({
      kind: publicComposition.kind, educationLevel: publicComposition.educationLevel, companySize: publicComposition.companySize,
      governmentLevel: publicComposition.governmentLevel, count: publicComposition.organisations,
    })
    .from(publicComposition)
    .where(and(eq(publicComposition.programmeId, scope.programmeId), eq(publicComposition.scope, scope.key)));
  return countComposition(groups);
}

/** The same figure straight from the memberships: for combined filters, and the tests' oracle. */
export async function compositionFromMemberships(ctx: ServiceContext, scope: Scope) {
  const rows = await ctx.db
    .selectDistinct({
      id: organisations.id, kind: organisations.kind, educationLevel: organisations.educationLevel,
      companySize: organisations.companySize, governmentLevel: organisations.governmentLevel,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(scope.inPps(memberships.ppsId));
  return countComposition(rows);
}
