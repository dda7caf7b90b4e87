import { asc } from 'drizzle-orm';
import { municipalities } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

export type MunicipalityOption = { code: string; name: string };

/** Municipalities to choose a pps location from (a public code list). */
export async function listMunicipalities({ db }: ServiceContext): Promise<MunicipalityOption[]> {
  return db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name));
}
