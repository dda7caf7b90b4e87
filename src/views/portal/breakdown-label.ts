import type { Locale } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon } from '../../i18n/portal-common.ts';

/** The words for a breakdown category (niveau:mbo, omvang:groot) in the page's language; unknown codes as they are. */
export function breakdownCategoryLabel(locale: Locale, code: string, category: string): string {
  if (code === 'niveau') return portalCommon(locale).levels[category] ?? category;
  if (code === 'omvang') return consortiumPortal(locale).companySizes[category] ?? category;
  return category;
}
