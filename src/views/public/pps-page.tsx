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
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';
import { LocalisedText } from '../localised-text.tsx';

export function PpsPage({ locale, pps: p, knowledge }: { locale: Locale; pps: PpsDetail; knowledge?: KnowledgeCard[] }) {
  const t = publicConsortiaMessages(locale);
  const consortiumPath = `/consortia/${p.consortium.slug}`;
  return (
    <Layout locale={locale} title={p.name} path={`/pps/${p.slug}`}>
      <Breadcrumbs locale={locale} items={[{ label: t.consortiaTitle, path: '/consortia' }, { label: p.consortium.name, path: consortiumPath }, { label: p.name }]} />
      <h1 class="utrecht-heading-1">{p.name}</h1>
      <LocalisedText locale={locale} nl={p.description} en={p.descriptionEn} class="utrecht-paragraph utrecht-paragraph--lead" />
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
        <Table locale={locale} caption={t.membersByTypeCaption} class="pps-table--narrow">
          <THead><Tr>
            <Th>{t.colType}</Th>
            <Th numeric>{t.colCount}</Th>
          </Tr></THead>
          <TBody>
            {p.byType.filter((g) => g.count > 0).map((g) => (
              <Tr>
                <Th row>{t.partnerTypes[g.type] ?? g.type}</Th>
                <Td numeric>{formatNumber(g.count, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        {(['penvoerder', 'partner'] as const).map((role) => (
          <Table locale={locale} caption={t.membersCaption(role)}>
            <THead><Tr>
              <Th>{t.colOrganisation}</Th>
              <Th>{t.colType}</Th>
              <Th>{t.colSince}</Th>
            </Tr></THead>
            <TBody>
              {p.members.filter((m) => m.role === role).map((m) => (
                <Tr>
                  <Th row>{m.name}</Th>
                  <Td>{t.partnerTypes[m.type] ?? m.type}</Td>
                  <Td>{formatDate(m.since, locale)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ))}
      </section>
      {knowledge ? <ItemsSection locale={locale} items={knowledge} /> : null}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/api/v1/pps/${p.id}`}>{t.apiLink}</a></p>
    </Layout>
  );
}
