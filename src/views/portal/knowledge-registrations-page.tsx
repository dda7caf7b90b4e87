import { formatDateTime, formatNumber, type Locale } from '../../domain/format.ts';
import { knowledgeMessages } from '../../i18n/knowledge.ts';
import { knowledgePortalMessages, type KnowledgeFlash } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import type { RegistrationRow } from '../../services/events/list-registrations.ts';
import { CsrfField, Flash, SubmitButton } from './form-controls.tsx';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../table.tsx';

export type KnowledgeRegistrationsPageProps = {
  locale: Locale; itemId: number; title: string; capacity: number | null; rows: RegistrationRow[]; csrfToken: string; flash: KnowledgeFlash | null;
};

/** The office's list of one event's registrations, its downloads, and the retention rule run by hand. */
export function KnowledgeRegistrationsPage({ portal, locale, itemId, title, capacity, rows, csrfToken, flash }: KnowledgeRegistrationsPageProps & PortalProps) {
  const t = knowledgePortalMessages(locale);
  const k = knowledgeMessages(locale);
  const n = (status: RegistrationRow['status']) => formatNumber(rows.filter((r) => r.status === status).length, locale);
  return (
    <PortalPage portal={portal} title={t.registrationsTitle(title)}>
      <Flash text={flash ? t.flash[flash] : null} />
      <h1 class="utrecht-heading-1">{t.registrationsTitle(title)}</h1>
      {capacity ? <p class="utrecht-paragraph">{t.capacityLine(n('aangemeld'), formatNumber(capacity, locale), n('wachtlijst'))}</p> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, paths.registrationsFile(itemId, 'csv'))}>{t.csv}</a>{' · '}
        <a class="utrecht-link" href={localePath(locale, paths.registrationsFile(itemId, 'xlsx'))}>{t.xlsx}</a>
      </p>
      <div class="pps-table-scroll">
        <Table locale={locale} caption={<>{t.registrationsTitle(title)}</>}>
          <THead><Tr>
            {[t.colName, t.colEmail, t.colOrganisation, t.colStatus, t.colRegisteredAt, t.colErased].map((h) => <Th>{h}</Th>)}
          </Tr></THead>
          <TBody>
            {rows.map((r) => (
              <Tr>
                <Td>{r.name ?? '–'}</Td>
                <Td>{r.email ?? '–'}</Td>
                <Td>{r.organisation ?? '–'}</Td>
                <Td>{k.regStatuses[r.status]}</Td>
                <Td>{formatDateTime(r.createdAt, locale)}</Td>
                <Td>{r.erasedAt ? formatDateTime(r.erasedAt, locale) : ''}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      <h2 class="utrecht-heading-2">{t.eraseTitle}</h2>
      <form method="post" action={localePath(locale, paths.erase)}>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="terug" value={String(itemId)} />
        <p class="utrecht-paragraph">{t.eraseText}</p>
        <SubmitButton secondary>{t.eraseButton}</SubmitButton>
      </form>
    </PortalPage>
  );
}
