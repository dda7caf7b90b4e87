import { eq, like } from 'drizzle-orm';
import { municipalities, pps, ppsLevels, ppsProvinces, ppsSectors } from '../../db/schema/index.ts';
import { Invalid } from '../../errors.ts';
import type { Tx } from '../../db/client.ts';
import type { PpsInput } from './pps-input.ts';

/** Location of a municipality; an unknown code is a field problem, not a database error. */
export async function locateMunicipality(tx: Tx, code: string) {
  const [m] = await tx.select({ provinceCode: municipalities.provinceCode, latitude: municipalities.latitude, longitude: municipalities.longitude }).from(municipalities).where(eq(municipalities.code, code));
  if (!m) throw new Invalid('ppsNotSaved', [{ name: 'municipalityCode', reason: 'municipalityChoose' }]);
  return m;
}

/** Replaces the pps's province, sectors and levels. */
export async function writePpsDetails(tx: Tx, ppsId: number, provinceCode: string, input: PpsInput): Promise<void> {
  await tx.delete(ppsProvinces).where(eq(ppsProvinces.ppsId, ppsId));
  await tx.delete(ppsSectors).where(eq(ppsSectors.ppsId, ppsId));
  await tx.delete(ppsLevels).where(eq(ppsLevels.ppsId, ppsId));
  await tx.insert(ppsProvinces).values({ ppsId, provinceCode });
  if (input.sectorCodes.length) await tx.insert(ppsSectors).values([...new Set(input.sectorCodes)].map((sectorCode) => ({ ppsId, sectorCode })));
  await tx.insert(ppsLevels).values([...new Set(input.levels)].map((level) => ({ ppsId, level })));
}

/** A slug not yet taken: "naam", then "naam-2", "naam-3", ... */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.select({ slug: pps.slug }).from(pps).where(like(pps.slug, `${base}%`))).map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export function slugify(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pps';
}
