import { formatDate, formatMillionsShort, formatNumber, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { PublicRound } from '../../../services/rounds/list-public-rounds.ts';
import { Layout } from '../../layout.tsx';
import { Breadcrumbs } from '../breadcrumbs.tsx';

export function RoundsListPage({ locale, rounds }: { locale: Locale; rounds: PublicRound[] }) {
  const t = selectionMessages(locale);
  return (
    <Layout locale={locale} title={t.roundsTitle} path="/rondes">
      <Breadcrumbs locale={locale} items={[{ label: t.roundsTitle }]} />
      <h1 class="utrecht-heading-1">{t.roundsTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.roundsIntro}</p>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.roundsCaption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.colRound}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.colPeriod}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.colStatus}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colBudget}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colApplied}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colHonoured}</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.colAwarded}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rounds.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href={localePath(locale, `/rondes/${r.id}`)}>{r.name}</a></th>
                <td class="utrecht-table__cell">{t.period(formatDate(r.opensOn, locale), formatDate(r.closesOn, locale))}</td>
                <td class="utrecht-table__cell">{t.statuses[r.status] ?? r.status}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatMillionsShort(r.budget, locale)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(r.applied, locale)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(r.honoured, locale)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatMillionsShort(r.awardedTotal, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
