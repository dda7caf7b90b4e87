import type { ErrorValues, FieldProblem } from '../../../errors.ts';
import { formatDate, formatEuro } from '../../../domain/format.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { RoundApplication } from '../../../services/applications/list-round-applications.ts';
import type { AssessorOption } from '../../../services/assessments/list-assessors.ts';
import type { RoundRow } from '../../../services/rounds/get-round.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';
import { ErrorSummary, Flash, PostForm, SelectField, SubmitButton, TextAreaField, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';

export type RoundOfficePageProps = {
  portal: PortalSession; round: RoundRow; applications: RoundApplication[]; assessors: AssessorOption[];
  values: FormValues; problems: FieldProblem[]; message?: string | undefined; messageValues?: ErrorValues | undefined; flash: string | null;
};

const OPEN_FOR_ELIGIBILITY = ['ingediend', 'ontvankelijk', 'niet_ontvankelijk'];
const OPEN_FOR_ASSIGNMENT = ['ingediend', 'ontvankelijk'];

/** A round's submitted applications: eligibility and assessors per application; the ranking one link away. */
export function RoundOfficePage(p: RoundOfficePageProps) {
  const { locale } = p.portal;
  const t = applicationPortal(locale);
  const s = selectionMessages(locale);
  const title = t.roundTitle(p.round.name);
  return (
    <PortalPage portal={p.portal} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t.roundIntro}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, `/portaal/rondes/${p.round.id}/rangschikking`)}>{t.rankingLink}</a></p>
      <Flash text={p.flash} />
      <ErrorSummary title={s.problemsTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      {p.applications.length === 0 ? <p class="utrecht-paragraph">{t.roundNone}</p> : (
        <Table locale={locale} caption={title}>
          <THead><Tr><Th>{t.colApplication}</Th><Th>{t.colLead}</Th><Th numeric>{t.colRequested}</Th><Th>{s.colStatus}</Th><Th>{t.colAssessors}</Th></Tr></THead>
          <TBody>
            {p.applications.map((a) => (
              <Tr>
                <Th row><a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${a.id}`)}>{a.reference}: {a.title}</a></Th>
                <Td>{a.leadOrganisation}</Td>
                <Td numeric>{formatEuro(a.requestedAmount, locale)}</Td>
                <Td>{s.applicationStatuses[a.status] ?? a.status}</Td>
                <Td>{a.assignments.map((x) => <div>{t.assessorLine(x.assessorName, s.assignmentStatuses[x.status] ?? x.status, formatDate(x.dueOn, locale))}</div>)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {p.applications.filter((a) => OPEN_FOR_ELIGIBILITY.includes(a.status)).map((a) => (
        <section aria-labelledby={`acties-${a.id}`} class="pps-application-actions">
          <h2 class="utrecht-heading-2" id={`acties-${a.id}`}>{t.actionsFor(a.reference)}</h2>
          <PostForm action={localePath(locale, `/portaal/bureau/aanvragen/${a.id}/ontvankelijkheid`)} csrfToken={p.portal.csrfToken}>
            <input type="hidden" name="version" value={String(a.version)} />
            <TextAreaField name={`${a.id}.redenen`} label={t.reasons} values={p.values} problems={p.problems} rows={2} />
            <div class="pps-actions">
              <SubmitButton secondary name="ontvankelijk" value="ja">{t.eligible}</SubmitButton>{' '}
              <SubmitButton secondary name="ontvankelijk" value="nee">{t.notEligible}</SubmitButton>
            </div>
          </PostForm>
          {OPEN_FOR_ASSIGNMENT.includes(a.status) ? (
            p.assessors.length === 0 ? <p class="utrecht-paragraph">{t.noAssessors}</p> : (
              <PostForm action={localePath(locale, `/portaal/bureau/aanvragen/${a.id}/beoordelaars`)} csrfToken={p.portal.csrfToken}>
                <SelectField name={`${a.id}.beoordelaar`} label={t.assessor} values={p.values} problems={p.problems} options={p.assessors.map((x) => ({ value: String(x.id), label: x.name }))} />
                <TextField name={`${a.id}.uiterlijk`} label={t.dueOn} type="date" values={p.values} problems={p.problems} required />
                <div class="pps-actions"><SubmitButton secondary>{t.assign}</SubmitButton></div>
              </PostForm>
            )
          ) : null}
        </section>
      ))}
    </PortalPage>
  );
}
