import { asc, eq, inArray } from 'drizzle-orm';
import { applications, consortia, consortiumProvinces, decisions, organisations, provinces } from '../../db/schema/index.ts';
import type { Grant } from '../../domain/export/three-sixty-giving.ts';
import type { ServiceContext } from '../context.ts';

/** Honoured applications as grants: amount, date, recipient (lead organisation) and the provinces they serve. */
export async function listGrants(ctx: ServiceContext): Promise<Grant[]> {
  const rows = await ctx.db
    .select({
      reference: applications.reference, title: applications.title, consortiumId: applications.consortiumId,
      awardedAmount: decisions.awardedAmount, decidedOn: decisions.decidedOn, recipientName: organisations.name, kvkNumber: organisations.kvkNumber,
      recipientIllustrative: organisations.isIllustrative, consortiumIllustrative: consortia.isIllustrative,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.leadOrganisationId))
    .leftJoin(consortia, eq(consortia.id, applications.consortiumId))
    .where(eq(decisions.outcome, 'toegekend'))
    .orderBy(asc(applications.reference));
  const ids = rows.flatMap((r) => (r.consortiumId ? [r.consortiumId] : []));
  const regions = ids.length
    ? await ctx.db.select({ consortiumId: consortiumProvinces.consortiumId, code: provinces.code, name: provinces.name }).from(consortiumProvinces)
        .innerJoin(provinces, eq(provinces.code, consortiumProvinces.provinceCode)).where(inArray(consortiumProvinces.consortiumId, ids)).orderBy(asc(provinces.position))
    : [];
  return rows.map((r) => ({
    reference: r.reference, title: r.title, description: `Opschaling pps: ${r.title}`, awardedAmount: r.awardedAmount, decidedOn: r.decidedOn,
    recipient: { name: r.recipientName, kvkNumber: r.kvkNumber, isIllustrative: r.recipientIllustrative },
    isIllustrative: r.recipientIllustrative || (r.consortiumIllustrative ?? false),
    provinces: regions.filter((p) => p.consortiumId === r.consortiumId).map(({ code, name }) => ({ code, name })),
  }));
}
