import { and, asc, eq, isNull } from 'drizzle-orm';
import { consortia, memberships, organisations, pps, ppsDisciplines } from '../../db/schema/index.ts';
import { type MEMBERSHIP_ROLES } from '../../domain/enums.ts';
import { countPartnerTypes, partnerTypeOf, type PartnerType } from '../../domain/public/partner-types.ts';
import { NotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getCurrentProgramme } from '../programmes/get-current-programme.ts';
import { selectPpsSummaries, toPpsSummaries, type PpsSummary } from './list-public-pps.ts';

export type PpsMember = { id: number; name: string; role: (typeof MEMBERSHIP_ROLES)[number]; type: PartnerType; since: string };
export type PpsDetail = PpsSummary & {
  /** descriptionEn is empty when there is no English text. */
  description: string; descriptionEn: string; disciplineCodes: string[];
  /** Current members (no end date), lead partner first, then by name. */
  members: PpsMember[];
  byType: { type: PartnerType; count: number }[];
};

/** One public pps by slug (pages) or id (API) with its current organisations; NotFound when unknown. */
export async function getPublicPps(ctx: ServiceContext, key: { slug: string } | { id: number }): Promise<PpsDetail> {
  const programme = await getCurrentProgramme(ctx);
  const match = 'slug' in key ? eq(pps.slug, key.slug) : eq(pps.id, key.id);
  const [row] = await selectPpsSummaries(ctx.db).where(and(match, eq(consortia.programmeId, programme.id)));
  if (!row) throw new NotFound('ppsKeyNotFound', { key: 'slug' in key ? key.slug : key.id });
  const [[summary], [p], disciplines, members] = await Promise.all([
    toPpsSummaries(ctx.db, [row]),
    ctx.db.select({ description: pps.description, descriptionEn: pps.descriptionEn }).from(pps).where(eq(pps.id, row.id)),
    ctx.db.select({ code: ppsDisciplines.disciplineCode }).from(ppsDisciplines).where(eq(ppsDisciplines.ppsId, row.id)).orderBy(asc(ppsDisciplines.disciplineCode)),
    ctx.db.select({
      id: organisations.id, name: organisations.name, role: memberships.role, since: memberships.since, kind: organisations.kind,
      educationLevel: organisations.educationLevel, companySize: organisations.companySize, governmentLevel: organisations.governmentLevel,
    }).from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.ppsId, row.id), isNull(memberships.until))).orderBy(asc(memberships.role), asc(organisations.name), asc(organisations.id)),
  ]);
  return {
    ...summary!, description: p?.description ?? '', descriptionEn: p?.descriptionEn ?? '', disciplineCodes: disciplines.map((d) => d.code),
    members: members.map((m) => ({ id: m.id, name: m.name, role: m.role, type: partnerTypeOf(m), since: m.since })),
    byType: countPartnerTypes(members.map((m) => ({ ...m, count: 1 }))),
  };
}
