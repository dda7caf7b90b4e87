import { asc, eq } from 'drizzle-orm';
import { consortia, indicators, targets } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import type { Db, Tx } from '../../db/client.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';

export type TargetRow = {
  indicatorId: number; indicatorName: string; unit: string; kind: string;
  target: { id: number; baselineValue: number; baselineYear: number; targetValue: number; targetYear: number; version: number } | null;
};
export type ConsortiumTargets = { consortiumId: number; consortiumName: string; rows: TargetRow[] };

export async function readTargets(db: Db | Tx, consortiumId: number): Promise<ConsortiumTargets> {
  const [c] = await db.select({ name: consortia.name, programmeId: consortia.programmeId }).from(consortia).where(eq(consortia.id, consortiumId));
  if (!c) throw new NotFound('consortiumNotFound');
  const inds = await db.select({ id: indicators.id, name: indicators.nameNl, unit: indicators.unit, kind: indicators.kind })
    .from(indicators).where(eq(indicators.programmeId, c.programmeId)).orderBy(asc(indicators.position));
  const rows = await db
    .select({ id: targets.id, indicatorId: targets.indicatorId, baselineValue: targets.baselineValue, baselineYear: targets.baselineYear, targetValue: targets.targetValue, targetYear: targets.targetYear, version: targets.version })
    .from(targets).where(eq(targets.consortiumId, consortiumId));
  return {
    consortiumId, consortiumName: c.name,
    rows: inds.filter((i) => i.kind !== 'kwalitatief').map((i) => {
      const t = rows.find((r) => r.indicatorId === i.id);
      return { indicatorId: i.id, indicatorName: i.name, unit: i.unit, kind: i.kind, target: t ? { id: t.id, baselineValue: t.baselineValue, baselineYear: t.baselineYear, targetValue: t.targetValue, targetYear: t.targetYear, version: t.version } : null };
    }),
  };
}

/** Baseline and target per indicator of the consortium (indicators without a target yet included). */
export async function getTargets(ctx: ServiceContext, input: { consortiumId: number }): Promise<ConsortiumTargets> {
  requireConsortiumScope(ctx, input.consortiumId);
  return readTargets(ctx.db, input.consortiumId);
}
