import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { consortia, consortiumLevels, consortiumProvinces, consortiumSectors } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import { requireConsortiumScope } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { requireUpdated } from '../optimistic-lock.ts';
import { findProgrammeRule } from '../programmes/find-programme-rule.ts';
import { recordAudit } from '../record-audit.ts';
import { EducationLevels, ProvinceCodes, SectorCodes, Version } from './consortium-codes.ts';
import { getConsortiumProfile } from './get-consortium-profile.ts';
import { hasControlCharacters } from '../../domain/input/safe-input.ts';

export const ConsortiumProfileInput = z.object({
  name: z.string().trim().min(1, 'consortiumNameRequired').max(200, 'max200').refine((v) => !hasControlCharacters(v), 'badCharacterLine'),
  description: z.string().trim().max(5000, 'max5000').refine((v) => !hasControlCharacters(v, { lines: true }), 'badCharacter'),
  /** Optional: English pages show the Dutch description when this is empty; left out, the stored text stays. */
  descriptionEn: z.string().trim().max(5000, 'max5000').refine((v) => !hasControlCharacters(v, { lines: true }), 'badCharacter').optional(),
  provinceCodes: ProvinceCodes,
  sectorCodes: SectorCodes,
  levels: EducationLevels,
  version: Version,
});
export type ConsortiumProfileInput = z.infer<typeof ConsortiumProfileInput>;

/** Saves the consortium's profile if nobody changed it since it was read; audited in the same transaction. */
export async function updateConsortiumProfile(ctx: ServiceContext, input: ConsortiumProfileInput & { consortiumId: number }): Promise<{ version: number }> {
  const actor = requireConsortiumScope(ctx, input.consortiumId);
  const before = await getConsortiumProfile(ctx, { consortiumId: input.consortiumId });
  const [programme] = await ctx.db.select({ id: consortia.programmeId }).from(consortia).where(eq(consortia.id, input.consortiumId));
  const minProvinces = await findProgrammeRule(ctx, { programmeId: programme!.id, code: 'min_provincies_per_consortium', schema: z.number().int().nonnegative() });
  if (input.provinceCodes.length < (minProvinces ?? 0)) {
    throw new Invalid('profileNotSaved', [{ name: 'provinceCodes', reason: 'provincesMin', values: { min: minProvinces ?? 1 } }]);
  }
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(consortia)
      .set({ name: input.name, description: input.description, ...(input.descriptionEn !== undefined ? { descriptionEn: input.descriptionEn } : {}), version: sql`${consortia.version} + 1`, updatedAt: new Date() })
      .where(and(eq(consortia.id, input.consortiumId), eq(consortia.version, input.version)))
      .returning({ version: consortia.version });
    const { version } = requireUpdated(updated);
    const id = input.consortiumId;
    await tx.delete(consortiumProvinces).where(eq(consortiumProvinces.consortiumId, id));
    await tx.delete(consortiumSectors).where(eq(consortiumSectors.consortiumId, id));
    await tx.delete(consortiumLevels).where(eq(consortiumLevels.consortiumId, id));
    if (input.provinceCodes.length) await tx.insert(consortiumProvinces).values([...new Set(input.provinceCodes)].map((provinceCode) => ({ consortiumId: id, provinceCode })));
    if (input.sectorCodes.length) await tx.insert(consortiumSectors).values([...new Set(input.sectorCodes)].map((sectorCode) => ({ consortiumId: id, sectorCode })));
    if (input.levels.length) await tx.insert(consortiumLevels).values([...new Set(input.levels)].map((level) => ({ consortiumId: id, level })));
    const { version: _v, ...fields } = input;
    await recordAudit(tx, actor, { action: 'consortium.update', entity: 'consortia', entityId: id, before, after: { ...fields, version } });
    return { version };
  });
}
