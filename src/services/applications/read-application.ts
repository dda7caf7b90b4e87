import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import {
  applicationBudgetLines, applicationPartners, applicationPlans, applicationPps, applicationProvinces, applicationSectors, organisations,
} from '../../db/schema/index.ts';
import type { ApplicationCell } from '../../domain/selection/application-budget.ts';

export type ApplicationContents = {
  partners: { id: number; name: string; kind: string }[];
  ppsNames: string[];
  provinces: string[];
  sectors: string[];
  cells: ApplicationCell[];
  plans: { actionLineId: number; text: string }[];
};

/** The content of an application as stored; access is checked by the caller. */
export async function readApplicationContents(db: Db | Tx, applicationId: number): Promise<ApplicationContents> {
  const [partners, pps, provinces, sectors, cells, plans] = await Promise.all([
    db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(applicationPartners)
      .innerJoin(organisations, eq(organisations.id, applicationPartners.organisationId)).where(eq(applicationPartners.applicationId, applicationId)).orderBy(asc(organisations.name)),
    db.select({ name: applicationPps.name }).from(applicationPps).where(eq(applicationPps.applicationId, applicationId)).orderBy(asc(applicationPps.position)),
    db.select({ code: applicationProvinces.provinceCode }).from(applicationProvinces).where(eq(applicationProvinces.applicationId, applicationId)).orderBy(asc(applicationProvinces.provinceCode)),
    db.select({ code: applicationSectors.sectorCode }).from(applicationSectors).where(eq(applicationSectors.applicationId, applicationId)).orderBy(asc(applicationSectors.sectorCode)),
    db.select({ actionLineId: applicationBudgetLines.actionLineId, year: applicationBudgetLines.year, source: applicationBudgetLines.source, amount: applicationBudgetLines.amount })
      .from(applicationBudgetLines).where(eq(applicationBudgetLines.applicationId, applicationId))
      .orderBy(asc(applicationBudgetLines.actionLineId), asc(applicationBudgetLines.year), asc(applicationBudgetLines.source)),
    db.select({ actionLineId: applicationPlans.actionLineId, text: applicationPlans.text }).from(applicationPlans).where(eq(applicationPlans.applicationId, applicationId)).orderBy(asc(applicationPlans.actionLineId)),
  ]);
  return { partners, ppsNames: pps.map((p) => p.name), provinces: provinces.map((p) => p.code), sectors: sectors.map((s) => s.code), cells, plans };
}

/** Kinds of the lead organisation and partners, for the partner-type rule. */
export async function organisationKinds(db: Db | Tx, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids));
  return [...new Set(rows.map((r) => r.kind))];
}
