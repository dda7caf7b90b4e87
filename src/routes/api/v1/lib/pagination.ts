import type { Context } from 'hono';
import { z } from 'zod';
import type { Page, SortOrder } from '../../../../services/listing.ts';
import { component } from './components.ts';

export const MAX_PAGE_SIZE = 100;

/** Query keys every collection accepts: pagina and paginaGrootte. */
export const pageQuery = {
  pagina: z.coerce.number().int().min(1).default(1).meta({ description: 'Paginanummer; de eerste pagina is 1.', example: 1 }),
  paginaGrootte: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20)
    .meta({ description: `Aantal resultaten per pagina (1 tot en met ${MAX_PAGE_SIZE}).`, example: 20 }),
};

/** `sorteer=-naam,soort`: API field names, a minus for descending; mapped to the service's sort keys. */
export function sortQuery<K extends string>(fields: Record<string, K>, defaultValue: string) {
  const names = Object.keys(fields);
  const pattern = new RegExp(`^-?(${names.join('|')})(,-?(${names.join('|')}))*$`);
  return z
    .string()
    // A refinement rather than .regex, so the refusal carries the field names as values; the pattern is documented in meta.
    .refine((value) => pattern.test(value), { message: 'api.sortFields', params: { fields: names.join(', ') } })
    .default(defaultValue)
    .meta({ description: `Sortering: ${names.join(', ')}. Een minteken ervoor sorteert aflopend; meerdere velden scheiden met komma's.`, example: defaultValue, pattern: pattern.source })
    .transform((value): SortOrder<K> => value.split(',').map((part) => {
      const descending = part.startsWith('-');
      return { key: fields[descending ? part.slice(1) : part] as K, descending };
    }));
}

const Link = component('Link', z.object({ href: z.string().meta({ description: 'Adres (pad met query) van de bron.', example: '/api/v1/organisaties?pagina=2' }) })
  .meta({ description: 'Een link (HAL).' }));
export const PageLinks = component('PaginaLinks', z.object({
  self: Link, first: Link, prev: Link.optional(), next: Link.optional(), last: Link,
}).meta({ description: 'Links naar deze, de eerste, vorige, volgende en laatste pagina (HAL).' }));

type Envelope<I, K extends string> = {
  _links: z.input<typeof PageLinks>;
  _embedded: Record<K, I[]>;
  totaal: number; pagina: number; paginaGrootte: number; aantalPaginas: number;
};

/** A paginated collection (HAL): `_links`, `_embedded.<naam>`, `totaal`, `pagina`, `paginaGrootte`, `aantalPaginas`. */
export function paginated<T extends z.ZodType, K extends string>(id: string, key: K, item: T, description: string) {
  const schema = z.object({
    _links: PageLinks,
    _embedded: z.object({ [key]: z.array(item) }).meta({ description: 'De resultaten op deze pagina.' }),
    totaal: z.number().int().min(0).meta({ description: 'Aantal resultaten over alle pagina\'s.', example: 42 }),
    pagina: z.number().int().min(1).meta({ description: 'Nummer van deze pagina.', example: 1 }),
    paginaGrootte: z.number().int().min(1).meta({ description: 'Maximaal aantal resultaten per pagina.', example: 20 }),
    aantalPaginas: z.number().int().min(0).meta({ description: 'Aantal pagina\'s.', example: 3 }),
  }).meta({ description });
  return component(id, schema) as unknown as z.ZodType<Envelope<z.output<T>, K>, Envelope<z.input<T>, K>>;
}

function hrefFor(c: Context, page: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('pagina', String(page));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** The envelope for one page of results; links keep the client's filters and sorting. */
export function pageBody<T, I, K extends string>(
  c: Context, key: K, query: { pagina: number; paginaGrootte: number }, page: Page<T>, toItem: (item: T) => I,
): Envelope<I, K> {
  const pages = Math.ceil(page.total / query.paginaGrootte);
  const last = Math.max(pages, 1);
  const links: Envelope<I, K>['_links'] = { self: { href: hrefFor(c, query.pagina) }, first: { href: hrefFor(c, 1) }, last: { href: hrefFor(c, last) } };
  if (query.pagina > 1) links.prev = { href: hrefFor(c, Math.min(query.pagina - 1, last)) };
  if (query.pagina < pages) links.next = { href: hrefFor(c, query.pagina + 1) };
  return {
    _links: links,
    _embedded: { [key]: page.items.map(toItem) } as Record<K, I[]>,
    totaal: page.total, pagina: query.pagina, paginaGrootte: query.paginaGrootte, aantalPaginas: pages,
  };
}
