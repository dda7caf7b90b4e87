import { formatNumber, type Locale } from '../../domain/format.ts';
import { knowledgePortalMessages } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import type { PageViewRow } from '../../services/knowledge/list-page-views.ts';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

/** The office's small visitor report: views per path over a period, most viewed first. */
export function KnowledgeVisitsPage({ portal, locale, from, to, rows, total }: { locale: Locale; from: string; to: string; rows: PageViewRow[]; total: number } & PortalProps) {
  const t = knowledgePortalMessages(locale);
  return (
    <PortalPage portal={portal} title={t.visitsTitle}>
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
        <Table locale={locale} caption={`${t.visitsTitle}: ${from} – ${to}`}>
          <THead><Tr>
            <Th>{t.colPath}</Th>
            <Th numeric>{t.colViews}</Th>
          </Tr></THead>
          <TBody>
            {rows.map((r) => (
              <Tr>
                <Th row><a class="utrecht-link" href={r.path}>{r.path}</a></Th>
                <Td numeric>{formatNumber(r.views, locale)}</Td>
              </Tr>
            ))}
            <Tr>
              <Th row>{t.total}</Th>
              <Td numeric>{formatNumber(total, locale)}</Td>
            </Tr>
          </TBody>
        </Table>
      )}
    </PortalPage>
  );
}
