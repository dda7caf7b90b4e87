import { pps } from '../../db/schema/index.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import type { PpsInput } from './pps-input.ts';
import { freeSlug, locateMunicipality, slugify, writePpsDetails } from './write-pps-details.ts';

/** Adds a pps to the consortium, placed at its municipality. */
export async function createPps(ctx: ServiceContext, input: PpsInput & { consortiumId: number }): Promise<{ id: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  return ctx.db.transaction(async (tx) => {
    const place = await locateMunicipality(tx, input.municipalityCode);
    const [row] = await tx
      .insert(pps)
      .values({
        consortiumId: input.consortiumId, slug: await freeSlug(tx, slugify(input.name)), name: input.name, foundedYear: input.foundedYear,
        status: input.status, municipalityCode: input.municipalityCode, latitude: place.latitude, longitude: place.longitude, description: input.description, descriptionEn: input.descriptionEn ?? '', isIllustrative: false,
      })
      .returning({ id: pps.id });
    await writePpsDetails(tx, row!.id, place.provinceCode, input);
    await recordAudit(tx, actor, { action: 'pps.create', entity: 'pps', entityId: row!.id, after: input });
    return { id: row!.id };
  });
}
