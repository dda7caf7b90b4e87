import type { KnowledgeCard } from '../../services/knowledge/public-items.ts';
import { ItemsSection } from './knowledge/items-section.tsx';
import { formatDate, formatNumber, type Locale } from '../../domain/format.ts';
import { disciplineName, provinceName, sectorName } from '../../domain/public/code-names.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { PpsDetail } from '../../services/public-consortia/get-public-pps.ts';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { DataListItem } from './data-list-item.tsx';

export function PpsPage({ locale, pps: p, knowledge }: { locale: Locale; pps: PpsDetail; knowledge?: KnowledgeCard[] }) {
  const t = publicConsortiaMessages(locale);
  const th = 'utrecht-table__header-cell';
  const consortiumPath = `/consortia/${p.consortium.slug}`;
  return (
    <Layout locale={locale} title={p.name} path={`/pps/${p.slug}`}>
      <Breadcrumbs locale={locale} items={[{ label: t.consortiaTitle, path: '/consortia' }, { label: p.consortium.name, path: consortiumPath }, { label: p.name }]} />
      <h1 class="utrecht-heading-1">{p.name}</h1>
      {p.description && <p class="utrecht-paragraph utrecht-paragraph--lead">{p.description}</p>}
      <IllustrativeNotice locale={locale} />
      <dl class="utrecht-data-list utrecht-data-list--rows pps-facts" aria-label={t.factsLabel}>
        <DataListItem label={t.consortium}><a class="utrecht-link" href={localePath(locale, consortiumPath)}>{p.consortium.name}</a></DataListItem>
        <DataListItem label={t.municipality}>{p.municipality?.name ?? '–'}</DataListItem>
        <DataListItem label={t.provinces}>{p.provinceCodes.map(provinceName).join(', ') || '–'}</DataListItem>
        <DataListItem label={t.sectors}>{p.sectorCodes.map((s) => sectorName(s, locale)).join(', ') || '–'}</DataListItem>
        <DataListItem label={t.levels}>{p.levels.join(', ') || '–'}</DataListItem>
        <DataListItem label={t.disciplines}>{p.disciplineCodes.map((d) => disciplineName(d, locale)).join(', ') || '–'}</DataListItem>
        <DataListItem label={t.status}>{t.statuses[p.status] ?? p.status}</DataListItem>
        <DataListItem label={t.founded}>{String(p.foundedYear)}</DataListItem>
        <DataListItem label={t.partnersTotal}><span data-figure="aantalPartners">{formatNumber(p.partnerCount, locale)}</span></DataListItem>
      </dl>
      <section aria-labelledby="organisaties">
        <h2 class="utrecht-heading-2" id="organisaties">{t.membersSection}</h2>
        <table class="utrecht-table pps-table pps-table--narrow">
          <caption class="utrecht-table__caption">{t.membersByTypeCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colType}</th>
            <th class={`${th} utrecht-table__header-cell--numeric`} scope="col">{t.colCount}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {p.byType.filter((g) => g.count > 0).map((g) => (
              <tr class="utrecht-table__row">
                <th class={th} scope="row">{t.partnerTypes[g.type] ?? g.type}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(g.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {(['penvoerder', 'partner'] as const).map((role) => (
          <table class="utrecht-table pps-table">
            <caption class="utrecht-table__caption">{t.membersCaption(role)}</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              <th class={th} scope="col">{t.colOrganisation}</th>
              <th class={th} scope="col">{t.colType}</th>
              <th class={th} scope="col">{t.colSince}</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
              {p.members.filter((m) => m.role === role).map((m) => (
                <tr class="utrecht-table__row">
                  <th class={th} scope="row">{m.name}</th>
                  <td class="utrecht-table__cell">{t.partnerTypes[m.type] ?? m.type}</td>
                  <td class="utrecht-table__cell">{formatDate(m.since, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      {knowledge ? <ItemsSection locale={locale} items={knowledge} /> : null}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/api/v1/pps/${p.id}`}>{t.apiLink}</a></p>
    </Layout>
  );
}
