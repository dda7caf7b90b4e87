import type { Locale } from '../../domain/format.ts';
import { formatNumber } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import type { FlashKey } from '../../i18n/portal-common.ts';
import type { PpsListItem } from '../../services/consortia/list-consortium-pps.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { PortalPage } from './portal-page.tsx';
import { paths } from './portal-paths.ts';

export type PpsListPageProps = { locale: Locale; consortiumId: number; consortiumName: string; items: PpsListItem[]; flash?: FlashKey | null };

export function PpsListPage({ locale, consortiumId, consortiumName, items, flash }: PpsListPageProps) {
  const t = consortiumPortal(locale);
  const title = t.ppsListTitle(consortiumName);
  return (
    <PortalPage locale={locale} title={title} path={paths.ppsList(consortiumId)} flash={flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={locale} consortiumId={consortiumId} current="pps" />
      <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={paths.ppsNew(consortiumId)}>{t.ppsNew}</a></p>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.ppsCaption} ({formatNumber(items.length, locale)})</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.colName}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colFounded}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.colStatus}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.colMunicipality}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colPartners}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {items.map((p) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{p.name}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{String(p.foundedYear)}</td>
                <td class="utrecht-table__cell">{t.ppsStatuses[p.status] ?? p.status}</td>
                <td class="utrecht-table__cell">{p.municipalityName ?? '–'}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.partnerCount, locale)}</td>
                <td class="utrecht-table__cell">
                  <a class="utrecht-link" href={paths.pps(p.id)} aria-label={t.editLabel(p.name)}>{t.edit}</a>{' · '}
                  <a class="utrecht-link" href={paths.partners(p.id)} aria-label={t.partnersLabel(p.name)}>{t.partnersLink}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PortalPage>
  );
}
