import { formatDate, formatNumber, type Locale } from '../../domain/format.ts';
import { knowledgeMessages } from '../../i18n/knowledge.ts';
import { knowledgePortalMessages, type KnowledgeFlash } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import type { OfficeItem } from '../../services/knowledge/list-office-items.ts';
import { Flash } from './form-controls.tsx';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../table.tsx';

/** The office's list of all items in every state, with links to edit them and to an event's registrations. */
export function KnowledgeListPage({ portal, locale, items, flash }: { locale: Locale; items: OfficeItem[]; flash: KnowledgeFlash | null } & PortalProps) {
  const t = knowledgePortalMessages(locale);
  const k = knowledgeMessages(locale);
  const link = (path: string) => localePath(locale, path);
  return (
    <PortalPage portal={portal} title={t.listTitle}>
      <Flash text={flash ? t.flash[flash] : null} />
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--primary-action" href={link(paths.create)}>{t.newItem}</a>{' '}
        <a class="utrecht-link" href={link(paths.visits)}>{t.visitsLink}</a>
      </p>
      <p class="utrecht-paragraph">{t.proposalsNote}</p>
      <div class="pps-table-scroll">
        <Table locale={locale} caption={<>{t.listTitle} ({formatNumber(items.length, locale)})</>}>
          <THead><Tr>
            {[t.colTitle, t.colKind, t.colStatus, t.colDate, t.colProposedBy, t.colRegistrations].map((h) => <Th>{h}</Th>)}
          </Tr></THead>
          <TBody>
            {items.map((item) => (
              <Tr>
                <Th row><a class="utrecht-link" href={link(paths.item(item.id))} lang="nl">{item.title}</a></Th>
                <Td>{k.kinds[item.kind]}</Td>
                <Td>{k.statuses[item.status]}</Td>
                <Td>{formatDate(item.publishedOn, locale)}</Td>
                <Td>{item.proposedBy ?? ''}</Td>
                <Td>{item.kind === 'evenement'
                  ? <a class="utrecht-link" href={link(paths.registrations(item.id))}>{formatNumber(item.registered ?? 0, locale)}{item.capacity ? ` / ${formatNumber(item.capacity, locale)}` : ''}</a> : ''}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </PortalPage>
  );
}
