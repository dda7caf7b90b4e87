import { formatDate, formatEuro } from '../../../domain/format.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { DecisionLetter } from '../../../services/decisions/get-decision-letter.ts';
import { PortalLayout, type PortalSession } from '../portal-layout.tsx';

/** A printable decision letter: the outcome, the amount against the request, and the reasons. */
export function DecisionLetterPage({ page, letter }: { page: PortalSession; letter: DecisionLetter }) {
  const { locale } = page;
  const t = selectionMessages(locale);
  return (
    <PortalLayout session={page} title={t.letterTitle}>
      <article class="pps-letter">
        <h1 class="utrecht-heading-1">{t.letterTitle}</h1>
        <dl class="utrecht-data-list utrecht-data-list--rows pps-facts">
          <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">{t.letterTo}</dt><dd class="utrecht-data-list__item-value">{letter.leadOrganisation}</dd></div>
          <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">{t.letterSubject}</dt><dd class="utrecht-data-list__item-value">{letter.reference}: {letter.title} ({letter.roundName})</dd></div>
          <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">{t.letterDate}</dt><dd class="utrecht-data-list__item-value">{formatDate(letter.decidedOn, locale)}</dd></div>
        </dl>
        <p class="utrecht-paragraph">{letter.outcome === 'toegekend'
          ? t.letterAwarded(formatEuro(letter.awardedAmount, locale), formatEuro(letter.requestedAmount, locale)) : t.letterRejected}</p>
        {letter.reasons ? <><h2 class="utrecht-heading-2">{t.letterReasons}</h2><p class="utrecht-paragraph">{letter.reasons}</p></> : null}
        <p class="utrecht-paragraph pps-no-print">{t.print}</p>
      </article>
    </PortalLayout>
  );
}
