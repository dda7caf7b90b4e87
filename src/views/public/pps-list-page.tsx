import { formatNumber, type Locale } from '../../domain/format.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { sectorName } from '../../domain/public/code-names.ts';
import { listHref, nextDirection, type TableSort } from '../../domain/public/table-sort.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { Page } from '../../services/listing.ts';
import type { PpsSummary } from '../../services/public-consortia/list-public-pps.ts';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { FilterForm } from './filter-form.tsx';
import { PaginationNav } from './pagination-nav.tsx';
import { PpsTable } from './pps-table.tsx';

export type PpsColumn = 'naam' | 'consortium' | 'gemeente' | 'oprichtingsjaar' | 'aantalPartners';
export type PpsListPageProps = {
  locale: Locale; sort: TableSort<PpsColumn>; page: number; pageSize: number;
  filters: { consortium?: number; provincie?: string; sector?: string; status?: string };
  consortia: { id: number; name: string }[]; result: Page<PpsSummary>;
};

export function PpsListPage({ locale, sort, page, pageSize, filters, consortia, result }: PpsListPageProps) {
  const t = publicConsortiaMessages(locale);
  const path = localePath(locale, '/pps');
  const href = (p: Record<string, string | number | undefined>) => listHref(path, { ...filters, sorteer: sort.key, richting: sort.direction, ...p });
  const numeric = (c: PpsColumn) => c === 'oprichtingsjaar' || c === 'aantalPartners';
  return (
    <Layout locale={locale} title={t.ppsTitle} path="/pps">
      <Breadcrumbs locale={locale} items={[{ label: t.consortiaTitle, path: '/consortia' }, { label: t.ppsTitle }]} />
      <h1 class="utrecht-heading-1">{t.ppsTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.ppsIntro}</p>
      <IllustrativeNotice locale={locale} />
      <FilterForm locale={locale} action={path} keep={{ sorteer: sort.key, richting: sort.direction }} fields={[
        { name: 'consortium', label: t.consortium, selected: filters.consortium?.toString(), options: consortia.map((c) => ({ value: String(c.id), label: c.name })) },
        { name: 'provincie', label: t.province, selected: filters.provincie, options: PROVINCES.map((p) => ({ value: p.code, label: p.name })) },
        { name: 'sector', label: t.sector, selected: filters.sector, options: SECTORS.map((s) => ({ value: s.code, label: sectorName(s.code, locale) })) },
        { name: 'status', label: t.status, selected: filters.status, options: Object.entries(t.statuses).map(([value, label]) => ({ value, label })) },
      ]} />
      <PpsTable locale={locale} caption={t.ppsCaption(formatNumber(result.total, locale))} items={result.items}
        sorting={{ sort, hrefFor: (c) => href({ sorteer: c, richting: nextDirection(sort, c, numeric(c) ? 'af' : 'op'), pagina: undefined }) }} />
      {result.items.length === 0 && <p class="utrecht-paragraph">{t.noResults}</p>}
      <PaginationNav locale={locale} page={page} pages={Math.ceil(result.total / pageSize)} hrefFor={(p) => href({ pagina: p })} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/consortia')}>{t.allConsortiaLink}</a>{' · '}
        <a class="utrecht-link" href="/api/v1/pps">{t.apiLink}</a>{' · '}
        <a class="utrecht-link" href="/downloads/pps.csv" download>{t.downloadCsv}</a>{', '}
        <a class="utrecht-link" href="/downloads/pps.xlsx" download>{t.downloadXlsx}</a>
      </p>
    </Layout>
  );
}
