import type { ErrorValues, FieldProblem } from '../../../errors.ts';
import { formatDate, formatEuro } from '../../../domain/format.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { PublicRound } from '../../../services/rounds/list-public-rounds.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';
import { ErrorSummary, Flash, PostForm, SubmitButton, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';

export type RoundsOfficePageProps = {
  portal: PortalSession; rounds: PublicRound[]; values: FormValues; problems: FieldProblem[];
  message?: string | undefined; messageValues?: ErrorValues | undefined; flash: string | null;
};

/** The office's rounds: plan one, open a planned one, go to a round's applications. */
export function RoundsOfficePage(p: RoundsOfficePageProps) {
  const { locale } = p.portal;
  const t = applicationPortal(locale);
  const s = selectionMessages(locale);
  return (
    <PortalPage portal={p.portal} title={t.roundsTitle}>
      <h1 class="utrecht-heading-1">{t.roundsTitle}</h1>
      <p class="utrecht-paragraph">{t.roundsIntro}</p>
      <Flash text={p.flash} />
      <ErrorSummary title={s.problemsTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <Table locale={locale} caption={t.roundsTitle}>
        <THead><Tr><Th>{t.colRound}</Th><Th>{t.colPeriod}</Th><Th numeric>{t.colBudget}</Th><Th>{t.colStatus}</Th><Th numeric>{t.colApplications}</Th><Th>{t.colActions}</Th></Tr></THead>
        <TBody>
          {p.rounds.map((r) => (
            <Tr>
              <Th row><a class="utrecht-link" href={localePath(locale, `/portaal/bureau/rondes/${r.id}`)}>{r.name}</a></Th>
              <Td>{s.period(formatDate(r.opensOn, locale), formatDate(r.closesOn, locale))}</Td>
              <Td numeric>{formatEuro(r.budget, locale)}</Td>
              <Td>{s.statuses[r.status] ?? r.status}</Td>
              <Td numeric>{r.applied}</Td>
              <Td>
                {r.status === 'gepland' ? (
                  <PostForm action={localePath(locale, `/portaal/bureau/rondes/${r.id}/openen`)} csrfToken={p.portal.csrfToken}>
                    <SubmitButton secondary>{t.openRound}</SubmitButton>
                  </PostForm>
                ) : <a class="utrecht-link" href={localePath(locale, `/portaal/rondes/${r.id}/rangschikking`)}>{t.rankingLink}</a>}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <p class="utrecht-paragraph">{t.openHint}</p>
      <section aria-labelledby="nieuwe-ronde">
        <h2 class="utrecht-heading-2" id="nieuwe-ronde">{t.newRound}</h2>
        <PostForm action={localePath(locale, '/portaal/bureau/rondes')} csrfToken={p.portal.csrfToken}>
          <TextField name="naam" label={t.roundName} values={p.values} problems={p.problems} required />
          <TextField name="opent" label={t.opensOn} type="date" values={p.values} problems={p.problems} required />
          <TextField name="sluit" label={t.closesOn} type="date" values={p.values} problems={p.problems} required />
          <TextField name="budget" label={t.budget} inputMode="numeric" values={p.values} problems={p.problems} required />
          <div class="pps-actions"><SubmitButton>{t.createRound}</SubmitButton></div>
        </PostForm>
      </section>
    </PortalPage>
  );
}
