import { and, count, eq, ilike, type SQL } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { containsPattern, offsetOf, orderByOf, type Page, type PageRequest, type SortOrder } from '../listing.ts';
import { ppsCountOf, selectOrganisations, toOrganisationSummary, type OrganisationSummary } from './public-organisation.ts';

export type OrganisationSortKey = 'name' | 'kind' | 'ppsCount';
export type ListOrganisationsInput = {
  filter: {
    kind?: (typeof organisations.kind.enumValues)[number];
    companySize?: (typeof organisations.companySize.enumValues)[number];
    educationLevel?: (typeof organisations.educationLevel.enumValues)[number];
    provinceCode?: string;
    nameContains?: string;
  };
  sort: SortOrder<OrganisationSortKey>;
  page: PageRequest;
};

/** Public list of organisations (schools, companies, governments, ...), filtered, sorted and paged. */
export async function listOrganisations(ctx: ServiceContext, { filter, sort, page }: ListOrganisationsInput): Promise<Page<OrganisationSummary>> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.companySize) conditions.push(eq(organisations.companySize, filter.companySize));
  if (filter.educationLevel) conditions.push(eq(organisations.educationLevel, filter.educationLevel));
  if (filter.provinceCode) conditions.push(eq(organisations.provinceCode, filter.provinceCode));
  if (filter.nameContains) conditions.push(ilike(organisations.name, containsPattern(filter.nameContains)));
  const where = and(...conditions);
  const columns = { name: organisations.name, kind: organisations.kind, ppsCount: ppsCountOf };
  const [rows, [total]] = await Promise.all([
    selectOrganisations(ctx.db).where(where).orderBy(...orderByOf(sort, columns, organisations.id)).limit(page.pageSize).offset(offsetOf(page)),
    ctx.db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items: rows.map(toOrganisationSummary), total: total?.n ?? 0 };
}
