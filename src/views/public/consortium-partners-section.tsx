import { formatNumber, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumPartners } from '../../services/public-consortia/list-consortium-partners.ts';
import { PaginationNav } from './pagination-nav.tsx';

export type PartnersSectionProps = { locale: Locale; partners: ConsortiumPartners; page: number; pageSize: number; hrefFor: (page: number) => string };

/** Counts per partner type, then one page of the partners by name. */
export function ConsortiumPartnersSection({ locale, partners, page, pageSize, hrefFor }: PartnersSectionProps) {
  const t = publicConsortiaMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const th = 'utrecht-table__header-cell';
  const pages = Math.max(1, Math.ceil(partners.total / pageSize));
  return (
    <section aria-labelledby="partners">
      <h2 class="utrecht-heading-2" id="partners">{t.partnersSection}</h2>
      <table class="utrecht-table pps-table pps-table--narrow">
        <caption class="utrecht-table__caption">{t.partnersByTypeCaption}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
          <th class={th} scope="col">{t.colType}</th>
          <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colCount}</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
          {partners.byType.map((g) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row">{t.partnerTypes[g.type] ?? g.type}</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{n(g.count)}</td>
            </tr>
          ))}
          <tr class="utrecht-table__row pps-table__total">
            <th class={th} scope="row">{t.total}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{n(partners.total)}</td>
          </tr>
        </tbody>
      </table>
      <table class="utrecht-table pps-table">
        <caption class="utrecht-table__caption">{t.partnersListCaption(n(Math.min(page, pages)), n(pages))}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
          <th class={th} scope="col">{t.colOrganisation}</th>
          <th class={th} scope="col">{t.colType}</th>
          <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colPpsCount}</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
          {partners.items.map((p) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row">{p.name}</th>
              <td class="utrecht-table__cell">{t.partnerTypes[p.type] ?? p.type}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{n(p.ppsCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PaginationNav locale={locale} page={page} pages={pages} hrefFor={hrefFor} label={`${t.paginationLabel}: ${t.partnersSection}`} />
    </section>
  );
}
