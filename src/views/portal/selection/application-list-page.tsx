import type { ErrorValues, FieldProblem } from '../../../errors.ts';
import { formatDate, formatEuro } from '../../../domain/format.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { LeadOption } from '../../../services/applications/list-lead-organisations.ts';
import type { MyApplication } from '../../../services/applications/list-my-applications.ts';
import type { OpenRound } from '../../../services/rounds/list-open-rounds.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';
import { ErrorSummary, Flash, PostForm, SelectField, SubmitButton, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';

export type ApplicationListPageProps = {
  portal: PortalSession; applications: MyApplication[]; rounds: OpenRound[]; leads: LeadOption[];
  values: FormValues; problems: FieldProblem[]; message?: string | undefined; messageValues?: ErrorValues | undefined; flash: string | null;
};

/** The applicant's applications, and a form to start one in an open round. */
export function ApplicationListPage(p: ApplicationListPageProps) {
  const { locale } = p.portal;
  const t = applicationPortal(locale);
  const s = selectionMessages(locale);
  return (
    <PortalPage portal={p.portal} title={t.listTitle}>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <Flash text={p.flash} />
      <ErrorSummary title={s.problemsTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      {p.applications.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : (
        <Table locale={locale} caption={t.listTitle}>
          <THead><Tr><Th>{t.colApplication}</Th><Th>{t.round}</Th><Th>{s.closesOn}</Th><Th>{s.colStatus}</Th><Th numeric>{t.colRequested}</Th></Tr></THead>
          <TBody>
            {p.applications.map((a) => (
              <Tr>
                <Th row><a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${a.id}`)}>{a.reference}: {a.title}</a></Th>
                <Td>{a.roundName}</Td>
                <Td>{formatDate(a.closesOn, locale)}</Td>
                <Td>{s.applicationStatuses[a.status] ?? a.status}</Td>
                <Td numeric>{formatEuro(a.requestedAmount, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <section aria-labelledby="nieuwe-aanvraag">
        <h2 class="utrecht-heading-2" id="nieuwe-aanvraag">{t.newTitle}</h2>
        {p.rounds.length === 0 ? <p class="utrecht-paragraph">{t.noOpenRound}</p> : p.leads.length === 0 ? <p class="utrecht-paragraph">{t.noLead}</p> : (
          <PostForm action={localePath(locale, '/portaal/aanvragen')} csrfToken={p.portal.csrfToken}>
            <SelectField name="ronde" label={t.round} values={p.values} problems={p.problems}
              options={p.rounds.map((r) => ({ value: String(r.id), label: t.roundOption(r.name, formatDate(r.closesOn, locale)) }))} />
            <SelectField name="penvoerder" label={t.lead} values={p.values} problems={p.problems} options={p.leads.map((o) => ({ value: String(o.id), label: o.name }))} />
            <TextField name="titel" label={t.title} values={p.values} problems={p.problems} required />
            <div class="pps-actions"><SubmitButton>{t.start}</SubmitButton></div>
          </PostForm>
        )}
      </section>
    </PortalPage>
  );
}
