import type { Locale } from '../domain/format.ts';

// What the query parameters of the public pages are called in each language, for a refused value's line.
const LABELS: Record<Locale, Record<string, string>> = {
  nl: { sorteer: 'sortering', richting: 'richting', pagina: 'pagina', partners: 'partnerpagina', provincie: 'provincie', sector: 'sector', consortium: 'consortium', status: 'status', actielijn: 'actielijn', jaar: 'jaar' },
  en: { sorteer: 'sort', richting: 'direction', pagina: 'page', partners: 'partner page', provincie: 'province', sector: 'sector', consortium: 'consortium', status: 'status', actielijn: 'action line', jaar: 'year' },
};

/** "label (name)", or the bare name where the label is the same word or there is none. */
export function queryFieldLabel(locale: Locale, name: string): string {
  const label = LABELS[locale][name] ?? name;
  return label === name ? name : `${label} (${name})`;
}
