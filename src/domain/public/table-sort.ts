// Sortable table headers of the public lists: `?sorteer=naam&richting=op|af`, aria-sort on the current column.
export type SortDirection = 'op' | 'af';
export type TableSort<K extends string> = { key: K; direction: SortDirection };

/** The direction a header link asks for: the other way round on the current column, else the column's default. */
export function nextDirection<K extends string>(current: TableSort<K>, key: K, defaultDirection: SortDirection = 'op'): SortDirection {
  if (current.key !== key) return defaultDirection;
  return current.direction === 'op' ? 'af' : 'op';
}

export function ariaSortOf<K extends string>(current: TableSort<K>, key: K): 'ascending' | 'descending' | undefined {
  if (current.key !== key) return undefined;
  return current.direction === 'op' ? 'ascending' : 'descending';
}

/** The service's sort order for a table sort; names break ties so pages stay stable. */
export function toSortOrder<K extends string, S extends string>(sort: TableSort<K>, keys: Record<K, S>, tieBreak: S): { key: S; descending: boolean }[] {
  const first = { key: keys[sort.key], descending: sort.direction === 'af' };
  return first.key === tieBreak ? [first] : [first, { key: tieBreak, descending: false }];
}

/** Query string for a list page: keeps the filters, drops empty values and page 1. */
export function listHref(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (name === 'pagina' && value === 1)) continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
