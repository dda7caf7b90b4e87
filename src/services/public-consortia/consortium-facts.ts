import { sql, type SQL } from 'drizzle-orm';
import { applications, consortia, decisions, memberships, pps } from '../../db/schema/index.ts';

// Per-consortium figures as correlated subqueries on `consortia`: the list, the profile and the API share them.
export const awardedAmountOf = sql<number>`(select coalesce(sum(${decisions.awardedAmount}), 0) from ${decisions}
  inner join ${applications} on ${applications.id} = ${decisions.applicationId}
  where ${applications.consortiumId} = ${consortia.id} and ${decisions.outcome} = 'toegekend')`.mapWith(Number);

export const consortiumPpsCountOf = sql<number>`(select count(*) from ${pps} where ${pps.consortiumId} = ${consortia.id})`.mapWith(Number);

/** Distinct organisations with a current membership (no end date) in one of the consortium's pps'en. */
export const consortiumPartnerCountOf = sql<number>`(select count(distinct ${memberships.organisationId}) from ${memberships}
  inner join ${pps} on ${pps.id} = ${memberships.ppsId}
  where ${pps.consortiumId} = ${consortia.id} and ${memberships.until} is null)`.mapWith(Number);

export type ConsortiumSummary = {
  id: number; slug: string; name: string; leadOrganisation: { id: number; name: string };
  provinceCodes: string[]; sectorCodes: string[];
  awardedAmount: number; ppsCount: number; partnerCount: number; isIllustrative: boolean;
};

/** A subquery's one text column as one comma-joined text: read alike by both drivers, whatever the column's type. */
export const codesOf = (subquery: SQL) => sql<string>`array_to_string(array(${subquery}), ',')`;
/** The codes back from `codesOf`, in the subquery's order (codes hold no commas). */
export const splitCodes = (joined: string | null): string[] => (joined ? joined.split(',') : []);
