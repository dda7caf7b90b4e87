import { DISCIPLINES, PROVINCES, SECTORS } from '../code-lists.ts';
import type { Locale } from '../format.ts';

// Names of codes from the public code lists; an unknown code shows as itself.
export const provinceName = (code: string) => PROVINCES.find((p) => p.code === code)?.name ?? code;

export function sectorName(code: string, locale: Locale): string {
  const s = SECTORS.find((x) => x.code === code);
  return s ? (locale === 'en' ? s.nameEn : s.nameNl) : code;
}

export function disciplineName(code: string, locale: Locale): string {
  const d = DISCIPLINES.find((x) => x.code === code);
  return d ? (locale === 'en' ? d.nameEn : d.nameNl) : code;
}
