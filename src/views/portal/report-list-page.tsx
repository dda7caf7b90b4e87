import { formatDate, type Locale } from '../../domain/format.ts';
import type { ErrorValues } from '../../errors.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ConsortiumReports } from '../../services/reports/list-consortium-reports.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CsrfField, ErrorSummary } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type ReportListPageProps = { locale: Locale; reports: ConsortiumReports; canStart: boolean; csrfToken: string; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null };

export function ReportListPage({ portal, locale, reports, canStart, csrfToken, message, messageValues, flash }: ReportListPageProps & PortalProps) {
  const t = reportPortal(locale);
  const c = portalCommon(locale);
  const title = t.listTitle(reports.consortiumName);
  return (
    <PortalPage portal={portal} title={title} flash={flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={locale} consortiumId={reports.consortiumId} current="reports" />
      <ErrorSummary title={c.errorSummaryTitle} message={message} messageValues={messageValues} problems={[]} />
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <Table locale={locale} caption={t.listCaption}>
        <THead><Tr>
          <Th>{t.colPeriod}</Th>
          <Th>{t.colStatus}</Th>
          <Th>{t.colAction}</Th>
        </Tr></THead>
        <TBody>
          {reports.periods.map((p) => (
            <Tr>
              <Th row>{String(p.year)}</Th>
              <Td>{c.statuses[p.status]}</Td>
              <Td>
                {p.reportId !== null ? (
                  <a class="utrecht-link" href={paths.report(p.reportId)}>
                    {canStart && (p.status === 'concept' || p.status === 'teruggestuurd') ? t.fillIn : t.view}
                    <span class="pps-visually-hidden"> {t.openLabel(p.year)}</span>
                  </a>
                ) : canStart && p.opensOn ? (
                  t.opensOn(formatDate(p.opensOn, locale))
                ) : canStart ? (
                  <form class="pps-inline-form" method="post" action={paths.reports(reports.consortiumId)}>
                    <CsrfField token={csrfToken} />
                    <input type="hidden" name="periodYear" value={String(p.year)} />
                    <button class="utrecht-button utrecht-button--secondary-action" type="submit">{t.start}<span class="pps-visually-hidden"> {t.startLabel(p.year)}</span></button>
                  </form>
                ) : '–'}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </PortalPage>
  );
}
