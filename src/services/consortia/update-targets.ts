import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { targets } from '../../db/schema/index.ts';
import { targetField } from '../../domain/consortia/grid-fields.ts';
import { Invalid, type FieldProblem } from '../../errors.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated, staleConflict } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { readTargets } from './get-targets.ts';

const year = z.number().int('yearRequired').min(2000, 'yearFrom2000').max(2100, 'yearInvalid');
const amount = z.number().nonnegative('valueNotNegative');
export const TargetInput = z.object({
  indicatorId: z.number().int().positive(),
  baselineValue: amount, baselineYear: year, targetValue: amount, targetYear: year,
  version: z.number().int().positive().nullable(),
});
export type TargetInput = z.infer<typeof TargetInput>;

/** Saves baselines and targets: all rows or none, each row guarded by its version. */
export async function updateTargets(ctx: ServiceContext, input: { consortiumId: number; targets: TargetInput[] }): Promise<{ changed: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  const problems: FieldProblem[] = [];
  for (const t of input.targets) {
    if (t.targetYear < t.baselineYear) problems.push({ name: targetField(t.indicatorId, 'targetYear'), reason: 'targetYearBeforeBaseline' });
  }
  if (problems.length) throw new Invalid('targetsNotSaved', problems);
  return ctx.db.transaction(async (tx) => {
    const current = await readTargets(tx, input.consortiumId);
    let changed = 0;
    for (const t of input.targets) {
      const row = current.rows.find((r) => r.indicatorId === t.indicatorId);
      if (!row) throw new Invalid('targetsNotSaved', [{ name: targetField(t.indicatorId, 'targetValue'), reason: 'indicatorNotInProgramme' }]);
      const { version, indicatorId, ...values } = t;
      const before = row.target;
      if (before && (Object.keys(values) as (keyof typeof values)[]).every((k) => before[k] === values[k])) continue;
      changed += 1;
      if (!before) {
        if (version !== null) throw staleConflict();
        const [created] = await tx.insert(targets).values({ consortiumId: input.consortiumId, indicatorId, ...values }).onConflictDoNothing().returning({ id: targets.id });
        const { id } = requireUpdated(created ? [created] : []);
        await recordAudit(tx, actor, { action: 'target.create', entity: 'targets', entityId: id, after: t });
        continue;
      }
      if (version === null) throw staleConflict();
      const updated = await tx.update(targets).set({ ...values, version: sql`${targets.version} + 1` })
        .where(and(eq(targets.id, before.id), eq(targets.version, version))).returning({ version: targets.version });
      const after = requireUpdated(updated);
      await recordAudit(tx, actor, { action: 'target.update', entity: 'targets', entityId: before.id, before, after: { ...values, version: after.version } });
    }
    return { changed };
  });
}
