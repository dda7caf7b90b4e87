import { apportion } from '../domain/apportion.ts';
import { PROVINCES, SECTORS } from '../domain/code-lists.ts';
import type { ApplicationCell } from '../domain/selection/application-budget.ts';
import type { ConsortiumTheme } from './consortium-themes.ts';
import type { DemoData } from './demo-types.ts';
import type { Award } from './generate-applications.ts';
import { spreadCells, type PlannedApplication } from './generate-selection.ts';
import type { Random } from './random.ts';

/** Moves `extra` between two sources' cells in proportion to their amounts (the request above the award came out of education's share). */
function shift(cells: ApplicationCell[], extra: number, to: string, from: string): ApplicationCell[] {
  if (extra === 0) return cells;
  const adds = apportion(extra, cells.map((c) => (c.source === to ? c.amount : 0)));
  const takes = apportion(extra, cells.map((c) => (c.source === from ? c.amount : 0)));
  return cells.map((c, i) => ({ ...c, amount: c.amount + (adds[i] as number) - (takes[i] as number) }));
}

/** An honoured application: the consortium's budget as applied for, its pps'en, provinces and partners. */
export function honouredPlan(
  r: Random,
  data: DemoData,
  a: { id: number; consortiumId: number; leadOrganisationId: number; theme: ConsortiumTheme; award: Award },
): PlannedApplication {
  const lines = data.budgetLines.filter((b) => b.consortiumId === a.consortiumId)
    .map((b): ApplicationCell => ({ actionLineId: b.actionLineId, year: b.year, source: b.source as ApplicationCell['source'], amount: b.plannedAmount }));
  const cells = shift(lines, a.award.requested - a.award.awarded, 'ngf_subsidie', 'onderwijs');
  if (cells.some((c) => c.amount < 0)) throw new Error(`demo application ${a.id}: education cannot cover the extra request`);
  const ppsOf = data.pps.filter((p) => p.consortiumId === a.consortiumId);
  const members = [...new Set(data.memberships.filter((m) => ppsOf.some((p) => p.id === m.ppsId)).map((m) => m.organisationId))]
    .filter((id) => id !== a.leadOrganisationId);
  const kinds = new Map(data.organisations.map((o) => [o.id, o.kind]));
  const company = members.find((id) => kinds.get(id) === 'bedrijf');
  const partners = [...new Set([...(company ? [company] : []), ...r.sample(members, 7)])];
  return { id: a.id, leadOrganisationId: a.leadOrganisationId, provinces: [...a.theme.provinces], sectors: [...a.theme.sectors], partnerIds: partners,
    ppsNames: ppsOf.slice(0, 8).map((p) => p.name), cells: cells.filter((c) => c.amount > 0), eligible: true, strong: true, awarded: a.award.awarded };
}

/** An application that was not honoured: a request spread over the action lines, a lead and a few partners. */
export function rejectedPlan(
  r: Random,
  organisations: readonly { id: number; kind: string }[],
  a: { id: number; leadOrganisationId: number; requested: number; totalCosts: number; eligible: boolean; actionLineIds: number[] },
): PlannedApplication {
  const [bedrijfsleven, onderwijs, overheid, overig] = apportion(a.totalCosts - a.requested, [0.55, 0.25, 0.15, 0.05]) as [number, number, number, number];
  const cells = spreadCells({ ngf_subsidie: a.requested, bedrijfsleven, onderwijs, overheid, overig }, a.actionLineIds);
  const partners = r.sample(organisations.filter((o) => o.kind === 'bedrijf'), 3).map((o) => o.id);
  return { id: a.id, leadOrganisationId: a.leadOrganisationId, provinces: [r.pick(PROVINCES).code], sectors: r.sample(SECTORS, 2).map((s) => s.code),
    partnerIds: partners, ppsNames: [`Voorbeeld-pps ${a.id}`], cells, eligible: a.eligible, strong: false, awarded: 0 };
}
