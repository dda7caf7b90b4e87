import { formatNumber, type Locale } from '../../domain/format.ts';
import { knowledgePortalMessages } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import type { PageViewRow } from '../../services/knowledge/list-page-views.ts';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage } from './portal-page.tsx';

/** The office's small visitor report: views per path over a period, most viewed first. */
export function KnowledgeVisitsPage({ locale, from, to, rows, total }: { locale: Locale; from: string; to: string; rows: PageViewRow[]; total: number }) {
  const t = knowledgePortalMessages(locale);
  return (
    <PortalPage locale={locale} title={t.visitsTitle} path={paths.visits}>
      <h1 class="utrecht-heading-1">{t.visitsTitle}</h1>
      <p class="utrecht-paragraph">{t.visitsIntro}</p>
      <form method="get" action={localePath(locale, paths.visits)} class="pps-knowledge-search__row">
        <label class="utrecht-form-label" for="van">{t.from}</label>
        <input class="utrecht-textbox utrecht-textbox--html-input" id="van" name="van" value={from} size={10} />
        <label class="utrecht-form-label" for="tot">{t.to}</label>
        <input class="utrecht-textbox utrecht-textbox--html-input" id="tot" name="tot" value={to} size={10} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">{t.show}</button>
      </form>
      {rows.length === 0 ? <p class="utrecht-paragraph">{t.noVisits}</p> : (
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.visitsTitle}: {from} – {to}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t.colPath}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colViews}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href={r.path}>{r.path}</a></th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(r.views, locale)}</td>
              </tr>
            ))}
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.total}</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(total, locale)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </PortalPage>
  );
}
