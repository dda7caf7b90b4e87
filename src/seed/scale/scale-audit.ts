import type { CopyRows } from './scale-copy.ts';

type AuditRow = { occurredAt: Date; action: string; entity: string; entityId: string; after: unknown };

/** The trail such a programme leaves: a row per pps, partner, budget line, report and reported value. */
export function scaleAuditRows(rows: CopyRows): AuditRow[] {
  const at = (year: number, day: number) => new Date(Date.UTC(year, 0, 1 + (day % 360), 9, 0, 0));
  const out: AuditRow[] = [];
  for (const p of rows.pps) out.push({ occurredAt: at(p.foundedYear ?? 2023, p.id), action: 'create', entity: 'pps', entityId: String(p.id), after: { name: p.name } });
  for (const m of rows.memberships) out.push({ occurredAt: at(Number(m.since.slice(0, 4)), m.organisationId), action: 'add-partner', entity: 'memberships', entityId: `${m.ppsId}:${m.organisationId}`, after: { role: m.role } });
  for (const b of rows.budgetLines) out.push({ occurredAt: at(b.year - 1, b.consortiumId), action: 'update', entity: 'budget_lines', entityId: `${b.consortiumId}:${b.year}:${b.actionLineId}:${b.source}`, after: { plannedAmount: b.plannedAmount } });
  const yearOf = new Map(rows.reports.map((r) => [r.id, r.periodYear]));
  for (const r of rows.reports) out.push({ occurredAt: at(r.periodYear + 1, r.id), action: r.status === 'goedgekeurd' ? 'approve' : 'save', entity: 'progress_reports', entityId: String(r.id), after: { status: r.status } });
  for (const v of rows.reportValues) out.push({ occurredAt: at((yearOf.get(v.reportId) ?? 2023) + 1, v.reportId), action: 'save', entity: 'report_indicator_values', entityId: `${v.reportId}:${v.indicatorId}:${v.breakdown}`, after: { value: v.value } });
  return out;
}
