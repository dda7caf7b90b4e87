import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { COMPANY_SIZES, EDUCATION_LEVELS, GOVERNMENT_LEVELS, ORGANISATION_KINDS } from '../../domain/enums.ts';
import { memberships, municipalities, organisations, provinces } from '../../db/schema/index.ts';

// Public fields only: register identifiers (KvK, BRIN, OIN) are public; people and e-mail addresses are not here.
export type OrganisationSummary = {
  id: number; name: string; kind: (typeof ORGANISATION_KINDS)[number];
  educationLevel: (typeof EDUCATION_LEVELS)[number] | null; companySize: (typeof COMPANY_SIZES)[number] | null;
  governmentLevel: (typeof GOVERNMENT_LEVELS)[number] | null;
  kvkNumber: string | null; brinCode: string | null; oin: string | null; website: string | null;
  municipality: { code: string; name: string } | null; province: { code: string; name: string } | null;
  ppsCount: number; isIllustrative: boolean;
};

export const ppsCountOf = sql<number>`(select count(distinct ${memberships.ppsId}) from ${memberships} where ${memberships.organisationId} = ${organisations.id})`.mapWith(Number);

/** SELECT … FROM organisations with place names and pps count; callers add WHERE, ORDER BY and paging. */
export function selectOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id, name: organisations.name, kind: organisations.kind,
      educationLevel: organisations.educationLevel, companySize: organisations.companySize, governmentLevel: organisations.governmentLevel,
      kvkNumber: organisations.kvkNumber, brinCode: organisations.brinCode, oin: organisations.oin, website: organisations.website,
      municipalityCode: municipalities.code, municipalityName: municipalities.name, provinceCode: provinces.code, provinceName: provinces.name,
      ppsCount: ppsCountOf, isIllustrative: organisations.isIllustrative,
    })
    .from(organisations)
    .leftJoin(municipalities, eq(municipalities.code, organisations.municipalityCode))
    .leftJoin(provinces, eq(provinces.code, organisations.provinceCode));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectOrganisations>['execute']>>[number];

export function toOrganisationSummary({ municipalityCode, municipalityName, provinceCode, provinceName, ...rest }: Row): OrganisationSummary {
  return {
    ...rest,
    municipality: municipalityCode && municipalityName ? { code: municipalityCode, name: municipalityName } : null,
    province: provinceCode && provinceName ? { code: provinceCode, name: provinceName } : null,
  };
}
