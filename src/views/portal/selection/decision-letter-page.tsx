import { formatDate, formatEuro } from '../../../domain/format.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { DecisionLetter } from '../../../services/decisions/get-decision-letter.ts';
import { PortalPage, type PortalSession } from '../portal-page.tsx';
import { DataListItem } from '../../public/data-list-item.tsx';

/** A printable decision letter: the outcome, the amount against the request, and the reasons. */
export function DecisionLetterPage({ portal, letter }: { portal: PortalSession; letter: DecisionLetter }) {
  const { locale } = portal;
  const t = selectionMessages(locale);
  return (
    <PortalPage portal={portal} title={t.letterTitle}>
      <article class="pps-letter">
        <h1 class="utrecht-heading-1">{t.letterTitle}</h1>
        <dl class="utrecht-data-list utrecht-data-list--rows pps-facts">
          <DataListItem label={t.letterTo}>{letter.leadOrganisation}</DataListItem>
          <DataListItem label={t.letterSubject}>{letter.reference}: {letter.title} ({letter.roundName})</DataListItem>
          <DataListItem label={t.letterDate}>{formatDate(letter.decidedOn, locale)}</DataListItem>
        </dl>
        <p class="utrecht-paragraph">{letter.outcome === 'toegekend'
          ? t.letterAwarded(formatEuro(letter.awardedAmount, locale), formatEuro(letter.requestedAmount, locale)) : t.letterRejected}</p>
        {letter.reasons ? <><h2 class="utrecht-heading-2">{t.letterReasons}</h2><p class="utrecht-paragraph">{letter.reasons}</p></> : null}
        <p class="utrecht-paragraph pps-no-print">{t.print}</p>
      </article>
    </PortalPage>
  );
}
