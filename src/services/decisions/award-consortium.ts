import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { applications, budgetLines, consortia, consortiumProvinces, consortiumSectors, rounds } from '../../db/schema/index.ts';
import { approvedBudget } from '../../domain/selection/application-budget.ts';
import { consortiumSlug } from '../../domain/selection/consortium-slug.ts';
import type { Actor } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { readApplicationContents } from '../applications/read-application.ts';
import { setBudgetBaseline } from '../budget/set-budget-baseline.ts';

/**
 * An awarded application becomes its consortium (or updates the one it already has): lead, provinces,
 * sectors, and the approved budget (subsidy scaled to the award) as its budget lines.
 */
export async function awardConsortium(tx: Tx, actor: Actor, applicationId: number, awarded: number): Promise<number> {
  const [app] = await tx.select({ id: applications.id, title: applications.title, lead: applications.leadOrganisationId, consortiumId: applications.consortiumId, programmeId: rounds.programmeId })
    .from(applications).innerJoin(rounds, eq(rounds.id, applications.roundId)).where(eq(applications.id, applicationId));
  const contents = await readApplicationContents(tx, applicationId);
  let consortiumId = app!.consortiumId;
  if (consortiumId === null) {
    const [row] = await tx.insert(consortia)
      .values({ programmeId: app!.programmeId, slug: consortiumSlug(app!.title, app!.id), name: app!.title, leadOrganisationId: app!.lead, isIllustrative: false })
      .returning({ id: consortia.id });
    consortiumId = row!.id;
    await tx.update(applications).set({ consortiumId }).where(eq(applications.id, applicationId));
  }
  await tx.delete(consortiumProvinces).where(eq(consortiumProvinces.consortiumId, consortiumId));
  await tx.delete(consortiumSectors).where(eq(consortiumSectors.consortiumId, consortiumId));
  if (contents.provinces.length) await tx.insert(consortiumProvinces).values(contents.provinces.map((provinceCode) => ({ consortiumId: consortiumId!, provinceCode })));
  if (contents.sectors.length) await tx.insert(consortiumSectors).values(contents.sectors.map((sectorCode) => ({ consortiumId: consortiumId!, sectorCode })));
  const approved = approvedBudget(contents.cells, awarded).filter((c) => c.amount > 0);
  await tx.delete(budgetLines).where(eq(budgetLines.consortiumId, consortiumId));
  if (approved.length) {
    await tx.insert(budgetLines).values(approved.map((c) => ({ consortiumId: consortiumId!, actionLineId: c.actionLineId, year: c.year, source: c.source, plannedAmount: c.amount })));
  }
  // The approved budget is what later change requests are measured against.
  await setBudgetBaseline(tx, consortiumId);
  await recordAudit(tx, actor, { action: 'award', entity: 'consortia', entityId: consortiumId, after: { applicationId, awarded, budgetLines: approved.length } });
  return consortiumId;
}
