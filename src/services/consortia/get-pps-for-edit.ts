import { eq } from 'drizzle-orm';
import { pps, ppsLevels, ppsSectors } from '../../db/schema/index.ts';
import { NotFound } from '../../errors.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import type { PpsInput } from './pps-input.ts';

export type PpsForEdit = PpsInput & { id: number; consortiumId: number; version: number };

/** Which consortium a pps belongs to, from the database: the scope check never trusts the URL alone. */
export async function getPpsConsortiumId(ctx: ServiceContext, ppsId: number): Promise<number> {
  const [row] = await ctx.db.select({ consortiumId: pps.consortiumId }).from(pps).where(eq(pps.id, ppsId));
  if (!row || row.consortiumId === null) throw new NotFound('ppsNotFound');
  return row.consortiumId;
}

export async function getPpsForEdit(ctx: ServiceContext, input: { ppsId: number }): Promise<PpsForEdit> {
  requireActor(ctx);
  requireConsortiumScope(ctx, await getPpsConsortiumId(ctx, input.ppsId));
  const [row] = await ctx.db
    .select({ id: pps.id, consortiumId: pps.consortiumId, name: pps.name, foundedYear: pps.foundedYear, status: pps.status, municipalityCode: pps.municipalityCode, description: pps.description, descriptionEn: pps.descriptionEn, version: pps.version })
    .from(pps)
    .where(eq(pps.id, input.ppsId));
  const sectors = await ctx.db.select({ code: ppsSectors.sectorCode }).from(ppsSectors).where(eq(ppsSectors.ppsId, input.ppsId));
  const levels = await ctx.db.select({ level: ppsLevels.level }).from(ppsLevels).where(eq(ppsLevels.ppsId, input.ppsId));
  return { ...row!, consortiumId: row!.consortiumId!, municipalityCode: row!.municipalityCode ?? '', sectorCodes: sectors.map((s) => s.code), levels: levels.map((l) => l.level) };
}
