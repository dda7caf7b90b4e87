import { and, eq, sql } from 'drizzle-orm';
import { pps } from '../../db/schema/index.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { recordAudit } from '../record-audit.ts';
import { getPpsConsortiumId, getPpsForEdit } from './get-pps-for-edit.ts';
import type { PpsInput } from './pps-input.ts';
import { locateMunicipality, writePpsDetails } from './write-pps-details.ts';

/** Saves a pps if nobody changed it since `version` was read. */
export async function updatePps(ctx: ServiceContext, input: PpsInput & { ppsId: number; version: number }): Promise<{ version: number }> {
  requireActor(ctx);
  const actor = requireConsortiumScope(ctx, await getPpsConsortiumId(ctx, input.ppsId));
  const before = await getPpsForEdit(ctx, { ppsId: input.ppsId });
  return ctx.db.transaction(async (tx) => {
    const place = await locateMunicipality(tx, input.municipalityCode);
    const moved = before.municipalityCode !== input.municipalityCode;
    const updated = await tx
      .update(pps)
      .set({
        name: input.name, foundedYear: input.foundedYear, status: input.status, municipalityCode: input.municipalityCode, description: input.description,
        ...(input.descriptionEn !== undefined ? { descriptionEn: input.descriptionEn } : {}),
        ...(moved ? { latitude: place.latitude, longitude: place.longitude } : {}), version: sql`${pps.version} + 1`, updatedAt: new Date(),
      })
      .where(and(eq(pps.id, input.ppsId), eq(pps.version, input.version)))
      .returning({ version: pps.version });
    const { version } = requireUpdated(updated);
    await writePpsDetails(tx, input.ppsId, place.provinceCode, input);
    const { version: _v, ...after } = input;
    await recordAudit(tx, actor, { action: 'pps.update', entity: 'pps', entityId: input.ppsId, before, after: { ...after, version } });
    return { version };
  });
}
