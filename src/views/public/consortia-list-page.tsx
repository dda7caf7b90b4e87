import { formatMillionsShort, formatNumber, type Locale } from '../../domain/format.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { provinceName, sectorName } from '../../domain/public/code-names.ts';
import { listHref, nextDirection, type TableSort } from '../../domain/public/table-sort.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumSummary } from '../../services/public-consortia/consortium-facts.ts';
import type { Page } from '../../services/listing.ts';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { FilterForm } from './filter-form.tsx';
import { PaginationNav } from './pagination-nav.tsx';
import { SortHeader } from './sort-header.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type ConsortiumColumn = 'naam' | 'aantalPps' | 'toegekendBedrag' | 'aantalPartners';
export type ConsortiaListPageProps = {
  locale: Locale; sort: TableSort<ConsortiumColumn>; page: number; pageSize: number;
  filters: { provincie?: string; sector?: string }; result: Page<ConsortiumSummary>;
};

export function ConsortiaListPage({ locale, sort, page, pageSize, filters, result }: ConsortiaListPageProps) {
  const t = publicConsortiaMessages(locale);
  const path = localePath(locale, '/consortia');
  const pages = Math.ceil(result.total / pageSize);
  const href = (p: Record<string, string | number | undefined>) => listHref(path, { ...filters, sorteer: sort.key, richting: sort.direction, ...p });
  const sortHref = (column: ConsortiumColumn) => href({ sorteer: column, richting: nextDirection(sort, column, column === 'naam' ? 'op' : 'af'), pagina: undefined });
  const header = (column: ConsortiumColumn, label: string, numeric = true) => <SortHeader label={label} column={column} sort={sort} href={sortHref(column)} numeric={numeric} />;
  return (
    <Layout locale={locale} title={t.consortiaTitle} path="/consortia">
      <Breadcrumbs locale={locale} items={[{ label: t.consortiaTitle }]} />
      <h1 class="utrecht-heading-1">{t.consortiaTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.consortiaIntro}</p>
      <IllustrativeNotice locale={locale} />
      <FilterForm locale={locale} action={path} keep={{ sorteer: sort.key, richting: sort.direction }} fields={[
        { name: 'provincie', label: t.province, selected: filters.provincie, options: PROVINCES.map((p) => ({ value: p.code, label: p.name })) },
        { name: 'sector', label: t.sector, selected: filters.sector, options: SECTORS.map((s) => ({ value: s.code, label: sectorName(s.code, locale) })) },
      ]} />
      <Table locale={locale} caption={t.consortiaCaption(formatNumber(result.total, locale))}>
          <THead>
            <Tr>
              {header('naam', t.colName, false)}
              <Th>{t.colProvinces}</Th>
              {header('aantalPps', t.colPps)}
              {header('toegekendBedrag', t.colAwarded)}
              {header('aantalPartners', t.colPartners)}
            </Tr>
          </THead>
          <TBody>
            {result.items.map((c) => (
              <Tr>
                <Th row><a class="utrecht-link" href={localePath(locale, `/consortia/${c.slug}`)}>{c.name}</a></Th>
                <Td>{c.provinceCodes.map(provinceName).join(', ')}</Td>
                <Td numeric>{formatNumber(c.ppsCount, locale)}</Td>
                <Td numeric>{formatMillionsShort(c.awardedAmount, locale)}</Td>
                <Td numeric>{formatNumber(c.partnerCount, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      {result.items.length === 0 && <p class="utrecht-paragraph">{t.noResults}</p>}
      <PaginationNav locale={locale} page={page} pages={pages} hrefFor={(p) => href({ pagina: p })} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/pps')}>{t.allPpsLink}</a>{' · '}
        <a class="utrecht-link" href="/api/v1/consortia">{t.apiLink}</a>{' · '}
        <a class="utrecht-link" href="/downloads/consortia.csv" download>{t.downloadCsv}</a>{', '}
        <a class="utrecht-link" href="/downloads/consortia.xlsx" download>{t.downloadXlsx}</a>
      </p>
    </Layout>
  );
}
