import { formatNumber, type Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { searchHref, type SearchQuery } from './search-href.ts';

export type FacetOption = { value: string; label: string; count: number };

/** One facet as links: each narrows the search; the chosen one links back to the search without it. */
export function FacetList({ locale, title, queryKey, options, query }: {
  locale: Locale; title: string; queryKey: keyof SearchQuery; options: FacetOption[]; query: SearchQuery;
}) {
  const t = knowledgeMessages(locale);
  if (!options.length) return null;
  const current = query[queryKey];
  const id = `facet-${queryKey}`;
  return (
    <section class="pps-facet" aria-labelledby={id}>
      <h3 class="utrecht-heading-4" id={id}>{title}</h3>
      <ul class="pps-facet__list">
        {options.map((o) => (
          <li>
            {o.value === current
              ? <a class="utrecht-link" href={searchHref(locale, query, { [queryKey]: undefined })} aria-current="true">
                  <strong>{o.label}</strong> ({formatNumber(o.count, locale)}) <span class="pps-visually-hidden">{t.selected}</span>
                </a>
              : <a class="utrecht-link" href={searchHref(locale, query, { [queryKey]: o.value })}>{o.label} ({formatNumber(o.count, locale)})</a>}
          </li>
        ))}
      </ul>
    </section>
  );
}
