import { ariaSortOf, type TableSort } from '../../domain/public/table-sort.ts';
import { Th } from '../table.tsx';

export type SortHeaderProps<K extends string> = { label: string; column: K; sort: TableSort<K>; href: string; numeric?: boolean };

/** A column header that sorts by its column; aria-sort tells the current order, the link turns it round. */
export function SortHeader<K extends string>({ label, column, sort, href, numeric }: SortHeaderProps<K>) {
  return <Th numeric={numeric} sort={{ state: ariaSortOf(sort, column), href }}>{label}</Th>;
}
