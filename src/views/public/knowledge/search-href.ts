import type { Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';

// The search page's query keys (Dutch, like the other public pages).
export type SearchQuery = { q?: string; soort?: string; actielijn?: string; sector?: string; provincie?: string; jaar?: string };
export const SEARCH_KEYS = ['q', 'soort', 'actielijn', 'sector', 'provincie', 'jaar'] as const;

/** The search address with some keys changed (undefined removes one); a changed filter starts again at page 1. */
export function searchHref(locale: Locale, query: SearchQuery, changes: Partial<Record<keyof SearchQuery | 'pagina', string | undefined>> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | undefined> = { ...query, ...changes };
  for (const key of [...SEARCH_KEYS, 'pagina'] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return `${localePath(locale, '/kennisbank')}${search ? `?${search}` : ''}`;
}
