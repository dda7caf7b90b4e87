import { formatNumber, type Locale } from '../../domain/format.ts';
import type { TableSort } from '../../domain/public/table-sort.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { PpsSummary } from '../../services/public-consortia/list-public-pps.ts';
import type { PpsColumn } from './pps-list-page.tsx';
import { SortHeader } from './sort-header.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type PpsTableProps = {
  locale: Locale; caption: string; items: PpsSummary[];
  /** Sortable headers on the /pps list; plain headers on a consortium page. */
  sorting?: { sort: TableSort<PpsColumn>; hrefFor: (column: PpsColumn) => string };
  showConsortium?: boolean;
};

/** Table of pps'en with links to their pages (and to their consortium). */
export function PpsTable({ locale, caption, items, sorting, showConsortium = true }: PpsTableProps) {
  const t = publicConsortiaMessages(locale);
  const header = (column: PpsColumn, label: string, numeric = false) => sorting
    ? <SortHeader label={label} column={column} sort={sorting.sort} href={sorting.hrefFor(column)} numeric={numeric} />
    : <Th numeric={numeric}>{label}</Th>;
  return (
    <Table locale={locale} caption={caption}>
        <THead>
          <Tr>
            {header('naam', t.colName)}
            {showConsortium && header('consortium', t.colConsortium)}
            {header('gemeente', t.colMunicipality)}
            {header('oprichtingsjaar', t.colFounded, true)}
            <Th>{t.colStatus}</Th>
            {header('aantalPartners', t.colPartners, true)}
          </Tr>
        </THead>
        <TBody>
          {items.map((p) => (
            <Tr>
              <Th row><a class="utrecht-link" href={localePath(locale, `/pps/${p.slug}`)}>{p.name}</a></Th>
              {showConsortium && <Td><a class="utrecht-link" href={localePath(locale, `/consortia/${p.consortium.slug}`)}>{p.consortium.name}</a></Td>}
              <Td>{p.municipality?.name ?? '–'}</Td>
              <Td numeric>{String(p.foundedYear)}</Td>
              <Td>{t.statuses[p.status] ?? p.status}</Td>
              <Td numeric>{formatNumber(p.partnerCount, locale)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
  );
}
