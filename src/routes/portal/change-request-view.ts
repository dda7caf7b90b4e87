import type { ChangeRequestRow } from '../../services/budget/list-change-requests.ts';
import type { ChangeRequestView } from '../../views/portal/change-request-list.tsx';

type Cell = { actionLineId: number; year: number; source: string; amount: number };

/** A stored change request as the views show it: action lines by code. */
/** `planned`: the consortium's planned amounts now, keyed actionLineId|year|source, to show each change from → to. */
export function changeRequestView(r: ChangeRequestRow, lines: { id: number; code: string }[], planned?: Map<string, number>): ChangeRequestView {
  const cells = (Array.isArray(r.proposed) ? (r.proposed as Cell[]) : []).map((x) => ({
    line: lines.find((l) => l.id === x.actionLineId)?.code ?? String(x.actionLineId), year: x.year, source: x.source, amount: x.amount,
    from: planned ? (planned.get(`${x.actionLineId}|${x.year}|${x.source}`) ?? 0) : undefined,
  }));
  return { id: r.id, consortiumName: r.consortiumName, status: r.status, motivation: r.motivation, submittedAt: r.submittedAt, decisionNote: r.decisionNote, cells };
}
