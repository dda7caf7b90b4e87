import type { Locale } from '../../domain/format.ts';
import { formatNumber } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import type { FlashKey } from '../../i18n/portal-common.ts';
import type { PpsListItem } from '../../services/consortia/list-consortium-pps.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type PpsListPageProps = { locale: Locale; consortiumId: number; consortiumName: string; items: PpsListItem[]; flash?: FlashKey | null };

export function PpsListPage({ portal, locale, consortiumId, consortiumName, items, flash }: PpsListPageProps & PortalProps) {
  const t = consortiumPortal(locale);
  const title = t.ppsListTitle(consortiumName);
  return (
    <PortalPage portal={portal} title={title} flash={flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={locale} consortiumId={consortiumId} current="pps" />
      <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={paths.ppsNew(consortiumId)}>{t.ppsNew}</a></p>
      <Table locale={locale} caption={<>{t.ppsCaption} ({formatNumber(items.length, locale)})</>}>
          <THead>
            <Tr>
              <Th>{t.colName}</Th>
              <Th numeric>{t.colFounded}</Th>
              <Th>{t.colStatus}</Th>
              <Th>{t.colMunicipality}</Th>
              <Th numeric>{t.colPartners}</Th>
              <Th>{t.colActions}</Th>
            </Tr>
          </THead>
          <TBody>
            {items.map((p) => (
              <Tr>
                <Th row>{p.name}</Th>
                <Td numeric>{String(p.foundedYear)}</Td>
                <Td>{t.ppsStatuses[p.status] ?? p.status}</Td>
                <Td>{p.municipalityName ?? '–'}</Td>
                <Td numeric>{formatNumber(p.partnerCount, locale)}</Td>
                <Td>
                  <a class="utrecht-link" href={paths.pps(p.id)} aria-label={t.editLabel(p.name)}>{t.edit}</a>{' · '}
                  <a class="utrecht-link" href={paths.partners(p.id)} aria-label={t.partnersLabel(p.name)}>{t.partnersLink}</a>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
    </PortalPage>
  );
}
