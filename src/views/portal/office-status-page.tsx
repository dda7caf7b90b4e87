import { formatDate, type Locale } from '../../domain/format.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportStatusOverview } from '../../services/reports/list-report-status.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

const ORDER = ['niet_gestart', 'concept', 'teruggestuurd', 'ingediend', 'goedgekeurd'] as const;

/** The office's overview of one period: who has and has not reported, with a link to review. */
export function OfficeStatusPage({ portal, locale, overview, flash }: { locale: Locale; overview: ReportStatusOverview; flash?: FlashKey | null } & PortalProps) {
  const t = reportPortal(locale);
  const c = portalCommon(locale);
  const year = overview.periodYear;
  return (
    <PortalPage portal={portal} title={t.statusTitle} flash={flash}>
      <h1 class="utrecht-heading-1">{t.statusTitle}</h1>
      <form class="pps-form" method="get" action={paths.officeReports()}>
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="veld-periode">{t.periodLabel}</label></div>
          <select class="utrecht-select utrecht-select--html-select" id="veld-periode" name="periode">
            {overview.periods.map((p) => <option value={String(p)} selected={p === year}>{String(p)}</option>)}
          </select>
        </div>
        <div class="pps-actions"><button class="utrecht-button utrecht-button--secondary-action" type="submit">{t.show}</button></div>
      </form>
      <h2 class="utrecht-heading-2">{t.countsLabel(year)}</h2>
      <ul class="pps-counts">
        {ORDER.map((s) => <li><strong>{String(overview.counts[s])}</strong> {c.statuses[s]}</li>)}
      </ul>
      <Table locale={locale} caption={t.statusCaption(year)}>
        <THead><Tr>
          <Th>{t.colConsortium}</Th>
          <Th>{t.colStatus}</Th>
          <Th>{t.colSubmitted}</Th>
          <Th>{t.colAction}</Th>
        </Tr></THead>
        <TBody>
          {overview.rows.map((r) => (
            <Tr>
              <Th row>{r.consortiumName}</Th>
              <Td>{c.statuses[r.status]}</Td>
              <Td>{r.submittedAt ? formatDate(r.submittedAt.toISOString(), locale) : '–'}</Td>
              <Td>
                {r.reportId === null ? '–' : (
                  <a class="utrecht-link" href={paths.officeReview(r.reportId)}>{r.status === 'ingediend' ? t.review : t.view}<span class="pps-visually-hidden"> {t.reviewLabel(r.consortiumName)}</span></a>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </PortalPage>
  );
}
