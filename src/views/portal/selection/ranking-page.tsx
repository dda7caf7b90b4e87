import type { FieldProblem } from '../../../errors.ts';
import { formatEuro, formatNumber, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { RankingRow, RoundRanking } from '../../../services/decisions/get-ranking.ts';
import { PostForm } from '../form-controls.tsx';
import { ErrorSummary, Flash, SelectField, SubmitButton, TextAreaField, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';

export type RankingPageProps = {
  portal: PortalSession; ranking: RoundRanking; today: string; flash: string | null;
  /** The decision form that was refused, shown again with its problems. */
  failed?: { applicationId: number; values: FormValues; problems: FieldProblem[]; message?: string };
};

/** The committee view: rank, score, fit within the budget, and a decision form per undecided application. */
export function RankingPage({ portal, ranking, today, flash, failed }: RankingPageProps) {
  const { locale } = portal;
  const t = selectionMessages(locale);
  const money = (n: number) => formatEuro(n, locale);
  const fit = (r: RankingRow) => (r.score === null ? t.notScored : !r.meetsMinimum ? t.belowMinimum : r.fits ? t.fitsYes : t.fitsNo);
  return (
    <PortalPage portal={portal} title={t.rankingTitle(ranking.round.name)}>
      <h1 class="utrecht-heading-1">{t.rankingTitle(ranking.round.name)}</h1>
      <p class="utrecht-paragraph">{t.rankingIntro}</p>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.rankingSummary(money(ranking.allocated), money(ranking.budget), money(ranking.leftOver))}</p>
      {ranking.minScore !== null ? <p class="utrecht-paragraph">{t.minScore(formatNumber(ranking.minScore, locale, 1))}</p> : null}
      <Flash text={flash} />
      <div class="pps-grid-wrap">
        <Table locale={locale} caption={<>{t.rankingTitle(ranking.round.name)}</>}>
          <THead><Tr>
            <Th numeric>{t.colRank}</Th>
            <Th>{t.colApplication}</Th>
            <Th numeric>{t.colScore}</Th>
            <Th numeric>{t.colRequested}</Th>
            <Th numeric>{t.colAssessors}</Th>
            <Th>{t.colFits}</Th>
            <Th>{t.colDecision}</Th>
          </Tr></THead>
          <TBody>
            {ranking.rows.map((r) => (
              <Tr>
                <Td numeric>{r.rank}</Td>
                <Th row>{r.reference}: {r.title}<br />{r.leadOrganisation}</Th>
                <Td numeric>{r.score === null ? '–' : formatNumber(r.score, locale, 2)}</Td>
                <Td numeric>{money(r.requested)}</Td>
                <Td numeric>{r.assessorsDone} / {r.assessorsAssigned}</Td>
                <Td>{fit(r)}{r.applicationId === ranking.lastFittingId ? ` (${money(ranking.leftOver)})` : ''}</Td>
                <Td>{r.decision ? (
                  <>{t.applicationStatuses[r.decision.outcome]} {r.decision.outcome === 'toegekend' ? money(r.decision.awardedAmount) : ''} ·{' '}
                    <a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${r.applicationId}/besluitbrief`)}>{t.letterLink}</a></>
                ) : t.applicationStatuses[r.status]}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      {ranking.rows.filter((r) => !r.decision).map((r) => {
        const mine = failed?.applicationId === r.applicationId ? failed : undefined;
        const values = mine?.values ?? { uitkomst: r.fits ? 'toegekend' : 'afgewezen', bedrag: r.fits ? String(r.requested) : '0', datum: today };
        const problems = (mine?.problems ?? []).map((p) => ({ name: `${r.applicationId}.${p.name}`, reason: p.reason, values: p.values }));
        const scoped = Object.fromEntries(Object.entries(values).map(([k, v]) => [`${r.applicationId}.${k}`, v]));
        return (
          <section aria-labelledby={`besluit-${r.applicationId}`}>
            <h2 class="utrecht-heading-2" id={`besluit-${r.applicationId}`}>{t.decide}: {r.reference}</h2>
            {mine ? <ErrorSummary title={t.problemsTitle} message={mine.message} problems={problems} /> : null}
            <PostForm action={localePath(locale, `/portaal/aanvragen/${r.applicationId}/besluit`)} csrfToken={portal.csrfToken}>
              <input type="hidden" name="version" value={String(r.version)} />
              <SelectField name={`${r.applicationId}.uitkomst`} label={t.outcome} values={scoped} problems={problems}
                options={[{ value: 'toegekend', label: t.award }, { value: 'afgewezen', label: t.reject }]} />
              <TextField name={`${r.applicationId}.bedrag`} label={t.amount} values={scoped} problems={problems} inputMode="numeric" />
              <TextAreaField name={`${r.applicationId}.motivering`} label={t.reasons} values={scoped} problems={problems} rows={3} />
              <TextField name={`${r.applicationId}.datum`} label={t.decidedOn} values={scoped} problems={problems} />
              <SubmitButton>{t.decide}</SubmitButton>
            </PostForm>
          </section>
        );
      })}
    </PortalPage>
  );
}
