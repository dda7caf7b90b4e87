import { formatNumber, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumPartners } from '../../services/public-consortia/list-consortium-partners.ts';
import { PaginationNav } from './pagination-nav.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type PartnersSectionProps = { locale: Locale; partners: ConsortiumPartners; page: number; pageSize: number; hrefFor: (page: number) => string };

/** Counts per partner type, then one page of the partners by name. */
export function ConsortiumPartnersSection({ locale, partners, page, pageSize, hrefFor }: PartnersSectionProps) {
  const t = publicConsortiaMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const pages = Math.max(1, Math.ceil(partners.total / pageSize));
  return (
    <section aria-labelledby="partners">
      <h2 class="utrecht-heading-2" id="partners">{t.partnersSection}</h2>
      <Table locale={locale} caption={t.partnersByTypeCaption} class="pps-table--narrow">
        <THead><Tr>
          <Th>{t.colType}</Th>
          <Th numeric>{t.colCount}</Th>
        </Tr></THead>
        <TBody>
          {partners.byType.map((g) => (
            <Tr>
              <Th row>{t.partnerTypes[g.type] ?? g.type}</Th>
              <Td numeric>{n(g.count)}</Td>
            </Tr>
          ))}
          <Tr class="pps-table__total">
            <Th row>{t.total}</Th>
            <Td numeric>{n(partners.total)}</Td>
          </Tr>
        </TBody>
      </Table>
      <Table locale={locale} caption={t.partnersListCaption(n(Math.min(page, pages)), n(pages))}>
        <THead><Tr>
          <Th>{t.colOrganisation}</Th>
          <Th>{t.colType}</Th>
          <Th numeric>{t.colPpsCount}</Th>
        </Tr></THead>
        <TBody>
          {partners.items.map((p) => (
            <Tr>
              <Th row>{p.name}</Th>
              <Td>{t.partnerTypes[p.type] ?? p.type}</Td>
              <Td numeric>{n(p.ppsCount)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <PaginationNav locale={locale} page={page} pages={pages} hrefFor={hrefFor} label={`${t.paginationLabel}: ${t.partnersSection}`} />
    </section>
  );
}
