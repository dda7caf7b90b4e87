import { and, eq } from 'drizzle-orm';
import {
  applicationBudgetLines, applicationCofinancing, applicationPartners, applicationPlans, applicationPps, applicationProvinces,
  applications, applicationSectors,
} from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import type { RuleOutcome } from '../../domain/rules/index.ts';
import { budgetTotals, COFINANCING } from '../../domain/selection/application-budget.ts';
import { Conflict } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { parseInput } from '../parse-input.ts';
import { recordAudit } from '../record-audit.ts';
import { getApplicationHeader, requireApplicationEditor } from './application-access.ts';
import { ApplicationContent } from './application-input.ts';
import { evaluateApplicationRules } from './evaluate-application-rules.ts';
import { organisationNames } from './organisation-names.ts';

/**
 * Saves a draft whole (all-or-nothing) and returns the rules' verdict on it, so the form shows every
 * failing rule as the applicant works; only submission is refused while a rule fails.
 */
export async function saveApplication(
  ctx: ServiceContext,
  input: { applicationId: number; version: number; content: unknown },
): Promise<{ version: number; outcomes: RuleOutcome[] }> {
  const header = await getApplicationHeader(ctx.db, input.applicationId);
  const actor = await requireApplicationEditor(ctx, header);
  if (header.status !== 'concept') throw new Conflict('applicationSubmittedNoChange');
  const content = parseInput(ApplicationContent, input.content, 'applicationNotSaved');
  return ctx.db.transaction(async (tx) => {
    const totals = budgetTotals(content.cells);
    const [moved] = [requireUpdated(await tx.update(applications)
      .set({ title: content.title, requestedAmount: totals.requested, totalCosts: totals.totalCosts, version: input.version + 1 })
      .where(and(eq(applications.id, header.id), eq(applications.version, input.version), eq(applications.status, 'concept')))
      .returning({ version: applications.version }))];
    await replaceContents(tx, header.id, content);
    for (const source of COFINANCING) {
      if (totals.cofinancing[source] > 0) await tx.insert(applicationCofinancing).values({ applicationId: header.id, source, amount: totals.cofinancing[source] });
    }
    const partners = await organisationNames(tx, content.partnerIds);
    const { outcomes } = await evaluateApplicationRules(tx, header, { cells: content.cells, provinces: content.provinces, partners });
    await recordAudit(tx, actor, { action: 'save', entity: 'applications', entityId: header.id, after: { ...content, requested: totals.requested } });
    return { version: moved!.version, outcomes };
  });
}

async function replaceContents(tx: Tx, applicationId: number, c: ApplicationContent): Promise<void> {
  for (const table of [applicationPartners, applicationPps, applicationProvinces, applicationSectors, applicationBudgetLines, applicationPlans, applicationCofinancing]) {
    await tx.delete(table).where(eq(table.applicationId, applicationId));
  }
  const partnerIds = [...new Set(c.partnerIds)];
  if (partnerIds.length) await tx.insert(applicationPartners).values(partnerIds.map((organisationId) => ({ applicationId, organisationId })));
  if (c.ppsNames.length) await tx.insert(applicationPps).values(c.ppsNames.map((name, i) => ({ applicationId, position: i + 1, name })));
  const provinces = [...new Set(c.provinces)];
  if (provinces.length) await tx.insert(applicationProvinces).values(provinces.map((provinceCode) => ({ applicationId, provinceCode })));
  const sectors = [...new Set(c.sectors)];
  if (sectors.length) await tx.insert(applicationSectors).values(sectors.map((sectorCode) => ({ applicationId, sectorCode })));
  const cells = c.cells.filter((x) => x.amount > 0);
  if (cells.length) await tx.insert(applicationBudgetLines).values(cells.map((x) => ({ applicationId, ...x })));
  const plans = c.plans.filter((p) => p.text.length > 0);
  if (plans.length) await tx.insert(applicationPlans).values(plans.map((p) => ({ applicationId, ...p })));
}
