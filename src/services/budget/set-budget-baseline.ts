import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { budgetBaselineLines } from '../../db/schema/index.ts';

/** The consortium's current planned budget becomes its approved budget: at award and when a change request is approved. */
export async function setBudgetBaseline(tx: Tx, consortiumId: number): Promise<void> {
  await tx.delete(budgetBaselineLines).where(eq(budgetBaselineLines.consortiumId, consortiumId));
  await tx.execute(sql`insert into budget_baseline_lines (consortium_id, action_line_id, year, source, amount)
    select consortium_id, action_line_id, year, source, planned_amount from budget_lines where consortium_id = ${consortiumId}`);
}
