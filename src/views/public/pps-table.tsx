import { formatNumber, type Locale } from '../../domain/format.ts';
import type { TableSort } from '../../domain/public/table-sort.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { PpsSummary } from '../../services/public-consortia/list-public-pps.ts';
import type { PpsColumn } from './pps-list-page.tsx';
import { SortHeader } from './sort-header.tsx';

export type PpsTableProps = {
  locale: Locale; caption: string; items: PpsSummary[];
  /** Sortable headers on the /pps list; plain headers on a consortium page. */
  sorting?: { sort: TableSort<PpsColumn>; hrefFor: (column: PpsColumn) => string };
  showConsortium?: boolean;
};

/** Table of pps'en with links to their pages (and to their consortium). */
export function PpsTable({ locale, caption, items, sorting, showConsortium = true }: PpsTableProps) {
  const t = publicConsortiaMessages(locale);
  const th = 'utrecht-table__header-cell';
  const num = 'utrecht-table__cell utrecht-table__cell--numeric';
  const header = (column: PpsColumn, label: string, numeric = false) => sorting
    ? <SortHeader label={label} column={column} sort={sorting.sort} href={sorting.hrefFor(column)} numeric={numeric} />
    : <th class={`${th}${numeric ? ' utrecht-table__header-cell--numeric' : ''}`} scope="col">{label}</th>;
  return (
    <div class="pps-grid-wrap">
      <table class="utrecht-table pps-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {header('naam', t.colName)}
            {showConsortium && header('consortium', t.colConsortium)}
            {header('gemeente', t.colMunicipality)}
            {header('oprichtingsjaar', t.colFounded, true)}
            <th class={th} scope="col">{t.colStatus}</th>
            {header('aantalPartners', t.colPartners, true)}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {items.map((p) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row"><a class="utrecht-link" href={localePath(locale, `/pps/${p.slug}`)}>{p.name}</a></th>
              {showConsortium && <td class="utrecht-table__cell"><a class="utrecht-link" href={localePath(locale, `/consortia/${p.consortium.slug}`)}>{p.consortium.name}</a></td>}
              <td class="utrecht-table__cell">{p.municipality?.name ?? '–'}</td>
              <td class={num}>{String(p.foundedYear)}</td>
              <td class="utrecht-table__cell">{t.statuses[p.status] ?? p.status}</td>
              <td class={num}>{formatNumber(p.partnerCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
