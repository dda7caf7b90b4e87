import { formatNumber, type Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { localePath } from '../../../i18n/messages.ts';
import type { KnowledgeSearchResult } from '../../../services/knowledge/search-knowledge-items.ts';
import { Layout } from '../../layout.tsx';
import { PaginationNav } from '../pagination-nav.tsx';
import { FacetList } from './facet-list.tsx';
import { ItemCard } from './item-card.tsx';
import { knowledgePaths } from './knowledge-paths.ts';
import { searchHref, type SearchQuery } from './search-href.ts';

export type KnowledgeSearchPageProps = { locale: Locale; query: SearchQuery; result: KnowledgeSearchResult; page: number; pageSize: number; problem?: string };

/** /kennisbank: a GET form, ranked results with marked hits, facets as links, paging; no JavaScript. */
export function KnowledgeSearchPage({ locale, query, result, page, pageSize, problem }: KnowledgeSearchPageProps) {
  const t = knowledgeMessages(locale);
  const pages = Math.ceil(result.total / pageSize);
  const f = result.facets;
  const name = (o: { nameNl: string; nameEn: string }) => (locale === 'en' ? o.nameEn : o.nameNl);
  const hasFilter = Object.values(query).some(Boolean);
  return (
    <Layout locale={locale} title={t.title} path="/kennisbank">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <form method="get" action={localePath(locale, knowledgePaths.search)} role="search" class="pps-knowledge-search">
        <div class="utrecht-form-field utrecht-form-field--text">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="q">{t.searchLabel}</label></div>
          {problem ? <div class="utrecht-form-field-error-message" id="q-error">{problem}</div> : null}
          <div class="pps-knowledge-search__row">
            <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="q" name="q" value={query.q ?? ''}
              aria-describedby={problem ? 'q-error' : undefined} aria-invalid={problem ? 'true' : undefined} />
            {(['soort', 'actielijn', 'sector', 'provincie', 'jaar'] as const).map((key) => (query[key] ? <input type="hidden" name={key} value={query[key]} /> : null))}
            <button type="submit" class="utrecht-button utrecht-button--primary-action">{t.searchButton}</button>
          </div>
        </div>
      </form>
      <div class="pps-knowledge-layout">
        <aside class="pps-knowledge-facets" aria-labelledby="facetten">
          <h2 class="utrecht-heading-3" id="facetten">{t.facetsTitle}</h2>
          {hasFilter ? <p class="utrecht-paragraph"><a class="utrecht-link" href={searchHref(locale, {})}>{t.clearAll}</a></p> : null}
          <FacetList locale={locale} title={t.facetKind} queryKey="soort" query={query} options={f.kind.map((k) => ({ value: k.value, label: t.kinds[k.value], count: k.count }))} />
          <FacetList locale={locale} title={t.facetActionLine} queryKey="actielijn" query={query} options={f.actionLine.map((o) => ({ value: o.value, label: name(o), count: o.count }))} />
          <FacetList locale={locale} title={t.facetSector} queryKey="sector" query={query} options={f.sector.map((o) => ({ value: o.value, label: name(o), count: o.count }))} />
          <FacetList locale={locale} title={t.facetProvince} queryKey="provincie" query={query} options={f.province.map((o) => ({ value: o.value, label: o.nameNl, count: o.count }))} />
          <FacetList locale={locale} title={t.facetYear} queryKey="jaar" query={query} options={f.year.map((o) => ({ value: String(o.value), label: String(o.value), count: o.count }))} />
        </aside>
        <section class="pps-knowledge-results" aria-labelledby="resultaten">
          <h2 class="utrecht-heading-2" id="resultaten" aria-live="polite">
            {query.q ? t.resultsFor(formatNumber(result.total, locale), query.q) : t.results(formatNumber(result.total, locale))}
          </h2>
          {result.items.length === 0 ? <p class="utrecht-paragraph">{t.noResults}</p> : (
            <ol class="pps-knowledge-list" start={(page - 1) * pageSize + 1}>
              {result.items.map((item) => <li><ItemCard locale={locale} item={item} snippet={item.snippet} /></li>)}
            </ol>
          )}
          <PaginationNav locale={locale} page={page} pages={pages} hrefFor={(n) => searchHref(locale, query, { pagina: String(n) })} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={localePath(locale, knowledgePaths.atom)}>{t.atomLink}</a>
            {' · '}
            <a class="utrecht-link" href={localePath(locale, knowledgePaths.calendar)}>{t.allEventsCalendar}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
