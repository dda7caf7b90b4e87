import { asc } from 'drizzle-orm';
import { municipalities } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

export type MunicipalityOption = { code: string; name: string; provinceCode: string };

/** Municipalities a pps or organisation can be placed in (a public code list), by name. */
export async function listMunicipalities({ db }: ServiceContext): Promise<MunicipalityOption[]> {
  return db.select({ code: municipalities.code, name: municipalities.name, provinceCode: municipalities.provinceCode }).from(municipalities).orderBy(asc(municipalities.name));
}
