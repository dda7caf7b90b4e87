import { ariaSortOf, type TableSort } from '../../domain/public/table-sort.ts';

const ICON = { ascending: '▲', descending: '▼', none: '↕' } as const;

export type SortHeaderProps<K extends string> = { label: string; column: K; sort: TableSort<K>; href: string; numeric?: boolean };

/** A column header that sorts by its column; aria-sort tells the current order, the link turns it round. */
export function SortHeader<K extends string>({ label, column, sort, href, numeric }: SortHeaderProps<K>) {
  const state = ariaSortOf(sort, column);
  return (
    <th class={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`} scope="col" aria-sort={state}>
      <a class="utrecht-link pps-sort-link" href={href}>
        {label}
        <span class="pps-sort-link__icon" aria-hidden="true">{ICON[state ?? 'none']}</span>
      </a>
    </th>
  );
}
