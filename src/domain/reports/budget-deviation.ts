// A realised cost item more than the rule's share off its budget line needs a change request (wijzigingsverzoek).
export type BudgetCell = { actionLineId: number; source: string; planned: number; realised: number | null };
export type Deviation = BudgetCell & { realised: number; share: number };

/** Cells whose realisation deviates more than `threshold` (e.g. 0.25) from the plan, either way. */
export function budgetDeviations(cells: BudgetCell[], threshold: number): Deviation[] {
  return cells.flatMap((c) => {
    if (c.realised === null) return [];
    const share = c.planned === 0 ? (c.realised === 0 ? 0 : Infinity) : (c.realised - c.planned) / c.planned;
    return Math.abs(share) > threshold ? [{ ...c, realised: c.realised, share }] : [];
  });
}
