import { asc, desc, type AnyColumn, type SQL } from 'drizzle-orm';

// Paging and sorting of list use-cases, shared by the HTML pages and the API.
export type PageRequest = { page: number; pageSize: number };
export type Page<T> = { items: T[]; total: number };
export type SortOrder<K extends string> = { key: K; descending: boolean }[];

export const offsetOf = ({ page, pageSize }: PageRequest) => (page - 1) * pageSize;

/** ORDER BY terms for a sort order; `tieBreak` (a unique column) keeps pages stable. */
export function orderByOf<K extends string>(sort: SortOrder<K>, columns: Record<K, AnyColumn | SQL>, tieBreak: AnyColumn): SQL[] {
  return [...sort.map(({ key, descending }) => (descending ? desc(columns[key]) : asc(columns[key]))), asc(tieBreak)];
}

/** One page of a short list that is read whole (code lists, a programme's indicators). */
export function pageOf<T>(items: T[], request: PageRequest): Page<T> {
  const start = offsetOf(request);
  return { items: items.slice(start, start + request.pageSize), total: items.length };
}

/** `%term%` for ILIKE, with the user's own wildcards taken literally. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
