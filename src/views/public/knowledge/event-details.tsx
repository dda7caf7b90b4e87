import { formatDateTime, formatNumber, type Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { localePath } from '../../../i18n/messages.ts';
import type { PublicKnowledgeItem } from '../../../services/knowledge/get-public-item.ts';
import { knowledgePaths } from './knowledge-paths.ts';

/** When and where, the seats left, and the ways to register and to add it to a calendar. */
export function EventDetails({ locale, item, isOpen }: { locale: Locale; item: PublicKnowledgeItem; isOpen: boolean }) {
  const t = knowledgeMessages(locale);
  const left = item.capacity === null ? null : Math.max(0, item.capacity - item.registered);
  return (
    <section aria-labelledby="evenement" class="pps-event">
      <h2 class="utrecht-heading-2" id="evenement">{t.eventTitle}</h2>
      <dl class="pps-event__facts">
        {item.startsAt ? <><dt>{t.when}</dt><dd>{formatDateTime(item.startsAt, locale)}{item.endsAt ? ` – ${formatDateTime(item.endsAt, locale)}` : ''}</dd></> : null}
        {item.location ? <><dt>{t.where}</dt><dd lang="nl">{item.location}</dd></> : null}
        {item.onlineUrl ? <><dt>{t.online}</dt><dd><a class="utrecht-link" href={item.onlineUrl}>{item.onlineUrl}</a></dd></> : null}
        {item.capacity !== null ? <><dt>{t.seats}</dt><dd>{left ? t.seatsLeft(formatNumber(left, locale), formatNumber(item.capacity, locale)) : t.full(formatNumber(item.waiting, locale))}</dd></> : null}
      </dl>
      {isOpen
        ? <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--primary-action" href={localePath(locale, knowledgePaths.register(item.slug))}>{t.registerLink}</a></p>
        : <p class="utrecht-paragraph">{t.eventPast}</p>}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, knowledgePaths.itemCalendar(item.slug))}>{t.calendarLink}</a></p>
    </section>
  );
}
