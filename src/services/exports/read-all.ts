import type { Page, PageRequest } from '../listing.ts';

/** Every item of a paged list use-case, read page by page, so downloads reuse the same queries as the pages and the API. */
export async function readAll<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>, pageSize = 1000): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage({ page, pageSize });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}
